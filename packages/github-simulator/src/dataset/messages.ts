import { Random } from '../random';

const VERBS = ['Add', 'Fix', 'Remove', 'Refactor', 'Update', 'Handle'];
const NOUNS = [
  'catalog cache',
  'retry logic',
  'router schema',
  'scheduler task',
  'token refresh',
  'entity page',
  'migration',
  'error panel',
];

/** Lines that real AI tools add to commit messages. */
export const AI_TRAILERS = [
  'Co-Authored-By: Claude <noreply@anthropic.com>',
  '🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>',
  'Co-authored-by: Copilot <copilot@github.com>',
  'Co-authored-by: Cursor Agent <cursoragent@cursor.com>',
  'Co-authored-by: aider (gpt-4o) <aider@aider.chat>',
  'Co-authored-by: Codex <noreply@openai.com>',
  'Assisted-by: Claude:claude-opus-4-6',
];

/** Lines that look like AI signals but must not count. */
export const TRAP_LINES = [
  'Assisted-by: Grace Hopper <grace-hopper@example.com>',
  'Reported by Copilot code review.',
  'Found by CodeRabbit.',
  'Move the cursor handling into its own hook.',
  'Co-authored-by: Claudia Ferreira <claudia-ferreira@example.com>',
];

/** A one-line subject such as "Fix retry logic". */
export function subject(random: Random): string {
  return `${random.pick(VERBS)} ${random.pick(NOUNS)}`;
}

/** A commit message, optionally with an AI trailer or a trap line. */
export function commitMessage(
  random: Random,
  options: { ai?: boolean; trap?: boolean } = {},
): string {
  const lines = [subject(random), '', 'Details of the change.'];
  if (options.trap) {
    lines.push('', random.pick(TRAP_LINES));
  }
  if (options.ai) {
    lines.push('', random.pick(AI_TRAILERS));
  }
  return lines.join('\n');
}

/** A pull request body, with the AI disclosure box ticked or not. */
export function pullRequestBody(random: Random, disclosed: boolean): string {
  const box = disclosed ? '[x]' : '[ ]';
  return [
    `## Summary\n\n${subject(random)} for the portal.`,
    `- ${box} This contribution was assisted or created by Generative AI tools`,
  ].join('\n\n');
}

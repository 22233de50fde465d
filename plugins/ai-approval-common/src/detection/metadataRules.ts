/**
 * Built-in rules over PR metadata: labels, the disclosure checkbox in the
 * body, and the head branch.
 */
import { MessageLine } from '../git/messageLines';
import { isAiDisclosure } from './aiVocabulary';
import { SignalHit } from './hit';
import { builtInSignal } from './signals';
import { LineRule } from './lineRules';

/** Default AI labels, gitStream's `🤖 ai-*` family included. @public */
export const DEFAULT_AI_LABELS: readonly string[] = [
  'ai-assisted',
  'ai-generated',
  'ai-detected',
  'claude-code-assisted',
  '🤖 ai-assisted',
  '🤖 ai-generated',
  '🤖 ai-copilot',
  '🤖 ai-chatgpt',
  '🤖 ai-claude',
  '🤖 ai-gemini',
  '🤖 ai-cursor',
  '🤖 ai-codeium',
  '🤖 ai-windsurf',
  '🤖 ai-tabnine',
  '🤖 ai-amazon-q',
];

/** Default branch prefixes of coding agents. @public */
export const DEFAULT_AGENT_BRANCH_PREFIXES: readonly string[] = [
  'copilot/',
  'claude/',
  'codex/',
  'cursor/',
  'devin/',
  'aider/',
  'cline/',
  'gemini/',
];

const BRANCH_TOOLS: Record<string, string> = {
  'copilot/': 'GitHub Copilot coding agent',
  'claude/': 'Claude Code',
  'codex/': 'OpenAI Codex',
  'cursor/': 'Cursor',
  'devin/': 'Devin',
  'aider/': 'aider',
  'cline/': 'Cline',
  'gemini/': 'Gemini',
};

/**
 * Labels compare case-insensitively and ignore runs of spaces and emoji
 * variation selectors, which label pickers add or drop silently.
 */
export function normaliseLabel(label: string): string {
  return label
    .replace(/\uFE0F/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** A branch name without `refs/heads/`, lowercased. */
export function normaliseBranch(branch: string): string {
  return branch
    .trim()
    .replace(/^refs\/heads\//i, '')
    .toLowerCase();
}

/** Hit for a built-in AI label. */
export function labelHit(): SignalHit {
  return {
    signal: 'ai-label',
    confidence: builtInSignal('ai-label').confidence,
  };
}

/**
 * A branch name alone is weak: a person may well call a branch
 * `cursor/fix-blink`. Agents that use these prefixes leave stronger
 * evidence too, so the prefix only adds a hint below the default threshold.
 */
export function branchHit(prefix: string): SignalHit {
  return {
    signal: 'agent-branch',
    tool: BRANCH_TOOLS[normaliseBranch(prefix)],
    confidence: builtInSignal('agent-branch').confidence,
  };
}

const CHECKBOX = /^[-*+]\s*\[\s*[x\u2713\u2714]\s*\]\s*(.+)$/iu;

/**
 * A ticked disclosure checkbox in the PR body. The author answered a
 * question about AI use on purpose, so it is as strong as a trailer.
 */
export const checkboxRule: LineRule = {
  signals: ['ai-disclosure-checkbox'],
  needles: ['['],
  match: (line: MessageLine) => {
    const text = CHECKBOX.exec(line.text)?.[1];
    const mention = text ? isAiDisclosure(text) : undefined;
    return mention
      ? {
          signal: 'ai-disclosure-checkbox',
          tool: mention.tool,
          confidence: builtInSignal('ai-disclosure-checkbox').confidence,
        }
      : undefined;
  },
};

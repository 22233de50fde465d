/**
 * Built-in rules over single lines of commit messages and PR bodies.
 * Marker lines are matched anywhere in the message, not only in git's final
 * trailer block, but anchored at the start of the line: a commit that talks
 * *about* a tool ("Strip the 'Generated with Claude Code' footer") must not
 * count as written with it.
 */
import { parseCoAuthorLine } from '../git/coAuthors';
import { LIST_MARKER, MessageLine } from '../git/messageLines';
import { findAiMention } from './aiVocabulary';
import { builtInHit, SignalHit } from './hit';
import { knownAiIdentity } from './knownIdentities';

/** A rule over one line. */
export interface LineRule {
  /** the signal ids the rule can report, to drop it when all are disabled */
  signals: readonly string[];
  /** lowercase substrings; the rule only runs on lines containing one */
  needles: readonly string[];
  match(line: MessageLine): SignalHit | undefined;
  /** runs only when no other rule matched the line (a generic catch-all) */
  fallback?: boolean;
}

/** Emoji, bullets and spaces may precede a footer; quotes may not. */
const LEAD = String.raw`^[^\p{L}\p{N}"'\x60\u201c\u201d\u2018\u2019\u00ab]*`;

function regexRule(
  signal: string,
  needles: string[],
  pattern: string,
): LineRule {
  const regex = new RegExp(pattern, 'iu');
  const hit = builtInHit(signal);
  return {
    signals: [signal],
    needles,
    match: line => (regex.test(line.text) ? hit : undefined),
  };
}

const CO_AUTHOR_SIGNALS = [
  'claude-coauthor',
  'copilot-coauthor',
  'copilot-agent',
  'cursor-coauthor',
  'aider-coauthor',
  'codex-coauthor',
  'amp-coauthor',
  'agent-coauthor',
  'ai-bot',
];

/** `Co-authored-by:` naming a tool address or an AI bot. */
const coAuthorRule: LineRule = {
  signals: CO_AUTHOR_SIGNALS,
  needles: ['authored'],
  match: line => {
    const identity = parseCoAuthorLine(line.text);
    return identity ? knownAiIdentity(identity) : undefined;
  },
};

const EMAIL = /<?\s*([^\s<>]+@[^\s<>]+)\s*>?/;
const ASSISTED_BY = new RegExp(
  String.raw`^${LIST_MARKER}(?:assisted-by|ai-assisted-by|generated-by|ai-used-for)\s*:\s*(.+)$`,
  'iu',
);

/**
 * `Assisted-by:` (kernel, Fedora, LLVM), `Generated-by:` (ASF) and
 * `AI-used-for:` (QEMU) count only when the value names an AI: the same
 * trailer credits human helpers in many projects.
 */
const assistedByRule: LineRule = {
  signals: ['assisted-by'],
  needles: ['assisted-by', 'generated-by', 'ai-used-for'],
  fallback: true,
  match: line => {
    const value = ASSISTED_BY.exec(line.text)?.[1];
    if (!value) {
      return undefined;
    }
    const address = EMAIL.exec(value)?.[1];
    if (address) {
      const known = knownAiIdentity({ email: address });
      return known && builtInHit('assisted-by', known.tool);
    }
    const mention = findAiMention(value);
    if (!mention) {
      return undefined;
    }
    // Naming a tool is a deliberate disclosure; "AI" or "LLM" alone is
    // still one, but says less, so it sits at the default threshold.
    return mention.tool
      ? builtInHit('assisted-by', mention.tool)
      : { signal: 'assisted-by', confidence: 'medium' };
  },
};

/** Rules for every line of a commit message and of a PR body. */
export const BUILT_IN_LINE_RULES: readonly LineRule[] = [
  coAuthorRule,
  regexRule(
    'claude-code-footer',
    ['claude'],
    String.raw`${LEAD}generated\s+(?:with|by|using)\s+\[?\s*claude\s+code\b`,
  ),
  regexRule(
    'claude-session',
    ['claude-session'],
    String.raw`^claude-session\s*:`,
  ),
  regexRule(
    'copilot-agent',
    ['copilot-session'],
    String.raw`^copilot-session\s*:`,
  ),
  regexRule(
    'cursor-made-with',
    ['cursor'],
    String.raw`^made[-\s]?with\s*:\s*cursor\b`,
  ),
  regexRule(
    'codex-task',
    ['chatgpt.com/codex'],
    String.raw`${LEAD}https?://(?:www\.)?chatgpt\.com/codex/tasks/`,
  ),
  regexRule('amp-thread', ['amp-thread'], String.raw`^amp-thread(?:-id)?\s*:`),
  regexRule(
    'crush',
    ['crush'],
    String.raw`^assisted-by\s*:\s*crush\b|${LEAD}generated\s+with\s+crush\b`,
  ),
  regexRule(
    'replit-agent',
    ['replit-commit-author'],
    String.raw`^replit-commit-author\s*:\s*agent\b`,
  ),
  regexRule(
    'codebuff',
    ['codebuff'],
    String.raw`${LEAD}generated\s+(?:with|by)\s+\[?\s*codebuff\b`,
  ),
  regexRule(
    'devin',
    ['devin'],
    String.raw`${LEAD}(?:generated\s+by\s+\[?\s*devin\b|link\s+to\s+devin\s+run\b|https?://app\.devin\.ai/sessions/)`,
  ),
  assistedByRule,
];

/** Rules for the subject line of a commit message only. */
export const BUILT_IN_SUBJECT_RULES: readonly LineRule[] = [
  // aider prefixes the subjects of the commits it makes itself.
  regexRule('aider-subject', ['aider'], String.raw`^aider\s*:\s`),
];

/**
 * What a rule over single lines of commit messages and PR bodies is, and
 * the helper most of the built-in ones are made with.
 */
import { MessageLine } from '../git/messageLines';
import { builtInHit, SignalHit } from './hit';

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
export const LEAD = String.raw`^[^\p{L}\p{N}"'\x60\u201c\u201d\u2018\u2019\u00ab]*`;

/** A session trailer's value: a link or an id, not prose about it. */
export const SESSION_VALUE = String.raw`(?:https?://\S+|[\w.:-]*\d[\w.:-]*)\s*$`;

/** A rule that reports one built-in signal when its regex matches a line. */
export function regexRule(
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

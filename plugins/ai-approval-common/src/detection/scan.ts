/**
 * The scanning loops. Detection runs over hundreds of thousands of commits,
 * so every rule is guarded by a lowercase substring test and most lines
 * never reach a regex; before that, one case-insensitive search over the
 * whole message finds the few lines that hold any rule's substring, and
 * only those are split off and lowercased.
 */
import {
  contentLineAt,
  contentLines,
  forEachContentLineMatching,
  forEachLineMatching,
  MessageLine,
  subjectOf,
} from '../git/messageLines';
import { Identity } from '../types';
import { SignalHit } from './hit';
import { LineRule } from './lineRules';

function hasNeedle(line: MessageLine, needles: readonly string[]): boolean {
  if (needles.length === 0) {
    return true;
  }
  for (const needle of needles) {
    if (line.lower.includes(needle)) {
      return true;
    }
  }
  return false;
}

/** Runs line rules over one line, reporting each active hit. */
function scanLine(
  line: MessageLine,
  rules: readonly LineRule[],
  isActive: (signal: string) => boolean,
  report: (hit: SignalHit, line: MessageLine) => void,
): void {
  let matched = false;
  for (const rule of rules) {
    if ((rule.fallback && matched) || !hasNeedle(line, rule.needles)) {
      continue;
    }
    const hit = rule.match(line);
    if (hit && isActive(hit.signal)) {
      matched = true;
      report(hit, line);
    }
  }
}

/** Runs line rules over lines, reporting each active hit. */
export function scanLines(
  lines: readonly MessageLine[],
  rules: readonly LineRule[],
  isActive: (signal: string) => boolean,
  report: (hit: SignalHit, line: MessageLine) => void,
): void {
  for (const line of lines) {
    scanLine(line, rules, isActive, report);
  }
}

/**
 * A search for any of some lowercase needles in text that is not
 * lowercased: it matches a piece of a line exactly when the lowercased line
 * contains a needle there. Undefined when no such search can be built (an
 * empty needle, which every line contains, or one with characters other
 * than printable ASCII).
 *
 * Why a case-insensitive regex is exact here: the only characters other
 * than `A-Z` that `toLowerCase()` turns into ASCII are U+212A KELVIN SIGN
 * (to `k`) and U+0130 (to `i` followed by U+0307, so only as the last
 * character of a needle); a non-unicode `/i` regex matches each ASCII
 * letter in either ASCII case and nothing else, so those two are added by
 * hand. Lowercasing a whole line instead of each character only differs for
 * a final sigma, which is not ASCII. (A test checks all of this against
 * every code point.)
 */
export function needlePattern(needles: readonly string[]): RegExp | undefined {
  const unique = [...new Set(needles)];
  if (unique.length === 0 || unique.some(n => !/^[\x21-\x7e]+$/.test(n))) {
    return undefined;
  }
  // a needle that contains another is implied by it
  const minimal = unique.filter(
    n => !unique.some(other => other !== n && n.includes(other)),
  );
  const alternatives = minimal.map(needle =>
    [...needle]
      .map((char, i) => {
        if (char === 'k') return '[k\\u212a]';
        if (char === 'i' && i === needle.length - 1) return '[i\\u0130]';
        return char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
      })
      .join(''),
  );
  return new RegExp(alternatives.join('|'), 'gi');
}

/** Line rules with the search that finds the lines they may match. */
export interface LineScanner {
  rules: readonly LineRule[];
  /** undefined when a rule runs on every line (a custom message pattern) */
  prefilter?: RegExp;
}

function prefilterOf(rules: readonly LineRule[]): RegExp | undefined {
  return rules.some(rule => rule.needles.length === 0)
    ? undefined
    : needlePattern(rules.flatMap(rule => rule.needles));
}

/** Prepares line rules for {@link scanText}. */
export function lineScanner(rules: readonly LineRule[]): LineScanner {
  return { rules, prefilter: prefilterOf(rules) };
}

/**
 * Runs line rules over the content lines of a text (a PR body), reporting
 * each active hit: the same hits, in the same order, as {@link scanLines}
 * over {@link contentLines}, but lines without any rule's needle are never
 * split off or lowercased.
 */
export function scanText(
  text: string | undefined | null,
  scanner: LineScanner,
  isActive: (signal: string) => boolean,
  report: (hit: SignalHit, line: MessageLine) => void,
): void {
  const { rules, prefilter } = scanner;
  if (rules.length === 0) {
    return;
  }
  if (!prefilter) {
    scanLines(contentLines(text), rules, isActive, report);
    return;
  }
  forEachContentLineMatching(text, prefilter, line =>
    scanLine(line, rules, isActive, report),
  );
}

/** The rules of commit messages, with one search for all their needles. */
export interface MessageScanner {
  /** rules over every content line */
  lineRules: readonly LineRule[];
  /** rules over the subject (the first line, quoted or not) */
  subjectRules: readonly LineRule[];
  /** undefined when a rule runs on every line (a custom message pattern) */
  prefilter?: RegExp;
}

/** Prepares the rules of commit messages for {@link scanMessage}. */
export function messageScanner(
  lineRules: readonly LineRule[],
  subjectRules: readonly LineRule[],
): MessageScanner {
  return {
    lineRules,
    subjectRules,
    prefilter: prefilterOf([...lineRules, ...subjectRules]),
  };
}

function scanSubject(
  message: string | undefined | null,
  rules: readonly LineRule[],
  isActive: (signal: string) => boolean,
  report: (hit: SignalHit, line: MessageLine) => void,
) {
  const subject = subjectOf(message);
  if (subject && rules.length > 0) {
    const line = { text: subject, lower: subject.toLowerCase() };
    scanLines([line], rules, isActive, report);
  }
}

/**
 * Runs the line rules over the content lines of a commit message, then the
 * subject rules over its subject, reporting each active hit. One search
 * finds the lines with any rule's needle; the subject is only looked at
 * when the first line holds one.
 */
export function scanMessage(
  message: string | undefined | null,
  scanner: MessageScanner,
  isActive: (signal: string) => boolean,
  report: (hit: SignalHit, line: MessageLine) => void,
): void {
  const { lineRules, subjectRules, prefilter } = scanner;
  if (!prefilter) {
    scanLines(contentLines(message), lineRules, isActive, report);
    scanSubject(message, subjectRules, isActive, report);
    return;
  }
  if (typeof message !== 'string' || message.length === 0) {
    return;
  }
  let subjectMayMatch = false;
  forEachLineMatching(message, prefilter, (start, end) => {
    if (start === 0) {
      subjectMayMatch = true;
    }
    const line = contentLineAt(message, start, end);
    if (line) {
      scanLine(line, lineRules, isActive, report);
    }
  });
  if (subjectMayMatch) {
    scanSubject(message, subjectRules, isActive, report);
  }
}

/** How an identity is shown as evidence: `name <email>`, else the login. */
export function formatIdentity(identity: Identity): string {
  if (identity.email) {
    return `${identity.name ?? ''} <${identity.email}>`.trim();
  }
  return identity.login ?? identity.name ?? '';
}

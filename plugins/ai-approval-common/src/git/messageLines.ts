/**
 * Splitting commit messages and PR bodies into lines that detection and
 * approval rules can look at.
 */

/** One line of a message, trimmed, with a lowercase copy for cheap prefilters. */
export interface MessageLine {
  text: string;
  lower: string;
}

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Every physical line of a text. Sources hand us CRLF (Windows clients,
 * mailing-list patches) and lone CR (old Mac tools) as stored, so all three
 * breaks are accepted. Non-strings become no lines: real sources send `null`
 * messages now and then, and one bad commit must not stop a scan.
 */
export function splitLines(text: string | undefined | null): string[] {
  if (typeof text !== 'string' || text.length === 0) {
    return [];
  }
  return text.split(LINE_BREAK);
}

/**
 * A quoted line (`> ...`) repeats somebody else's words: a reply, a bug
 * report, upstream release notes. Its markers describe another change, so
 * no rule may count it.
 */
export function isQuotedLine(trimmed: string): boolean {
  return trimmed.startsWith('>');
}

/**
 * Regex source of the list marker a trailer line may start with (`- Co-authored-by: ...`
 * in a hand-written squash message); a quote (`>`) is none.
 */
export const LIST_MARKER = String.raw`(?:[-*+\u2022]\s+)?`;

const isBreak = (c: number) => c === 10 || c === 13;

const CODE_INDENT = /^(?: {4}|\t)/;

/**
 * Whether the line starting at `start` is an example: indented as a
 * Markdown code block under prose that introduces it with a colon ("So now
 * it'll look like this:"). A commit about the `Assisted-by:` format shows
 * the trailer without carrying it. An indented trailer under anything else
 * (the nested messages of a squash) is no example.
 */
export function isExampleLine(text: string, start: number): boolean {
  if (!CODE_INDENT.test(text.slice(start, start + 4))) {
    return false;
  }
  let end = start;
  for (let lines = 0; end > 0 && lines < 50; lines += 1) {
    // the line before: skip its break, then find where it starts
    let lineEnd = end - 1;
    if (
      text.charCodeAt(lineEnd) === 10 &&
      text.charCodeAt(lineEnd - 1) === 13
    ) {
      lineEnd -= 1;
    }
    let lineStart = lineEnd;
    while (lineStart > 0 && !isBreak(text.charCodeAt(lineStart - 1))) {
      lineStart -= 1;
    }
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '' && !CODE_INDENT.test(line)) {
      return line.trimEnd().endsWith(':');
    }
    end = lineStart;
  }
  return false;
}

/**
 * The lines rules may look at: trimmed, non-empty, neither quoted nor
 * examples ({@link isExampleLine}).
 */
export function contentLines(text: string | undefined | null): MessageLine[] {
  const lines: MessageLine[] = [];
  if (typeof text !== 'string') {
    return lines;
  }
  let start = 0;
  for (const raw of splitLines(text)) {
    const line = contentLineAt(text, start, start + raw.length);
    if (line) {
      lines.push(line);
    }
    start += raw.length;
    // the break that ended the line: CRLF, LF or CR
    start += text.startsWith('\r\n', start) ? 2 : 1;
  }
  return lines;
}

/**
 * The subject of a commit message: its first line, trimmed.
 * @public
 */
export function subjectOf(message: string | undefined | null): string {
  if (typeof message !== 'string') {
    return '';
  }
  const end = message.search(LINE_BREAK);
  return (end < 0 ? message : message.slice(0, end)).trim();
}

/**
 * The physical lines of a text (as {@link splitLines} cuts them, given as
 * `start` and `end` offsets, untrimmed) that hold a match of `pattern`, in
 * order, each once however many matches it holds. Lines without a match are
 * never looked at: detection and approval rules only care about lines with
 * one of a few rare words, and most messages have none.
 *
 * `pattern` must be global and must never match a line break (`\r`, `\n`)
 * or an empty string; its `lastIndex` is used and reset.
 */
export function forEachLineMatching(
  text: string,
  pattern: RegExp,
  visit: (start: number, end: number) => void,
): void {
  // most texts have no CR: then only LF ends lines, and native searches
  // find the ends of a matching line (looked up on the first match: most
  // texts have none)
  let hasCr: boolean | undefined;
  try {
    let from = 0;
    while (from < text.length) {
      pattern.lastIndex = from;
      if (!pattern.test(text)) {
        return;
      }
      hasCr ??= text.includes('\r');
      // the match lies on one line: its last character is on it
      const at = pattern.lastIndex - 1;
      let start: number;
      let end: number;
      if (hasCr) {
        start = at;
        while (start > from && !isBreak(text.charCodeAt(start - 1))) {
          start -= 1;
        }
        end = at;
        while (end < text.length && !isBreak(text.charCodeAt(end))) {
          end += 1;
        }
      } else {
        start = text.lastIndexOf('\n', at) + 1;
        end = text.indexOf('\n', at);
        if (end < 0) {
          end = text.length;
        }
      }
      visit(start, end);
      from = end + 1;
    }
  } finally {
    pattern.lastIndex = 0;
  }
}

/**
 * The line of a text between two offsets as a content line (see
 * {@link contentLines}); undefined when it is blank, quoted or an example.
 */
export function contentLineAt(
  text: string,
  start: number,
  end: number,
): MessageLine | undefined {
  const trimmed = text.slice(start, end).trim();
  return trimmed.length > 0 &&
    !isQuotedLine(trimmed) &&
    !isExampleLine(text, start)
    ? { text: trimmed, lower: trimmed.toLowerCase() }
    : undefined;
}

/**
 * The content lines of a text (as {@link contentLines} gives them, in the
 * same order) that hold a match of `pattern`, under the conditions of
 * {@link forEachLineMatching}.
 */
export function forEachContentLineMatching(
  text: string | undefined | null,
  pattern: RegExp,
  visit: (line: MessageLine) => void,
): void {
  if (typeof text !== 'string' || text.length === 0) {
    return;
  }
  forEachLineMatching(text, pattern, (start, end) => {
    const line = contentLineAt(text, start, end);
    if (line) {
      visit(line);
    }
  });
}

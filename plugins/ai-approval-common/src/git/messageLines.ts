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

/** The lines rules may look at: trimmed, non-empty, not quoted. */
export function contentLines(text: string | undefined | null): MessageLine[] {
  const lines: MessageLine[] = [];
  for (const raw of splitLines(text)) {
    const trimmed = raw.trim();
    if (trimmed.length > 0 && !isQuotedLine(trimmed)) {
      lines.push({ text: trimmed, lower: trimmed.toLowerCase() });
    }
  }
  return lines;
}

/** The subject of a commit message: its first line, trimmed. */
export function subjectOf(message: string | undefined | null): string {
  if (typeof message !== 'string') {
    return '';
  }
  const end = message.search(LINE_BREAK);
  return (end < 0 ? message : message.slice(0, end)).trim();
}

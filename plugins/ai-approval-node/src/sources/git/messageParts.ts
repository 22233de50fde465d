/** Pieces of a landing commit's message: its title and body. */

/** The lines after the first line break (`end`), CR before LF dropped. */
export function restOf(message: string, end: number): string[] {
  return end < 0
    ? []
    : message
        .slice(end + 1)
        .split('\n')
        .map(line => line.replace(/\r$/, ''));
}

/** First non-empty line after the subject, and the text after that line. */
export function titleAndBody(rest: string[], stop?: (line: string) => boolean) {
  const end = stop ? rest.findIndex(stop) : -1;
  const lines = end < 0 ? rest : rest.slice(0, end);
  const at = lines.findIndex(line => line.trim() !== '');
  if (at < 0) {
    return {};
  }
  const body = lines
    .slice(at + 1)
    .join('\n')
    .trim();
  return { title: lines[at].trim(), body: body || undefined };
}

/**
 * {@link titleAndBody} of the lines after the subject (`end` is its line
 * break). Without a CR after the subject the lines need no splitting: the
 * lines after the title, joined again, are the text after its line break.
 */
export function titleAndBodyAfter(
  message: string,
  end: number,
): { title?: string; body?: string } {
  if (end < 0) {
    return {};
  }
  if (message.includes('\r', end)) {
    return titleAndBody(restOf(message, end));
  }
  let start = end + 1;
  for (;;) {
    const lineEnd = message.indexOf('\n', start);
    const title = (
      lineEnd < 0 ? message.slice(start) : message.slice(start, lineEnd)
    ).trim();
    if (title !== '') {
      const body = lineEnd < 0 ? '' : message.slice(lineEnd + 1).trim();
      return { title, body: body || undefined };
    }
    if (lineEnd < 0) {
      return {};
    }
    start = lineEnd + 1;
  }
}

/** The text after the subject (`end` is its line break), if any. */
export function bodyAfter(message: string, end: number): string | undefined {
  return end < 0 ? undefined : message.slice(end + 1).trim() || undefined;
}

import { Identity } from '../types';
import { forEachLineMatching, LIST_MARKER } from './messageLines';

/**
 * `Co-authored-by:` trailers, and `Co-developed-by:` (the kernel's form for
 * people, which commit hooks of AI tools write as well). Real histories
 * spell the key in every case and with stray spaces (`Co-Authored-By :`),
 * and hundreds of them sit outside git's final trailer block, so any line of
 * the message counts, also as an item of a list (`- Co-authored-by: ...` in
 * a hand-written squash message).
 */
const CO_AUTHOR_LINE = new RegExp(
  String.raw`^${LIST_MARKER}co-?(?:authored|developed)[-\s]?by\s*:\s*(.*)$`,
  'i',
);
const NAME_AND_ADDRESS = /^(.*?)\s*<\s*([^<>\s]*)\s*>/;
const BARE_ADDRESS = /^(.*?)\s*(\S+@\S+)$/;

/** Parses one trimmed line; undefined unless it is a co-author trailer. */
export function parseCoAuthorLine(line: string): Identity | undefined {
  const match = CO_AUTHOR_LINE.exec(line);
  if (!match) {
    return undefined;
  }
  const value = match[1].trim();
  const parsed = NAME_AND_ADDRESS.exec(value) ?? BARE_ADDRESS.exec(value);
  if (!parsed) {
    return value ? { name: value } : undefined;
  }
  const name = parsed[1].trim();
  const email = parsed[2].trim().toLowerCase();
  const identity: Identity = {};
  if (name) identity.name = name;
  if (email) identity.email = email;
  return identity;
}

/**
 * Every line {@link CO_AUTHOR_LINE} matches holds a match of this: the same
 * words under the same (non-unicode, so ASCII-only) case-insensitivity.
 */
const CO_AUTHOR_HINT = /authored|developed/gi;

/** Every co-author named in a message, quoted lines excluded. */
export function coAuthorsOf(message: string | undefined | null): Identity[] {
  const found: Identity[] = [];
  if (typeof message !== 'string' || message.length === 0) {
    return found;
  }
  // only the lines that can be co-author trailers are split off; a blank or
  // quoted (`>`) line never matches CO_AUTHOR_LINE
  forEachLineMatching(message, CO_AUTHOR_HINT, (start, end) => {
    const identity = parseCoAuthorLine(message.slice(start, end).trim());
    if (identity) {
      found.push(identity);
    }
  });
  return found;
}

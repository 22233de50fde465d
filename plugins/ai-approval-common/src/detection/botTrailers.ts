/**
 * What of a dependency bot's commit message is the commit's own. The bots
 * paste upstream release notes (full of other projects' `@Copilot` mentions
 * and co-author lines) into their messages, so those are never scanned;
 * but an agent that fixed the bot's pull request adds its co-author or
 * disclosure line to git's final trailer block, and that line counts.
 */
import { splitLines } from '../git/messageLines';

/** a trailer line at the start of its line: `Key: value`, not indented */
const TRAILER = /^[A-Za-z][\w-]*\s*:\s*\S/;

/**
 * The message's final paragraph when every line of it is an unindented
 * trailer (git's trailer block); undefined otherwise.
 */
export function finalTrailerBlock(
  message: string | undefined | null,
): string | undefined {
  const lines = splitLines(message);
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end -= 1;
  let start = end;
  while (start > 0 && lines[start - 1].trim() !== '') start -= 1;
  const block = lines.slice(start, end);
  // the subject alone is no trailer block
  if (block.length === 0 || start === 0) return undefined;
  return block.every(line => TRAILER.test(line)) ? block.join('\n') : undefined;
}

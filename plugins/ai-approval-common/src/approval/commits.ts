/** Finding commits of a change by SHA. */
import { Change, ChangeCommit } from '../types';

/** Abbreviated and full SHAs of one commit are equal. */
export function sameSha(a: string, b: string): boolean {
  const x = a.trim().toLowerCase();
  const y = b.trim().toLowerCase();
  const shorter = Math.min(x.length, y.length);
  return shorter >= 7 ? x.startsWith(y) || y.startsWith(x) : x === y;
}

/**
 * The commits pushed after `sha` up to the head, from the order of
 * `change.commits` (the last one when the head is not among them);
 * undefined when `sha` is not among them (the branch was rewritten).
 */
export function commitsAfter(
  change: Change,
  sha: string,
): ChangeCommit[] | undefined {
  const commits = change.commits ?? [];
  const at = commits.findIndex(c => sameSha(c.sha, sha));
  if (at < 0) return undefined;
  const head = change.headSha
    ? commits.findIndex(c => sameSha(c.sha, change.headSha!))
    : -1;
  return commits.slice(at + 1, (head >= 0 ? head : commits.length - 1) + 1);
}

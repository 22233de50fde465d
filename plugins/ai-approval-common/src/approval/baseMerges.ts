/**
 * Commits that only bring the base branch into a pull request's branch:
 * GitHub's "Update branch" button, `git merge main`, `git pull`. With
 * `allowBaseBranchUpdates`, an approval followed by nothing else still
 * counts, as GitHub keeps it when such a merge changes none of the diff.
 */
import { subjectOf } from '../git/messageLines';
import { Change, ChangeCommit } from '../types';
import { commitsAfter } from './commits';

const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * The subjects git and GitHub write for such a merge: `Merge branch 'main'
 * into feature`, `Merge branch 'main' of https://github.com/o/r into
 * feature`, `Merge remote-tracking branch 'origin/main' into feature`
 * (the `into` part is left out when merging into master or main).
 */
function baseMergeSubject(baseRef: string): RegExp {
  const base = escape(baseRef.replace(/^refs\/heads\//, ''));
  return new RegExp(
    `^Merge (?:remote-tracking branch '[^'/\\s]+/${base}'|branch '${base}'(?: of \\S+)?)(?: into \\S+)?$`,
  );
}

/**
 * Whether some commits (at least one) all merge the base branch in; false
 * when the base is unknown.
 */
export function onlyBaseMerges(
  commits: readonly ChangeCommit[],
  baseRef: string | undefined,
): boolean {
  if (!baseRef || commits.length === 0) {
    return false;
  }
  const pattern = baseMergeSubject(baseRef);
  return commits.every(c => pattern.test(subjectOf(c.message)));
}

/**
 * Whether every commit after `sha` up to the head of the change merges its
 * base branch in, and there is at least one. False when `sha` is not among
 * the change's commits (the branch was rewritten) or the base is unknown.
 */
export function onlyBaseMergesAfter(change: Change, sha: string): boolean {
  const after = commitsAfter(change, sha);
  return after !== undefined && onlyBaseMerges(after, change.baseRef);
}

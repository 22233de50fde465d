/**
 * Approvals GitHub moved. When a pull request is force-pushed (rebased,
 * rewritten) and its approvals survive, GitHub points each of them at the
 * new head: the review then names a commit that was made after it was
 * given. Such an approval was given on an earlier commit, whatever its
 * `commit_id` says.
 */
import { Change, ChangeCommit, ChangeReview } from '../types';
import { sameSha } from './commits';

/**
 * How much later than the review the head must have been committed: the
 * committer's clock is the committer's machine's, and may run ahead.
 */
export const CLOCK_SLACK_MINUTES = 10;

/**
 * The head commit a review names, when that commit was made after the
 * review was submitted (by more than {@link CLOCK_SLACK_MINUTES}): a
 * force-push moved the approval onto it. Undefined when the review names
 * another commit, or a time is missing.
 */
export function movedOntoHead(
  change: Change,
  review: ChangeReview,
): ChangeCommit | undefined {
  const headSha = change.headSha;
  if (!headSha || !review.commitSha || !review.submittedAt) {
    return undefined;
  }
  if (!sameSha(review.commitSha, headSha)) {
    return undefined;
  }
  const head = change.commits?.find(c => sameSha(c.sha, headSha));
  const committed = head?.committedAt ? Date.parse(head.committedAt) : NaN;
  const submitted = Date.parse(review.submittedAt);
  return committed - submitted > CLOCK_SLACK_MINUTES * 60_000
    ? head
    : undefined;
}

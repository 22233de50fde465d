/**
 * Judging each approval on its own: does it count, and if not, why not.
 */
import { Change, ChangeReview, Identity } from '../types';
import { onlyBaseMergesAfter } from './baseMerges';
import { ApprovalPolicy, isBotReviewer } from './policy';
import { ReviewerStanding } from './latestReviews';
import { Writer, writerMatch } from './participants';
import { sameSha } from './commits';
import { movedOntoHead } from './movedApprovals';
import { SeniorSet } from './seniorSet';

/** Why an approval does not count. */
export type Ineligibility =
  | 'author'
  | 'co_author'
  | 'initiator'
  | 'bot'
  | 'stale'
  | 'dismissed'
  | 'not_senior';

/** One approval, judged. */
export interface AssessedApproval {
  reviewer: Identity;
  review: ChangeReview;
  senior: boolean;
  bot: boolean;
  /** set when the reviewer wrote part of the change */
  writer?: Writer;
  dismissed: boolean;
  stale: boolean;
  /** counts toward the policy (as a senior or, with two-pass, as a second approver) */
  counts: boolean;
  ineligible?: Ineligibility;
}

function isStale(review: ChangeReview, change: Change, policy: ApprovalPolicy) {
  // Trailers are written into the commit they approve, so never stale.
  if (policy.allowStaleApprovals || review.source === 'trailer') {
    return false;
  }
  if (!review.commitSha || !change.headSha) {
    return false;
  }
  if (sameSha(review.commitSha, change.headSha)) {
    // on the head, unless a force-push moved it there: never excused as a
    // base update, since a rebase may have changed anything
    return movedOntoHead(change, review) !== undefined;
  }
  return !(
    policy.allowBaseBranchUpdates &&
    onlyBaseMergesAfter(change, review.commitSha)
  );
}

function ineligibility(
  a: Omit<AssessedApproval, 'counts' | 'ineligible'>,
  twoPass: boolean,
) {
  if (a.bot) return 'bot';
  if (a.writer) return a.writer.role;
  if (a.dismissed) return 'dismissed';
  // Without two-pass a non-senior approval never counts, fresh or not.
  if (!a.senior && !twoPass) return 'not_senior';
  if (a.stale) return 'stale';
  return undefined;
}

/** Judges every approval (and dismissed review) of a change. */
export function assessApprovals(input: {
  change: Change;
  policy: ApprovalPolicy;
  seniors: SeniorSet;
  standings: readonly ReviewerStanding[];
  writers: readonly Writer[];
}): AssessedApproval[] {
  const { change, policy, seniors, writers } = input;
  return input.standings.flatMap(standing => {
    const review = standing.decisive;
    if (!review) {
      return [];
    }
    const bot = isBotReviewer(standing.reviewer, policy);
    const base = {
      reviewer: standing.reviewer,
      review,
      senior: !bot && seniors.isSenior(standing.reviewer),
      bot,
      writer: writerMatch(standing.reviewer, writers),
      dismissed: standing.state === 'dismissed',
      stale: isStale(review, change, policy),
    };
    const ineligible = ineligibility(base, policy.twoPass);
    return [{ ...base, ineligible, counts: ineligible === undefined }];
  });
}

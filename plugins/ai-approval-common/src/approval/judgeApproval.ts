import {
  ApproverAssessment,
  Change,
  COMPLIANT_VERDICTS,
  Exemption,
  Verdict,
  VerdictResult,
} from '../types';
import { AssessedApproval, assessApprovals } from './assessApprovals';
import { approverIdentity } from './identity';
import { groupByReviewer, standingOf } from './latestReviews';
import { writersOf } from './participants';
import { ApprovalPolicy, isBotReviewer } from './policy';
import { reasonsFor } from './reasons';
import { SeniorSet } from './seniorSet';
import { decideVerdict, shortfallOf } from './verdict';

function toAssessment(a: AssessedApproval): ApproverAssessment {
  return {
    identity: approverIdentity(a.reviewer),
    senior: a.senior,
    ...(a.ineligible ? { ineligible: a.ineligible } : {}),
    ...(a.review.commitSha ? { commitSha: a.review.commitSha } : {}),
    ...(a.review.submittedAt ? { submittedAt: a.review.submittedAt } : {}),
  };
}

/** The first counting senior approval, for time-to-approval figures. */
function firstSeniorApproval(
  assessed: readonly AssessedApproval[],
): string | undefined {
  const times = assessed
    .filter(a => a.counts && a.senior && a.review.submittedAt)
    .map(a => a.review.submittedAt!)
    .sort((x, y) => Date.parse(x) - Date.parse(y));
  return times[0];
}

/**
 * The senior-approval verdict of one change. Precedence: an exemption, then
 * a direct push without any review, then the reviews, judged with GitHub's
 * semantics (the latest approving, change-requesting or dismissed review of
 * each person decides; a later comment does not revoke an approval).
 * @public
 */
export function judgeApproval(input: {
  change: Change;
  policy: ApprovalPolicy;
  seniors: SeniorSet;
  exemption?: Exemption;
}): VerdictResult {
  const { change, policy, seniors, exemption } = input;
  const standings = groupByReviewer(change.reviews ?? []).map(standingOf);
  const assessed = assessApprovals({
    change,
    policy,
    seniors,
    standings,
    writers: writersOf(change),
  });
  const onlyBots =
    standings.length > 0 &&
    standings.every(s => isBotReviewer(s.reviewer, policy));
  let verdict: Verdict;
  if (exemption) {
    verdict = 'exempt';
  } else if (change.kind === 'direct_push' && standings.length === 0) {
    verdict = 'direct_push';
  } else {
    verdict = decideVerdict(assessed, onlyBots, policy);
  }
  const reasons = reasonsFor({
    verdict,
    change,
    assessed,
    shortfall: shortfallOf(assessed, policy),
    otherReviewers: standings
      .filter(s => !s.decisive || onlyBots)
      .map(s => s.reviewer),
    exemption,
  });
  const seniorApprovedAt = firstSeniorApproval(assessed);
  return {
    verdict,
    compliant: COMPLIANT_VERDICTS.includes(verdict),
    reasons,
    approvers: assessed.map(toAssessment),
    ...(seniorApprovedAt ? { seniorApprovedAt } : {}),
  };
}

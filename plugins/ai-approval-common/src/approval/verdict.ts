/**
 * The verdict from judged approvals, in the documented order of precedence.
 */
import { Verdict } from '../types';
import { AssessedApproval } from './assessApprovals';
import { ApprovalPolicy } from './policy';

/** How far the counting approvals are from the policy. */
export interface Shortfall {
  seniorsNeeded: number;
  approversNeeded: number;
}

/** Senior approvals the policy needs; never fewer than one. */
export function requiredSeniors(policy: ApprovalPolicy): number {
  const required = Math.floor(Number(policy.requiredSeniorApprovals));
  return Number.isFinite(required) && required > 1 ? required : 1;
}

/** What is missing before the change would be approved. */
export function shortfallOf(
  assessed: readonly AssessedApproval[],
  policy: ApprovalPolicy,
): Shortfall {
  const counting = assessed.filter(a => a.counts);
  const seniors = counting.filter(a => a.senior).length;
  return {
    seniorsNeeded: Math.max(0, requiredSeniors(policy) - seniors),
    approversNeeded: policy.twoPass ? Math.max(0, 2 - counting.length) : 0,
  };
}

function eligible(a: AssessedApproval): boolean {
  return !a.bot && !a.writer;
}

/** The verdict for a reviewed change (exemptions and direct pushes aside). */
export function decideVerdict(
  assessed: readonly AssessedApproval[],
  onlyBotsReviewed: boolean,
  policy: ApprovalPolicy,
): Verdict {
  const shortfall = shortfallOf(assessed, policy);
  if (shortfall.seniorsNeeded === 0 && shortfall.approversNeeded === 0) {
    return 'approved';
  }
  if (assessed.some(a => eligible(a) && a.senior && !a.dismissed && a.stale)) {
    return 'approved_stale';
  }
  if (assessed.some(a => eligible(a) && a.senior && a.dismissed)) {
    return 'dismissed';
  }
  const standing = assessed.filter(a => !a.bot && !a.dismissed);
  if (standing.length > 0) {
    return standing.every(a => a.writer) ? 'self_approved' : 'not_senior';
  }
  return onlyBotsReviewed ? 'bot_review_only' : 'no_review';
}

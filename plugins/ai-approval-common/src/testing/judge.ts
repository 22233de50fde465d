/**
 * Judging a change in tests: the default policy with some keys changed,
 * and the given logins or e-mails as seniors. Not exported from the package.
 */
import { judgeApproval } from '../approval/judgeApproval';
import { ApprovalPolicy, DEFAULT_APPROVAL_POLICY } from '../approval/policy';
import { createSeniorSet } from '../approval/seniorSet';
import { Change } from '../types';

export function judgeWithSeniors(seniors: string[]) {
  const set = createSeniorSet(seniors);
  return (change: Change, policy: Partial<ApprovalPolicy> = {}) =>
    judgeApproval({
      change,
      policy: { ...DEFAULT_APPROVAL_POLICY, ...policy },
      seniors: set,
    });
}

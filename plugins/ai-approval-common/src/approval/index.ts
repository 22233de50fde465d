export { judgeApproval } from './judgeApproval';
export { DEFAULT_APPROVAL_POLICY } from './policy';
export type { ApprovalPolicy } from './policy';
export { createSeniorSet } from './seniorSet';
export type { SeniorSet } from './seniorSet';
export { identityKey, sameIdentity } from './identity';

export { EntityAiApprovalContent } from './EntityAiApprovalContent';

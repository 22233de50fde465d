export { EntityAiApprovalCard } from './EntityAiApprovalCard';

export { EntityTeamAiApprovalContent } from './EntityTeamAiApprovalContent';

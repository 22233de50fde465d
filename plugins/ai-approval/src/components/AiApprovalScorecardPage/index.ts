export { AiApprovalScorecardPage } from './AiApprovalScorecardPage';

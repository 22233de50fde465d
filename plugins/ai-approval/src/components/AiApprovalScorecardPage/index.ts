export {
  AiApprovalScorecardContent,
  AiApprovalScorecardPage,
} from './AiApprovalScorecardPage';

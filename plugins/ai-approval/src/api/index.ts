export * from './AiApprovalApi';
export * from './AiApprovalClient';

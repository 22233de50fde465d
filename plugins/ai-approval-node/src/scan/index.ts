export { resolveApprovalPolicy, scanChanges } from './scanChanges';
export type {
  ChangeScanResult,
  CommitScanResult,
  ScanConfig,
} from './scanChanges';
export { scanRepository } from './scanRepository';
export type { ScanRepositoryOptions } from './scanRepository';
export { ScanSummary } from './ScanSummary';

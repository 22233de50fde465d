export {
  resolveApprovalPolicy,
  scanChangeBatches,
  scanChanges,
} from './scanChanges';
export type {
  ChangeScanResult,
  CommitScanResult,
  ScanConfig,
} from './scanChanges';
export { scanRepository, scanRepositoryBatches } from './scanRepository';
export type { ScanRepositoryOptions } from './scanRepository';
export { ScanSummary } from './ScanSummary';

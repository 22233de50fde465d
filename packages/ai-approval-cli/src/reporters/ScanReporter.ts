import {
  ChangeScanResult,
  ScanSummary,
} from '@internal/plugin-ai-approval-node';

/** Writes the results of a scan in one output format. */
export interface ScanReporter {
  /** before the first result (a header) */
  begin(): Promise<void>;
  change(result: ChangeScanResult): Promise<void>;
  end(summary: ScanSummary): Promise<void>;
}

/** `12 changes, 3 AI-assisted, 2 compliant, compliance 66.7%` */
export function summaryLine(summary: ScanSummary): string {
  const percent = summary.compliancePercent;
  return (
    `${summary.total} changes, ${summary.aiAssisted} AI-assisted, ` +
    `${summary.compliant} compliant, compliance ${formatPercent(percent)}`
  );
}

export function formatPercent(percent: number): string {
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}

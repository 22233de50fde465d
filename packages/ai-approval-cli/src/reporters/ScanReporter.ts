import {
  ChangeScanResult,
  ScanSummary,
} from '@ai-approval/backstage-plugin-ai-approval-node';

/**
 * Puts the results of a scan in one output format into a
 * {@link BufferedOutput}; the caller writes the buffer out when it is full.
 */
export interface ScanReporter {
  /** before the first result (a header) */
  begin(): void;
  change(result: ChangeScanResult): void;
  end(summary: ScanSummary): void;
  /** the output is followed as it comes: write it after every change */
  readonly live?: boolean;
}

/**
 * `12 changes, 3 AI-assisted, 2 compliant, compliance 66.7%`; with no
 * AI-assisted change, compliance is 100% (nothing broke the rule) and the
 * line says why.
 */
export function summaryLine(summary: ScanSummary): string {
  const changes = summary.total === 1 ? 'change' : 'changes';
  const why = summary.aiAssisted === 0 ? ' (no AI-assisted changes)' : '';
  return (
    `${summary.total} ${changes}, ${summary.aiAssisted} AI-assisted, ` +
    `${summary.compliant} compliant, ` +
    `compliance ${formatPercent(summary.compliancePercent)}${why}`
  );
}

export function formatPercent(percent: number): string {
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}

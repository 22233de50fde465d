import { describeWindow } from '@ai-approval/backstage-plugin-ai-approval-common/domain';
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

/**
 * What a scan over a window (`--since 90d`) covers, in the portal's words,
 * as a line followed by `gap`; nothing for a scan without one.
 */
export function coverageLine(summary: ScanSummary, gap = ''): string {
  return summary.window ? `${describeWindow(summary.window)}\n${gap}` : '';
}

/**
 * Whether a scan passes `--fail-under` (always, without one) and the
 * sentence that says so: `compliance 33.3% is below --fail-under 50%: 2 of
 * 3 AI-assisted changes lack a valid senior approval`.
 */
export function complianceResult(
  summary: ScanSummary,
  failUnder: number | undefined,
): { passed: boolean; text: string } {
  const percent = formatPercent(summary.compliancePercent);
  const missing = summary.aiAssisted - summary.compliant;
  const lacking =
    missing === 0
      ? ''
      : `${missing} of ${summary.aiAssisted} AI-assisted changes lack a valid senior approval`;
  if (failUnder === undefined) {
    return {
      passed: true,
      text: `compliance ${percent}, no --fail-under threshold${
        lacking && `; ${lacking}`
      }`,
    };
  }
  const passed = summary.compliancePercent >= failUnder;
  const comparison = passed ? 'meets' : 'is below';
  return {
    passed,
    text: `compliance ${percent} ${comparison} --fail-under ${formatPercent(
      failUnder,
    )}${lacking && (passed ? `; ${lacking}` : `: ${lacking}`)}`,
  };
}

export function formatPercent(percent: number): string {
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}

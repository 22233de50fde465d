import { ReportWindow } from '@ai-approval/backstage-plugin-ai-approval-common/domain';
import { ChangeScanResult } from './scanChanges';

/**
 * Running totals of a scan: how many changes, how many AI-assisted, how many
 * of those compliant; and the window they cover, when the scan was asked
 * for one (`--since 90d`).
 *
 * @public
 */
export class ScanSummary {
  constructor(readonly window?: ReportWindow) {}

  total = 0;
  aiAssisted = 0;
  compliant = 0;

  add(result: ChangeScanResult): void {
    this.total += 1;
    if (result.detection.aiAssisted) {
      this.aiAssisted += 1;
      if (result.verdict?.compliant) {
        this.compliant += 1;
      }
    }
  }

  /** compliant AI changes / AI changes * 100; 100 when there are none */
  get compliancePercent(): number {
    return this.aiAssisted === 0
      ? 100
      : (this.compliant / this.aiAssisted) * 100;
  }
}

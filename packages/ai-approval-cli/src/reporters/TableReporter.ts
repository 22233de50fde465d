import { Detection } from '@ai-approval/backstage-plugin-ai-approval-common/domain';
import {
  ChangeScanResult,
  ScanSummary,
} from '@ai-approval/backstage-plugin-ai-approval-node';
import { BufferedOutput } from '../CliIo';
import { changeId, signalsOf } from './records';
import { coverageLine, ScanReporter, summaryLine } from './ScanReporter';

interface Column {
  title: string;
  width: number;
}

const CHANGE_COLUMNS: Column[] = [
  { title: 'CHANGE', width: 9 },
  { title: 'MERGED', width: 10 },
  { title: 'AI', width: 11 },
  { title: 'VERDICT', width: 15 },
  { title: 'TITLE', width: 0 },
];

const COMMIT_COLUMNS: Column[] = [
  { title: 'COMMIT', width: 9 },
  { title: 'AI', width: 11 },
  { title: 'SIGNALS', width: 28 },
  { title: 'SUBJECT', width: 0 },
];

function aiCell(detection: Detection): string {
  return detection.aiAssisted ? `yes (${detection.confidence})` : 'no';
}

function truncate(text: string, width: number): string {
  return text.length <= width
    ? text
    : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * Aligned columns, written as the results come (fixed widths, so no row has
 * to wait for the widest one), and a summary line at the end.
 */
export class TableReporter implements ScanReporter {
  private readonly columns: Column[];

  constructor(
    private readonly out: BufferedOutput,
    private readonly options: { perCommit: boolean; width: number },
  ) {
    this.columns = options.perCommit ? COMMIT_COLUMNS : CHANGE_COLUMNS;
  }

  begin(): void {
    this.row(this.columns.map(column => column.title));
  }

  change({ change, detection, verdict, commits }: ChangeScanResult): void {
    if (!this.options.perCommit) {
      this.row([
        changeId(change),
        change.mergedAt?.slice(0, 10) ?? '',
        aiCell(detection),
        verdict?.verdict ?? '-',
        change.title,
      ]);
      return;
    }
    for (const result of commits ?? []) {
      this.row([
        result.commit.sha.slice(0, 8),
        aiCell(result.detection),
        truncate(signalsOf(result).join(',') || '-', 28),
        result.commit.message.split(/\r?\n/, 1)[0],
      ]);
    }
  }

  end(summary: ScanSummary): void {
    this.out.add(`\n${summaryLine(summary)}\n${coverageLine(summary)}`);
  }

  private row(cells: string[]) {
    const fixed = this.columns.reduce((sum, c) => sum + c.width + 2, 0);
    const last = Math.max(20, this.options.width - fixed);
    const line = cells
      .map((cell, i) => {
        const width = this.columns[i].width;
        return width
          ? truncate(cell, width).padEnd(width)
          : truncate(cell, last);
      })
      .join('  ');
    this.out.add(`${line.trimEnd()}\n`);
  }
}

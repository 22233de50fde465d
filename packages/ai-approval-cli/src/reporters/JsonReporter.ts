import { ChangeScanResult } from '@ai-approval/backstage-plugin-ai-approval-node';
import { BufferedOutput } from '../CliIo';
import { changeRecord, commitRecord } from './records';
import { ScanReporter } from './ScanReporter';

/**
 * `json`: one array, written element by element so nothing accumulates;
 * `ndjson`: one object a line. With `perCommit` the objects are commits.
 */
export class JsonReporter implements ScanReporter {
  private first = true;
  /** per-commit lines are meant to be followed as they come */
  readonly live: boolean;

  constructor(
    private readonly out: BufferedOutput,
    private readonly options: { ndjson: boolean; perCommit: boolean },
  ) {
    this.live = options.ndjson && options.perCommit;
  }

  begin(): void {
    // the opening bracket comes with the first object
  }

  change(result: ChangeScanResult): void {
    if (!this.options.perCommit) {
      this.write(JSON.stringify(changeRecord(result)));
      return;
    }
    for (const commit of result.commits ?? []) {
      this.write(JSON.stringify(commitRecord(commit)));
    }
  }

  end(): void {
    if (!this.options.ndjson) {
      this.out.add(this.first ? '[]\n' : '\n]\n');
    }
  }

  private write(json: string) {
    if (this.options.ndjson) {
      this.out.add(json);
      this.out.add('\n');
    } else {
      this.out.add(this.first ? '[\n' : ',\n');
      this.out.add(json);
    }
    this.first = false;
  }
}

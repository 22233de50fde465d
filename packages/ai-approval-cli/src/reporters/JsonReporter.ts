import { ChangeScanResult } from '@internal/plugin-ai-approval-node';
import { BufferedOutput } from '../CliIo';
import { changeRecord, commitRecord } from './records';
import { ScanReporter } from './ScanReporter';

/**
 * `json`: one array, written element by element so nothing accumulates;
 * `ndjson`: one object a line. With `perCommit` the objects are commits.
 */
export class JsonReporter implements ScanReporter {
  private first = true;

  constructor(
    private readonly out: BufferedOutput,
    private readonly options: { ndjson: boolean; perCommit: boolean },
  ) {}

  async begin(): Promise<void> {
    // the opening bracket comes with the first object
  }

  async change(result: ChangeScanResult): Promise<void> {
    const records = this.options.perCommit
      ? (result.commits ?? []).map(commitRecord)
      : [changeRecord(result)];
    for (const record of records) {
      await this.write(JSON.stringify(record));
    }
    if (this.options.ndjson && this.options.perCommit) {
      // per-commit lines are meant to be followed as they come
      await this.out.flush();
    }
  }

  async end(): Promise<void> {
    if (!this.options.ndjson) {
      await this.out.write(this.first ? '[]\n' : '\n]\n');
    }
    await this.out.flush();
  }

  private async write(json: string) {
    if (this.options.ndjson) {
      await this.out.write(`${json}\n`);
    } else {
      await this.out.write(`${this.first ? '[\n' : ',\n'}${json}`);
    }
    this.first = false;
  }
}

/** A stream the CLI writes to: process.stdout, or a collector in tests. */
export interface CliWritable {
  write(chunk: string): boolean;
  once?(event: 'drain', listener: () => void): unknown;
}

/** Where the CLI reads its environment and writes its output. */
export interface CliIo {
  stdout: CliWritable;
  stderr: CliWritable;
  /** directory relative paths are resolved against */
  cwd: string;
  /** terminal width for the table; 120 when unknown */
  columns?: number;
}

/**
 * Buffers output and writes it in large pieces, waiting for `drain` when
 * the reader is slower than the scan, so memory stays flat.
 */
export class BufferedOutput {
  private pending: string[] = [];
  private size = 0;

  constructor(
    private readonly target: CliWritable,
    private readonly limit = 1 << 16,
  ) {}

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= this.limit) {
      await this.flush();
    }
  }

  async flush(): Promise<void> {
    if (this.size === 0) {
      return;
    }
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (!this.target.write(text) && this.target.once) {
      await new Promise<void>(resolve => this.target.once!('drain', resolve));
    }
  }
}

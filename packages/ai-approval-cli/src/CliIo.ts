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
 * the reader is slower than the scan, so memory stays flat. Text is added
 * synchronously; the writer awaits {@link BufferedOutput.flush} when
 * {@link BufferedOutput.full} says so, which keeps the thousands of small
 * pieces of a report from each costing an asynchronous step.
 */
export class BufferedOutput {
  private pending: string[] = [];
  private size = 0;

  constructor(
    private readonly target: CliWritable,
    private readonly limit = 1 << 16,
  ) {}

  /** Adds text to the buffer. */
  add(text: string): void {
    this.pending.push(text);
    this.size += text.length;
  }

  /** Whether the buffer holds enough to be written. */
  get full(): boolean {
    return this.size >= this.limit;
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

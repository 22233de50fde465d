/** A stream the CLI writes to: process.stdout, or a collector in tests. */
export interface CliWritable {
  /** text, or UTF-8 bytes */
  write(chunk: string | Uint8Array): boolean;
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
 *
 * Each piece is encoded to UTF-8 straight into a byte buffer as it is
 * added: joining the pieces into one string first would copy every byte
 * once more, and one emoji among them would make the whole joined string
 * two bytes a character, slower to encode.
 */
export class BufferedOutput {
  private buffer: Buffer;
  private used = 0;

  constructor(
    private readonly target: CliWritable,
    private readonly limit = 1 << 16,
  ) {
    this.buffer = Buffer.allocUnsafe(2 * limit);
  }

  /** Adds text to the buffer. */
  add(text: string): void {
    // a UTF-16 unit takes at most 3 bytes of UTF-8
    if (text.length * 3 > this.buffer.length - this.used) {
      const bytes = Buffer.byteLength(text);
      if (bytes > this.buffer.length - this.used) {
        if (this.used > 0) {
          this.writeOut();
        }
        if (bytes > this.buffer.length) {
          this.target.write(text);
          return;
        }
      }
    }
    this.used += this.buffer.write(text, this.used);
  }

  /** Whether the buffer holds enough to be written. */
  get full(): boolean {
    return this.used >= this.limit;
  }

  async flush(): Promise<void> {
    if (this.used === 0) {
      return;
    }
    if (!this.writeOut() && this.target.once) {
      await new Promise<void>(resolve => this.target.once!('drain', resolve));
    }
  }

  /** Hands the bytes so far to the target, which keeps them. */
  private writeOut(): boolean {
    const bytes = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(this.buffer.length);
    this.used = 0;
    return this.target.write(bytes);
  }
}

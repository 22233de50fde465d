import { BufferedOutput, CliWritable } from './CliIo';

/** A target that keeps what it was given and can play a slow reader. */
class Target implements CliWritable {
  readonly chunks: (string | Uint8Array)[] = [];
  accept = true;
  private drain?: () => void;

  write(chunk: string | Uint8Array) {
    // copied: the writer must not reuse bytes it handed over
    this.chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk));
    return this.accept;
  }

  once(_event: 'drain', listener: () => void) {
    this.drain = listener;
  }

  emitDrain() {
    this.drain?.();
  }

  get text() {
    return this.chunks
      .map(chunk =>
        typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(),
      )
      .join('');
  }
}

describe('BufferedOutput', () => {
  it('writes nothing until flushed, then everything in one piece', async () => {
    const target = new Target();
    const out = new BufferedOutput(target, 64);
    out.add('[\n');
    out.add('{"a":1}');
    out.add('\n]\n');
    expect(target.chunks).toEqual([]);
    expect(out.full).toBe(false);
    await out.flush();
    expect(target.chunks).toHaveLength(1);
    expect(target.text).toBe('[\n{"a":1}\n]\n');
    await out.flush();
    expect(target.chunks).toHaveLength(1);
  });

  it('says it is full once the limit is reached', () => {
    const out = new BufferedOutput(new Target(), 16);
    out.add('x'.repeat(15));
    expect(out.full).toBe(false);
    out.add('y');
    expect(out.full).toBe(true);
  });

  it('encodes text beyond ASCII as UTF-8, whatever the piece sizes', async () => {
    const target = new Target();
    const out = new BufferedOutput(target, 8);
    const pieces = ['🤖 Generated', 'é', 'x'.repeat(7), '漢字', '\u00ff', '🤖'];
    for (const piece of pieces) {
      out.add(piece);
      if (out.full) await out.flush();
    }
    await out.flush();
    expect(target.text).toBe(pieces.join(''));
    // no character is cut between two chunks
    for (const chunk of target.chunks) {
      const bytes = Buffer.from(chunk as Uint8Array);
      expect(Buffer.from(bytes.toString()).equals(bytes)).toBe(true);
    }
  });

  it('writes a piece larger than its buffer on its own, in order', async () => {
    const target = new Target();
    const out = new BufferedOutput(target, 4);
    out.add('ab');
    out.add('c'.repeat(100));
    out.add('d');
    await out.flush();
    expect(target.text).toBe(`ab${'c'.repeat(100)}d`);
  });

  it('hands the target no empty pieces', async () => {
    const target = new Target();
    const out = new BufferedOutput(target, 4);
    out.add('c'.repeat(100));
    await out.flush();
    expect(target.chunks.map(chunk => chunk.length)).toEqual([100]);
  });

  it('waits for the reader to drain before going on', async () => {
    const target = new Target();
    target.accept = false;
    const out = new BufferedOutput(target, 4);
    out.add('abcd');
    let flushed = false;
    const flushing = out.flush().then(() => {
      flushed = true;
    });
    await new Promise(resolve => setImmediate(resolve));
    expect(flushed).toBe(false);
    target.emitDrain();
    await flushing;
    expect(flushed).toBe(true);
    expect(target.text).toBe('abcd');
  });
});

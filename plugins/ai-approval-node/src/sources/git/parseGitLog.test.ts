import { Readable } from 'node:stream';
import { GitLogParser, parseGitLog } from './parseGitLog';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

function record(sha: string, parents: string, message: string | Buffer) {
  return Buffer.concat([
    Buffer.from(
      [
        sha,
        parents,
        'Ann',
        'ann@x.org',
        '100',
        'Cid',
        'cid@x.org',
        '200',
        '',
        '',
      ].join('\0'),
    ),
    Buffer.isBuffer(message) ? message : Buffer.from(message),
    Buffer.from([0]),
  ]);
}

describe('GitLogParser', () => {
  const output = Buffer.concat([
    record(SHA_A, SHA_B, 'Häll\u00f6 🚀\n\nbody\r\n'),
    record(SHA_B, '', Buffer.from([0x41, 0xff, 0x42, 0x0a])),
  ]);

  it('parses records into commits', () => {
    const parser = new GitLogParser();
    const commits = parser.push(output);
    parser.end();
    expect(commits).toEqual([
      {
        sha: SHA_A,
        parents: [SHA_B],
        authorName: 'Ann',
        authorEmail: 'ann@x.org',
        authorTime: 100,
        committerName: 'Cid',
        committerEmail: 'cid@x.org',
        committerTime: 200,
        message: 'Häll\u00f6 🚀\n\nbody',
      },
      expect.objectContaining({ sha: SHA_B, parents: [], message: 'A\uFFFDB' }),
    ]);
  });

  it('gives the same result whatever the chunk boundaries', async () => {
    const whole = new GitLogParser().push(output);
    for (const size of [1, 2, 3, 7, 41, 64]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < output.length; i += size) {
        chunks.push(output.subarray(i, i + size));
      }
      const commits = [];
      for await (const commit of parseGitLog(Readable.from(chunks))) {
        commits.push(commit);
      }
      expect(commits).toEqual(whole);
    }
  });

  it('complains about output that ends inside a record', () => {
    const parser = new GitLogParser();
    parser.push(output.subarray(0, 50));
    expect(() => parser.end()).toThrow(/ended in the middle of a commit/);
  });

  it('complains about output in another format', () => {
    expect(() =>
      new GitLogParser().push(Buffer.from('x\0'.repeat(10))),
    ).toThrow(/'x' is not a commit id/);
  });
});

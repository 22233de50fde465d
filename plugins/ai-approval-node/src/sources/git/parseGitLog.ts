/**
 * Incremental parser of `git log -z` output in {@link GIT_LOG_FORMAT}: every
 * field ends with a NUL byte (`%x00` between fields, `-z` after the last), a
 * record is a fixed number of fields, and the message is the last field.
 * Bytes are split before they are decoded, so a UTF-8 sequence cut by a chunk
 * boundary survives, and non-UTF-8 bytes become U+FFFD instead of an error.
 */

/** One commit as printed by `git log`. @public */
export interface GitLogCommit {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  /** seconds since the epoch */
  authorTime: number;
  committerName: string;
  committerEmail: string;
  /** seconds since the epoch */
  committerTime: number;
  /** full message as stored, trailing whitespace removed */
  message: string;
}

const FIELDS = ['%H', '%P', '%an', '%ae', '%at', '%cn', '%ce', '%ct', '%B'];

/**
 * The `git log` arguments whose output {@link GitLogParser} reads: pass them
 * together with `-z`.
 *
 * @public
 */
export const GIT_LOG_FORMAT = `--format=${FIELDS.join('%x00')}`;

const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * Turns chunks of `git log -z` output into commits, keeping only the
 * unfinished field of the current record between chunks.
 *
 * @public
 */
export class GitLogParser {
  private fields: string[] = [];
  private partial: Buffer[] = [];

  /** Parses a chunk; returns the commits it completed. */
  push(chunk: Buffer): GitLogCommit[] {
    const commits: GitLogCommit[] = [];
    let start = 0;
    for (;;) {
      const end = chunk.indexOf(0, start);
      if (end < 0) {
        if (start < chunk.length) {
          this.partial.push(chunk.subarray(start));
        }
        return commits;
      }
      this.fields.push(this.decode(chunk, start, end));
      start = end + 1;
      if (this.fields.length === FIELDS.length) {
        commits.push(toCommit(this.fields));
        this.fields = [];
      }
    }
  }

  /** Checks that the output ended on a record boundary. */
  end(): void {
    if (this.fields.length > 0 || this.partial.length > 0) {
      throw new Error(
        'git log output ended in the middle of a commit record; was git interrupted?',
      );
    }
  }

  private decode(chunk: Buffer, start: number, end: number): string {
    if (this.partial.length === 0) {
      return chunk.toString('utf8', start, end);
    }
    this.partial.push(chunk.subarray(start, end));
    const text = Buffer.concat(this.partial).toString('utf8');
    this.partial = [];
    return text;
  }
}

function toCommit(fields: string[]): GitLogCommit {
  const [sha, parents, an, ae, at, cn, ce, ct, message] = fields;
  if (!OBJECT_ID.test(sha)) {
    throw new Error(
      `Unexpected git log output: '${sha.slice(0, 80)}' is not a commit id`,
    );
  }
  return {
    sha,
    parents: parents ? parents.split(' ') : [],
    authorName: an,
    authorEmail: ae,
    authorTime: Number(at),
    committerName: cn,
    committerEmail: ce,
    committerTime: Number(ct),
    message: message.trimEnd(),
  };
}

/**
 * Parses a whole stream of `git log -z` output, one commit at a time.
 *
 * @public
 */
export async function* parseGitLog(
  stream: AsyncIterable<Buffer>,
): AsyncGenerator<GitLogCommit> {
  const parser = new GitLogParser();
  for await (const chunk of stream) {
    yield* parser.push(chunk);
  }
  parser.end();
}

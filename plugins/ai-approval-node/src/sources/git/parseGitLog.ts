/**
 * Incremental parser of `git log -z` output in {@link GIT_LOG_FORMAT}: every
 * field ends with a NUL byte (`%x00` between fields, `-z` after the last), a
 * record is a fixed number of fields, and the message is the last field.
 * Bytes are split before they are decoded, so a UTF-8 sequence cut by a chunk
 * boundary survives, and non-UTF-8 bytes become U+FFFD instead of an error.
 * Messages cannot contain NUL bytes (git stops printing a message there).
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
  /** the git note the log was asked to show (`refs/notes/ai`), if any */
  note?: string;
}

/** `%N` is empty unless the log is given a notes ref (`--notes=<ref>`). */
const FIELDS = [
  '%H',
  '%P',
  '%an',
  '%ae',
  '%at',
  '%cn',
  '%ce',
  '%ct',
  '%N',
  '%B',
];

/**
 * The `git log` arguments whose output {@link GitLogParser} reads: pass them
 * together with `-z`.
 *
 * @public
 */
export const GIT_LOG_FORMAT = `--format=${FIELDS.join('%x00')}`;

const FIELD_COUNT = FIELDS.length;

/**
 * Turns chunks of `git log -z` output into commits. Each record is decoded
 * in two pieces: the short header fields (sha, parents, names, dates) and the
 * message. Decoding a whole chunk at once would be fewer calls, but every
 * string split from it would keep the whole chunk alive (V8 slices share
 * their parent), and one emoji in a chunk would make all its strings
 * two-byte; per-record pieces keep both small. Only the bytes of the
 * unfinished record are kept for the next chunk.
 *
 * @public
 */
export class GitLogParser {
  /** bytes of the unfinished record, and how many NULs (fields) they hold */
  private pending: Buffer[] = [];
  private pendingFields = 0;

  /** Parses a chunk; returns the commits it completed. */
  push(chunk: Buffer): GitLogCommit[] {
    const commits: GitLogCommit[] = [];
    let pos = 0;
    if (this.pending.length > 0) {
      let fields = this.pendingFields;
      let at = -1;
      while (fields < FIELD_COUNT) {
        at = chunk.indexOf(0, at + 1);
        if (at < 0) {
          this.pending.push(chunk);
          this.pendingFields = fields;
          return commits;
        }
        fields += 1;
      }
      const record = Buffer.concat([...this.pending, chunk.subarray(0, at)]);
      this.pending = [];
      commits.push(parseRecord(record, 0, record.length));
      pos = at + 1;
    }
    while (pos < chunk.length) {
      let at = pos - 1;
      let fields = 0;
      let headerEnd = -1;
      while (fields < FIELD_COUNT) {
        at = chunk.indexOf(0, at + 1);
        if (at < 0) {
          break;
        }
        fields += 1;
        if (fields === FIELD_COUNT - 1) {
          headerEnd = at;
        }
      }
      if (fields < FIELD_COUNT) {
        this.pending = [chunk.subarray(pos)];
        this.pendingFields = fields;
        break;
      }
      commits.push(toCommit(chunk, pos, headerEnd, at));
      pos = at + 1;
    }
    return commits;
  }

  /** Checks that the output ended on a record boundary. */
  end(): void {
    if (this.pending.length > 0) {
      throw new Error(
        'git log output ended in the middle of a commit record; was git interrupted?',
      );
    }
  }
}

/** A record assembled from several chunks: `end` is its final NUL. */
function parseRecord(buffer: Buffer, start: number, end: number) {
  let headerEnd = start - 1;
  for (let field = 0; field < FIELD_COUNT - 1; field++) {
    headerEnd = buffer.indexOf(0, headerEnd + 1);
  }
  return toCommit(buffer, start, headerEnd, end);
}

function toCommit(
  buffer: Buffer,
  start: number,
  headerEnd: number,
  end: number,
): GitLogCommit {
  const header = buffer.toString('utf8', start, headerEnd).split('\0');
  const sha = header[0];
  if (sha.length !== 40 && sha.length !== 64) {
    throw new Error(
      `Unexpected git log output: '${sha.slice(0, 80)}' is not a commit id`,
    );
  }
  const commit: GitLogCommit = {
    sha,
    parents: header[1] ? header[1].split(' ') : [],
    authorName: header[2],
    authorEmail: header[3],
    authorTime: Number(header[4]),
    committerName: header[5],
    committerEmail: header[6],
    committerTime: Number(header[7]),
    message: buffer.toString('utf8', headerEnd + 1, end).trimEnd(),
  };
  const note = header[8]?.trimEnd();
  if (note) {
    commit.note = note;
  }
  return commit;
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

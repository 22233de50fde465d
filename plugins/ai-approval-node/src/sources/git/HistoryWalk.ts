import { LandedCommits, MainlineGrouper } from './MainlineGrouper';
import { MainlineList } from './MainlineList';
import { GIT_LOG_FORMAT, GitLogParser } from './parseGitLog';
import {
  GitCommandError,
  GitProcess,
  spawnGit,
  toGitStartError,
} from './runGit';

/** Where line-attribution notes live (git-ai; Agent Trace as notes). */
export const AI_NOTES_REF = 'refs/notes/ai';

/** Mainline commits in the first segment; later ones grow up to the cap. */
const SEGMENTS = { first: 512, max: 4096 };

interface Segment {
  log: GitProcess;
  /** its newest commit */
  tip: string;
  /** mainline position of its newest commit */
  start: number;
  /** first mainline position after this segment; undefined for the last */
  end?: number;
}

/**
 * One pass over a range of history, streamed.
 *
 * `git log -z --topo-order` prints every commit with its message, children
 * before parents, which is what lets {@link MainlineGrouper} attribute each
 * side commit to the merge that brought it in while the output streams. But
 * without a commit-graph git prints nothing until it has walked the whole
 * range, a fifth of a second for 20,000 commits during which the scan would
 * idle. So the range is cut along the first-parent chain (listed by one
 * `git rev-list --first-parent`, {@link MainlineList}) into segments
 * `M[a] ^M[b]` of 512, 1024, 3072, then 4096 mainline commits; each segment's
 * `git log` starts while the previous one is being read, so git walks ahead
 * and the scan never waits. A segment holds exactly the changes that landed
 * in it, with their side commits however old (the oldest mainline commit
 * that reaches a commit owns it). A dozen processes for 100,000 commits;
 * never one per commit or per merge. Of the chain itself only a window around
 * the segments in use is kept.
 *
 * Why not the alternatives: a `--first-parent` log plus one `git log A..B`
 * per merge costs a process per merge; the default (date) order streams
 * without the up-front walk, but a commit with a skewed clock can then come
 * before one of its children and be handed to the wrong merge.
 */
export class HistoryWalk {
  private readonly mainline: MainlineList;
  /** segment sizes in mainline commits */
  private readonly sizes: { first: number; max: number };
  private readonly running: Segment[] = [];

  /**
   * @param tip - the newest commit of the range
   * @param boundary - the first mainline commit below the range, if any
   */
  constructor(
    private readonly tip: string,
    private readonly boundary: string | undefined,
    private readonly options: {
      cwd: string;
      signal?: AbortSignal;
      /** segment sizes in mainline commits (tests use tiny ones) */
      segments?: { first: number; max: number };
    },
  ) {
    this.sizes = options.segments ?? SEGMENTS;
    this.mainline = new MainlineList(boundary ? [tip, `^${boundary}`] : [tip], {
      cwd: options.cwd,
      signal: options.signal,
      // the segment being read and the next one: twice the largest
      // segment, and as much again so git never waits on the list
      keepAhead: 4 * this.sizes.max,
    });
  }

  /** The changes that landed, newest first, in batches as git prints them. */
  async *landed(): AsyncGenerator<LandedCommits[]> {
    let segment: Segment | undefined = await this.startSegment(0);
    while (segment) {
      // start the next segment's walk before reading this one
      const next =
        segment.end === undefined ? undefined : this.startSegment(segment.end);
      next?.catch(() => {}); // awaited below; no unhandled rejection meanwhile
      yield* this.readSegment(segment);
      segment = await next;
    }
  }

  /** Ends git if the reader stopped early. */
  stop(): void {
    this.mainline.stop();
    for (const { log } of this.running) {
      if (log.child.exitCode === null && !log.child.killed) {
        log.child.kill();
      }
    }
  }

  /** Starts the segment at a mainline position; its size grows with it. */
  private async startSegment(start: number): Promise<Segment | undefined> {
    const from = start === 0 ? this.tip : await this.mainline.at(start);
    if (!from) {
      return undefined;
    }
    // each segment covers twice what came before it (up to the cap): git
    // walks a segment several times faster than the scan reads one, so it
    // stays ahead, and every process spared is a fork of this one spared
    const { first, max } = this.sizes;
    const end = start + Math.min(Math.max(first, 2 * start), max);
    const endSha = await this.mainline.at(end);
    const until = endSha ?? this.boundary;
    const log = spawnGit(
      ['log', '-z', '--topo-order', '--encoding=UTF-8', '--no-color'].concat(
        GIT_LOG_FORMAT,
        // only line-attribution notes, whatever notes.displayRef says; a
        // repository without them prints none
        ['--no-notes', `--notes=${AI_NOTES_REF}`],
        until ? [from, `^${until}`] : [from],
      ),
      { cwd: this.options.cwd, signal: this.options.signal },
    );
    const segment = { log, tip: from, start, end: endSha ? end : undefined };
    this.running.push(segment);
    return segment;
  }

  private async *readSegment(
    segment: Segment,
  ): AsyncGenerator<LandedCommits[]> {
    // no later segment starts before this one, nor has a parent after it
    this.mainline.forget(segment.start);
    const parser = new GitLogParser();
    // parents outside the segment are never printed: the groups they hold
    // back are complete when the segment ends
    const grouper = new MainlineGrouper(this.mainline, segment.tip);
    for await (const chunk of segment.log.stdout) {
      const landed: LandedCommits[] = [];
      for (const commit of parser.push(chunk as Buffer)) {
        landed.push(...grouper.push(commit));
      }
      if (landed.length > 0) {
        yield landed;
      }
    }
    await checkExit(segment.log, 'Reading the history');
    parser.end();
    yield grouper.end();
    this.running.splice(this.running.indexOf(segment), 1);
  }
}

async function checkExit(git: GitProcess, what: string) {
  let code: number;
  try {
    code = await git.exited;
  } catch (error) {
    throw toGitStartError(error, ['log']);
  }
  if (code !== 0) {
    throw new GitCommandError(
      `${what} failed: ${git.stderr() || `git exited with code ${code}`}`,
      git.stderr(),
      code,
    );
  }
}

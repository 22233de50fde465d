import { GitCommandError, GitProcess, spawnGit } from './runGit';

/**
 * The first-parent chain of a range, newest first, as `git rev-list
 * --first-parent` streams it. Readers can wait for a given position while
 * the rest is still being listed.
 *
 * Only a window of the chain is kept: positions before the one given to
 * {@link MainlineList.forget} are dropped, and listing pauses once
 * `keepAhead` positions past it are held (unless a reader waits for a later
 * one), so memory does not grow with the length of the history.
 */
export class MainlineList {
  /** the window: shas[i] is position base + i */
  private shas: string[] = [];
  private base = 0;
  /** positions not listed yet that were already forgotten */
  private skip = 0;
  private readonly members = new Set<string>();
  private readonly git: GitProcess;
  private readonly done: Promise<void>;
  private waiters: (() => void)[] = [];
  private resume?: () => void;
  private finished = false;
  private stopped = false;

  constructor(
    range: string[],
    private readonly options: {
      cwd: string;
      signal?: AbortSignal;
      /** positions listed ahead of the forgotten ones before pausing */
      keepAhead: number;
    },
  ) {
    this.git = spawnGit(['rev-list', '--first-parent', ...range], options);
    this.done = this.read();
    // failures surface through at() / complete(); avoid unhandled rejections
    this.done.catch(() => {});
  }

  /** Whether a commit is on the chain (within the window listed so far). */
  has(sha: string): boolean {
    return this.members.has(sha);
  }

  /**
   * The sha at a position, once listed; undefined past the end. Positions
   * before the window are no longer known.
   */
  async at(index: number): Promise<string | undefined> {
    if (index < this.base) {
      throw new Error(`Mainline position ${index} was already forgotten`);
    }
    while (index >= this.base + this.shas.length && !this.finished) {
      await new Promise<void>(resolve => {
        this.waiters.push(resolve);
        this.continueListing();
      });
    }
    if (index >= this.base + this.shas.length) {
      await this.done;
    }
    return this.shas[index - this.base];
  }

  /** Drops the positions before `index`: no reader asks for them again. */
  forget(index: number): void {
    const drop = Math.min(index - this.base, this.shas.length);
    if (drop > 0) {
      for (let i = 0; i < drop; i++) {
        this.members.delete(this.shas[i]);
      }
      this.shas = this.shas.slice(drop);
      this.base += drop;
    }
    if (this.shas.length === 0) {
      // what is not listed yet up to `index` is dropped as it comes
      this.skip = Math.max(this.skip, index - this.base);
    }
    this.continueListing();
  }

  /** Ends git if the reader stopped early. */
  stop(): void {
    this.stopped = true;
    this.continueListing();
    if (this.git.child.exitCode === null && !this.git.child.killed) {
      this.git.child.kill();
    }
  }

  private async read(): Promise<void> {
    let rest = '';
    try {
      for await (const chunk of this.git.stdout) {
        const lines = (rest + chunk.toString('latin1')).split('\n');
        rest = lines.pop()!;
        for (const line of lines) {
          if (this.skip > 0) {
            this.skip -= 1;
            this.base += 1;
          } else {
            this.shas.push(line);
            this.members.add(line);
          }
        }
        this.wake();
        // far enough ahead: wait (git waits on the full pipe meanwhile)
        while (
          this.shas.length > this.options.keepAhead &&
          this.waiters.length === 0 &&
          !this.stopped
        ) {
          await new Promise<void>(resolve => (this.resume = resolve));
        }
      }
      const code = await this.git.exited;
      if (code !== 0 && !this.stopped) {
        throw new GitCommandError(
          `Reading the history failed: ${
            this.git.stderr() || `git exited with code ${code}`
          }`,
          this.git.stderr(),
          code,
        );
      }
    } finally {
      this.finished = true;
      this.wake();
    }
  }

  private continueListing() {
    const resume = this.resume;
    this.resume = undefined;
    resume?.();
  }

  private wake() {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach(resolve => resolve());
  }
}

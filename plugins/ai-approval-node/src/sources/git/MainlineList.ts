import { GitCommandError, GitProcess, spawnGit } from './runGit';

/**
 * The first-parent chain of a range, newest first, as `git rev-list
 * --first-parent` streams it. Readers can wait for a given position while
 * the rest is still being listed. This is the one list kept for the whole
 * range: one sha a mainline commit.
 */
export class MainlineList {
  private readonly shas: string[] = [];
  private readonly members = new Set<string>();
  private readonly git: GitProcess;
  private readonly done: Promise<void>;
  private waiters: (() => void)[] = [];
  private finished = false;

  constructor(range: string[], options: { cwd: string; signal?: AbortSignal }) {
    this.git = spawnGit(['rev-list', '--first-parent', ...range], options);
    this.done = this.read();
    // failures surface through at() / complete(); avoid unhandled rejections
    this.done.catch(() => {});
  }

  /** Whether a commit is on the chain (as far as it has been listed). */
  has(sha: string): boolean {
    return this.members.has(sha);
  }

  /** The sha at a position, once listed; undefined past the end. */
  async at(index: number): Promise<string | undefined> {
    while (index >= this.shas.length && !this.finished) {
      await new Promise<void>(resolve => this.waiters.push(resolve));
    }
    if (index >= this.shas.length) {
      await this.done;
    }
    return this.shas[index];
  }

  /** Ends git if the reader stopped early. */
  stop(): void {
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
          this.shas.push(line);
          this.members.add(line);
        }
        this.wake();
      }
      const code = await this.git.exited;
      if (code !== 0) {
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

  private wake() {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach(resolve => resolve());
  }
}

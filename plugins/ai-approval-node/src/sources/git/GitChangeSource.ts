import { InputError } from '@backstage/errors';
import { Change } from '@internal/plugin-ai-approval-common';
import { assembleChange, AssemblyContext } from './assembleChange';
import { parseDateOption } from './dates';
import { GitRepository, GitRepositoryOpenOptions } from './GitRepository';
import { MainlineGrouper } from './MainlineGrouper';
import { GIT_LOG_FORMAT, GitLogParser } from './parseGitLog';
import { GitCommandError, spawnGit, toGitStartError } from './runGit';
import { webLocation } from './webUrls';

/** @public */
export interface GitChangeSourceOptions extends GitRepositoryOpenOptions {
  /** a local path (working tree or bare repository), or a URL to clone */
  repository: string;
  /** branch, tag or sha to scan; default HEAD (a URL's default branch) */
  ref?: string;
  /** only changes that landed at or after this time (ISO 8601 or Date) */
  since?: Date | string;
  /** only changes that landed at or before this time (ISO 8601 or Date) */
  until?: Date | string;
}

interface WalkPlan {
  repository: GitRepository;
  /** `git log` revision arguments: the tip, and `^boundary` with `since` */
  range: string[];
  limited: boolean;
  context: AssemblyContext;
}

/**
 * The changes that landed on a branch of a plain git repository, newest
 * first: PR merges, squash merges, GitLab merge requests and direct pushes,
 * with approvals from `Reviewed-by:` / `Acked-by:` / `Approved-by:` trailers.
 *
 * How it stays fast and small: one `git log -z --topo-order` process streams
 * every commit of the range with its message, and a byte-level parser feeds
 * {@link MainlineGrouper}, which attributes side commits to the merge that
 * brought them in while the walk goes on. Two cheap `git rev-list` runs, in
 * parallel with the log, provide the first-parent chain (the only thing kept
 * for the whole range, 40 bytes a mainline commit) and, for `since`, the
 * commits just outside the range. No process per commit or per merge, and no
 * message is kept once its change has been handed out, so memory does not
 * grow with the length of the history.
 *
 * @public
 */
export class GitChangeSource implements AsyncIterable<Change> {
  private readonly since?: Date;
  private readonly until?: Date;

  /** @throws InputError for a date that cannot be read */
  constructor(private readonly options: GitChangeSourceOptions) {
    this.since = parseDateOption(options.since, 'since');
    this.until = parseDateOption(options.until, 'until');
    if (this.since && this.until && this.since > this.until) {
      throw new InputError(
        `The since date ${this.since.toISOString()} is after the until date ${this.until.toISOString()}`,
      );
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<Change> {
    return this.changes();
  }

  /** Streams the changes; opens (clones or fetches) the repository first. */
  async *changes(): AsyncGenerator<Change> {
    this.options.signal?.throwIfAborted();
    const plan = await this.plan();
    if (!plan) {
      return;
    }
    const { repository, range, limited, context } = plan;
    const options = { cwd: repository.dir, signal: this.options.signal };
    const log = spawnGit(
      ['log', '-z', '--topo-order', '--encoding=UTF-8', '--no-color'].concat(
        GIT_LOG_FORMAT,
        range,
      ),
      options,
    );
    try {
      // the first-parent chain (and the range's boundary) are listed while
      // git log does its topological walk, which prints nothing until done
      const [mainline, excluded] = await Promise.all([
        collectShas(['rev-list', '--first-parent', ...range], options),
        limited
          ? collectShas(['rev-list', '--boundary', ...range], options, '-')
          : new Set<string>(),
      ]);
      const grouper = new MainlineGrouper(mainline, excluded);
      const parser = new GitLogParser();
      for await (const chunk of log.stdout) {
        for (const commit of parser.push(chunk as Buffer)) {
          for (const group of grouper.push(commit)) {
            if (this.landedInWindow(group.landing.committerTime)) {
              yield assembleChange(group, context);
            }
          }
        }
      }
      await checkExit(log, 'Reading the history');
      parser.end();
      for (const group of grouper.end()) {
        if (this.landedInWindow(group.landing.committerTime)) {
          yield assembleChange(group, context);
        }
      }
    } finally {
      if (log.child.exitCode === null && !log.child.killed) {
        log.child.kill();
      }
    }
  }

  private async plan(): Promise<WalkPlan | undefined> {
    const { repository: location, ref, cacheDir, signal } = this.options;
    const repository = await GitRepository.open(location, { cacheDir, signal });
    const resolved = await repository.resolveRef(ref);
    const tip = this.until
      ? await repository.firstParentAtOrBefore(resolved.sha, this.until)
      : resolved.sha;
    if (!tip) {
      return undefined;
    }
    // the newest mainline commit older than `since` bounds the walk; a side
    // branch forked before it is still walked up to that commit's history
    const boundary = this.since
      ? await repository.firstParentAtOrBefore(
          tip,
          new Date(Math.ceil(this.since.getTime() / 1000) * 1000 - 1000),
        )
      : undefined;
    return {
      repository,
      range: boundary ? [tip, `^${boundary}`] : [tip],
      limited: Boolean(boundary),
      context: {
        branch: resolved.branch,
        web: webLocation(repository.remoteUrl),
      },
    };
  }

  private landedInWindow(seconds: number): boolean {
    const time = seconds * 1000;
    return (
      (!this.since || time >= this.since.getTime()) &&
      (!this.until || time <= this.until.getTime())
    );
  }
}

async function checkExit(git: ReturnType<typeof spawnGit>, what: string) {
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

/**
 * Streams a `git rev-list` into a set of shas; with `prefix`, keeps only the
 * lines that start with it (`-` marks `--boundary` commits).
 */
async function collectShas(
  args: string[],
  options: { cwd: string; signal?: AbortSignal },
  prefix?: string,
): Promise<Set<string>> {
  const git = spawnGit(args, options);
  const shas = new Set<string>();
  let rest = '';
  for await (const chunk of git.stdout) {
    const lines = (rest + chunk.toString('latin1')).split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      if (!prefix) {
        shas.add(line);
      } else if (line.startsWith(prefix)) {
        shas.add(line.slice(prefix.length));
      }
    }
  }
  await checkExit(git, 'Reading the history');
  return shas;
}

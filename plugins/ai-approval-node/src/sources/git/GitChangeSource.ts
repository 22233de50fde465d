import { InputError } from '@backstage/errors';
import {
  Change,
  subjectOf,
} from '@ai-approval/backstage-plugin-ai-approval-common/domain';
import { assembleChanges, AssemblyContext } from './assembleChange';
import { parseDateOption } from './dates';
import { GitRepository, GitRepositoryOpenOptions } from './GitRepository';
import { HistoryWalk } from './HistoryWalk';
import { NotedLineCounter } from './NotedLineCounter';
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
  /**
   * Told what a person should know about the scan without it failing: that
   * the repository is a shallow clone, whose history stops early.
   */
  warn?: (message: string) => void;
}

/**
 * The subject of GitHub's trial merge of a pull request into its base
 * (`refs/pull/N/merge`), which CI checks out for pull-request events.
 */
const TRIAL_MERGE = /^Merge [0-9a-f]{40} into [0-9a-f]{40}$/;

interface WalkPlan {
  repository: GitRepository;
  /** newest commit of the range */
  tip: string;
  /** with `since`: the first mainline commit below the range */
  boundary?: string;
  context: AssemblyContext;
}

/**
 * The changes that landed on a branch of a plain git repository, newest
 * first: PR merges, squash merges, GitLab merge requests and direct pushes,
 * with approvals from `Reviewed-by:` / `Acked-by:` / `Approved-by:` trailers.
 *
 * The history is streamed by `git log --topo-order`, one process per
 * segment of up to 4096 mainline commits (`HistoryWalk`); no process
 * is started per commit or per merge, and no message is kept once its
 * change has been handed out, so memory does not grow with the length of
 * the history.
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
    for await (const batch of this.changeBatches()) {
      for (const change of batch) {
        yield change;
        this.options.signal?.throwIfAborted();
      }
    }
  }

  /**
   * The same changes as {@link GitChangeSource.changes}, in batches as git
   * prints them (a few dozen at a time): for consumers that handle many
   * changes, one asynchronous step per batch instead of per change.
   */
  async *changeBatches(): AsyncGenerator<Change[]> {
    const signal = this.options.signal;
    signal?.throwIfAborted();
    const plan = await this.plan();
    if (!plan) {
      return;
    }
    const walk = new HistoryWalk(plan.tip, plan.boundary, {
      cwd: plan.repository.dir,
      signal,
    });
    const counter = new NotedLineCounter(plan.repository);
    let newest = true;
    try {
      for await (const landed of walk.landed()) {
        if (newest && landed.length > 0) {
          newest = false;
          this.warnIfTrialMerge(landed[0].landing);
        }
        const batch: Change[] = [];
        for (const group of landed) {
          if (this.landedInWindow(group.landing.committerTime)) {
            assembleChanges(group, plan.context, undefined, batch);
          }
        }
        if (batch.length > 0) {
          for (const ready of await counter.add(batch)) {
            yield ready;
            signal?.throwIfAborted();
          }
        }
      }
      for (const ready of await counter.flush()) {
        yield ready;
      }
    } finally {
      walk.stop();
    }
  }

  private async plan(): Promise<WalkPlan | undefined> {
    const { repository: location, ref, cacheDir, signal } = this.options;
    const { repository, resolved } = await GitRepository.openAndResolve(
      location,
      ref,
      { cacheDir, signal },
    );
    if (repository.shallow) {
      this.options.warn?.(
        `${repository.displayName} is a shallow clone: only the changes in the commits it holds are scanned. ` +
          `Fetch the whole history first ('git fetch --unshallow', or 'fetch-depth: 0' for actions/checkout).`,
      );
    }
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
      tip,
      boundary,
      context: {
        branch: resolved.branch,
        web: webLocation(repository.remoteUrl),
      },
    };
  }

  /** A trial merge is on no branch: it would count as a direct push. */
  private warnIfTrialMerge(tip: { sha: string; message: string }) {
    const subject = subjectOf(tip.message);
    if (TRIAL_MERGE.test(subject)) {
      this.options.warn?.(
        `The newest commit ${tip.sha.slice(
          0,
          7,
        )} is GitHub's trial merge of a pull request ('${subject}'), ` +
          'which CI checks out for pull-request events: it is on no branch and counts as a direct push. ' +
          'Scan the base branch instead (--branch main, say).',
      );
    }
  }

  private landedInWindow(seconds: number): boolean {
    const time = seconds * 1000;
    return (
      (!this.since || time >= this.since.getTime()) &&
      (!this.until || time <= this.until.getTime())
    );
  }
}

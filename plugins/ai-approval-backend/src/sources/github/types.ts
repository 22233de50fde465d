import {
  Change,
  OpenChange,
} from '@ai-approval/backstage-plugin-ai-approval-common';

/**
 * A GitHub repository; `host` selects the `integrations.github` entry
 * (`github.com` or a GitHub Enterprise host).
 * @public
 */
export interface GithubRepositoryRef {
  host: string;
  owner: string;
  name: string;
}

/** @public */
export interface ReadMergedPullRequestsOptions {
  /**
   * Exclusive: read only pull requests updated after this ISO time, normally
   * the newest `updatedAt` the previous sync stored. Omit for a backfill.
   */
  updatedSince?: string;
  /** Pull requests merged before this ISO time are ignored (inclusive bound). */
  backfillSince: string;
  signal?: AbortSignal;
}

/** @public */
export interface MergedPullRequest {
  change: Change;
  /** the pull request's `updatedAt`, to be kept as the next `updatedSince` */
  updatedAt: string;
}

/** @public */
export interface ReadOpenPullRequestsOptions {
  /**
   * Exclusive: read only pull requests updated after this ISO time, and
   * closed ones too; omit to read every open pull request.
   */
  updatedSince?: string;
  signal?: AbortSignal;
}

/**
 * A pull request of the open read: open (with the change to judge), or
 * closed without merging since the last read (it leaves the open set).
 * @public
 */
export interface OpenPullRequestRead {
  number: number;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  updatedAt: string;
  change?: OpenChange;
}

/** @public */
export interface ReadDirectPushesOptions {
  /** ISO time of the oldest commit to read (by committer date) */
  since: string;
  /** branch to read; the repository's default branch when omitted */
  branch?: string;
  signal?: AbortSignal;
}

/**
 * What one read cost: HTTP requests sent (retries included) and GraphQL
 * points charged (the sum of `rateLimit.cost`), plus the last known budget.
 * @public
 */
export interface GithubApiStats {
  requests: number;
  points: number;
  rateLimitRemaining?: number;
  rateLimitResetAt?: string;
  /**
   * The default branch's head commit, seen by the first page of merged pull
   * requests: when it has not moved, there are no new direct pushes to read.
   */
  defaultBranchHead?: string;
}

/**
 * The result of a read: iterate it with `for await`; `stats` is updated as
 * requests are made and is final once the iteration ends.
 * @public
 */
export interface GithubRead<T> extends AsyncIterable<T> {
  readonly stats: GithubApiStats;
}

/**
 * What one cheap look tells of a repository: its default-branch head and
 * the newest `updatedAt` of its pull requests (any state), or why it
 * could not be read.
 * @public
 */
export interface RepositoryState {
  head?: string;
  pullsUpdatedAt?: string;
  error?: string;
}

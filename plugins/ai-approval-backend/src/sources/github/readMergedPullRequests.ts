import { RawPullRequest } from './graphqlTypes';
import { toChange } from './mapChange';
import { INNER_CONNECTIONS, MERGED_PULL_REQUESTS_QUERY } from './queries';
import { bestPageSize } from './queryCost';
import { ReadContext } from './ReadContext';
import { PageDecision, readPullRequestPages } from './readPullRequestPages';
import { MergedPullRequest, ReadMergedPullRequestsOptions } from './types';

/** 49: the page size that reads the most pull requests per point. */
export const PULL_REQUEST_PAGE_SIZE = bestPageSize(INNER_CONNECTIONS);

/**
 * Pages are ordered by `updatedAt` descending, so the first pull request
 * older than the window ends the read; one merged before the backfill
 * horizon but updated since is skipped.
 */
export function decide(
  pr: Pick<RawPullRequest, 'updatedAt' | 'mergedAt'>,
  options: ReadMergedPullRequestsOptions,
): PageDecision {
  const updated = Date.parse(pr.updatedAt);
  const horizon = Date.parse(options.backfillSince);
  if (updated < horizon) {
    return 'stop';
  }
  if (options.updatedSince && updated <= Date.parse(options.updatedSince)) {
    return 'stop';
  }
  if (!pr.mergedAt || Date.parse(pr.mergedAt) < horizon) {
    return 'skip';
  }
  return 'include';
}

/** Reads merged pull requests, newest update first (see `readPullRequestPages`). */
export function readMergedPullRequests(
  ctx: ReadContext,
  options: ReadMergedPullRequestsOptions,
): AsyncGenerator<MergedPullRequest> {
  return readPullRequestPages<RawPullRequest, MergedPullRequest>(ctx, {
    query: MERGED_PULL_REQUESTS_QUERY,
    pageSize: PULL_REQUEST_PAGE_SIZE,
    decide: pr => decide(pr, options),
    toResult: (pr, initiator) => ({
      change: toChange(pr, initiator),
      updatedAt: pr.updatedAt,
    }),
  });
}

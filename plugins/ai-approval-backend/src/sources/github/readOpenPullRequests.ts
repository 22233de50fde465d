import { RawOpenPullRequest } from './graphqlTypes';
import { toOpenChange } from './mapOpenChange';
import { OPEN_INNER_CONNECTIONS, OPEN_PULL_REQUESTS_QUERY } from './queries';
import { bestPageSize } from './queryCost';
import { ReadContext } from './ReadContext';
import { readPullRequestPages } from './readPullRequestPages';
import { OpenPullRequestRead, ReadOpenPullRequestsOptions } from './types';

/** 29: the page size that reads the most open pull requests per point. */
export const OPEN_PULL_REQUEST_PAGE_SIZE = bestPageSize(OPEN_INNER_CONNECTIONS);

/**
 * Reads the open pull requests updated after `updatedSince`, and the ones
 * closed since (so they leave the open set); every open one when there is
 * no `updatedSince`. Merged ones are the merged read's.
 */
export function readOpenPullRequests(
  ctx: ReadContext,
  options: ReadOpenPullRequestsOptions,
): AsyncGenerator<OpenPullRequestRead> {
  const since = options.updatedSince ? Date.parse(options.updatedSince) : NaN;
  return readPullRequestPages<RawOpenPullRequest, OpenPullRequestRead>(ctx, {
    query: OPEN_PULL_REQUESTS_QUERY,
    variables: { states: options.updatedSince ? ['OPEN', 'CLOSED'] : ['OPEN'] },
    pageSize: OPEN_PULL_REQUEST_PAGE_SIZE,
    decide: pr => (Date.parse(pr.updatedAt) <= since ? 'stop' : 'include'),
    inlineTimeline: pr => pr.timelineItems.nodes,
    toResult: (pr, initiator) => ({
      number: pr.number,
      state: pr.state,
      updatedAt: pr.updatedAt,
      ...(pr.state === 'OPEN' ? { change: toOpenChange(pr, initiator) } : {}),
    }),
  });
}

import { AdaptivePageSize, withTimeoutRetries } from './AdaptivePageSize';
import { FollowUpBatcher } from './FollowUpBatcher';
import { RawPage, RawPullRequest } from './graphqlTypes';
import { PendingPullRequest } from './PendingPullRequest';
import { INNER_CONNECTIONS, MERGED_PULL_REQUESTS_QUERY } from './queries';
import { bestPageSize } from './queryCost';
import { ReadContext } from './ReadContext';
import { MergedPullRequest, ReadMergedPullRequestsOptions } from './types';

/** 49: the page size that reads the most pull requests per point. */
export const PULL_REQUEST_PAGE_SIZE = bestPageSize(INNER_CONNECTIONS);

type Decision = 'include' | 'skip' | 'stop';

/**
 * Pages are ordered by `updatedAt` descending, so the first pull request
 * older than the window ends the read; one merged before the backfill
 * horizon but updated since is skipped.
 */
export function decide(
  pr: Pick<RawPullRequest, 'updatedAt' | 'mergedAt'>,
  options: ReadMergedPullRequestsOptions,
): Decision {
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

async function fetchPage(
  ctx: ReadContext,
  size: AdaptivePageSize,
  after: string | null,
) {
  const { owner, name } = ctx.repo;
  const data = await withTimeoutRetries(
    size,
    first =>
      ctx.client.query<{
        repository: {
          defaultBranchRef: { target: { oid: string } | null } | null;
          pullRequests: RawPage<RawPullRequest>;
        };
      }>(MERGED_PULL_REQUESTS_QUERY, { owner, name, first, after }),
    ctx.retry,
  );
  ctx.stats.defaultBranchHead ??=
    data.repository.defaultBranchRef?.target?.oid ?? undefined;
  return data.repository.pullRequests;
}

/**
 * Reads merged pull requests, newest update first. Complete pull requests
 * are yielded as their page arrives; those needing follow-up queries (long
 * inner lists, an agent's initiator) are completed in batches and yielded
 * later, so callers must not assume a strict `updatedAt` order.
 */
export async function* readMergedPullRequests(
  ctx: ReadContext,
  options: ReadMergedPullRequestsOptions,
): AsyncGenerator<MergedPullRequest> {
  const size = new AdaptivePageSize(PULL_REQUEST_PAGE_SIZE);
  const followUps = new FollowUpBatcher(ctx.client, ctx.retry, ctx.logger);
  let after: string | null = null;
  for (let done = false; !done; ) {
    const page = await fetchPage(ctx, size, after);
    for (const node of page.nodes) {
      const decision = decide(node, options);
      done = decision === 'stop';
      if (done) {
        break;
      }
      if (decision === 'skip') {
        continue;
      }
      const pr = new PendingPullRequest(node, ctx.isAgent);
      if (pr.complete) {
        yield pr.result();
      } else {
        followUps.add(pr);
      }
    }
    if (followUps.full) {
      yield* followUps.drain();
    }
    done = done || !page.pageInfo.hasNextPage;
    after = page.pageInfo.endCursor;
  }
  yield* followUps.drain();
}

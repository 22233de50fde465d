import { AdaptivePageSize, withTimeoutRetries } from './AdaptivePageSize';
import { FollowUpBatcher } from './FollowUpBatcher';
import { RawPage, RawPullRequest, RawTimelineItem } from './graphqlTypes';
import { PendingPullRequest, PullRequestMapper } from './PendingPullRequest';
import { ReadContext } from './ReadContext';

/** What to do with a pull request of a page ordered by `updatedAt` descending. */
export type PageDecision = 'include' | 'skip' | 'stop';

/** One kind of pull-request read: its query and what to keep. */
export interface PullRequestPages<R extends RawPullRequest, T> {
  query: string;
  /** variables besides owner, name, first and after */
  variables?: Record<string, unknown>;
  pageSize: number;
  decide(pr: R): PageDecision;
  toResult: PullRequestMapper<R, T>;
  /** the timeline the page brought along, when it did */
  inlineTimeline?(pr: R): RawTimelineItem[];
}

async function fetchPage<R extends RawPullRequest>(
  ctx: ReadContext,
  read: PullRequestPages<R, unknown>,
  size: AdaptivePageSize,
  after: string | null,
) {
  const { owner, name } = ctx.repo;
  const data = await withTimeoutRetries(
    size,
    first =>
      ctx.client.query<{
        repository: {
          defaultBranchRef?: { target: { oid: string } | null } | null;
          pullRequests: RawPage<R>;
        };
      }>(read.query, { ...read.variables, owner, name, first, after }),
    ctx.retry,
  );
  ctx.stats.defaultBranchHead ??=
    data.repository.defaultBranchRef?.target?.oid ?? undefined;
  return data.repository.pullRequests;
}

/**
 * Reads pages of pull requests, newest update first, until `decide` says
 * stop. Complete pull requests are yielded as their page arrives; those
 * needing follow-up queries (long inner lists, an agent's initiator) are
 * completed in batches and yielded later, so callers must not assume a
 * strict `updatedAt` order.
 */
export async function* readPullRequestPages<R extends RawPullRequest, T>(
  ctx: ReadContext,
  read: PullRequestPages<R, T>,
): AsyncGenerator<T> {
  const size = new AdaptivePageSize(read.pageSize);
  const followUps = new FollowUpBatcher<T>(ctx.client, ctx.retry, ctx.logger);
  let after: string | null = null;
  for (let done = false; !done; ) {
    const page: RawPage<R> = await fetchPage(ctx, read, size, after);
    for (const node of page.nodes) {
      const decision = read.decide(node);
      done = decision === 'stop';
      if (done) {
        break;
      }
      if (decision === 'skip') {
        continue;
      }
      const timeline = read.inlineTimeline?.(node);
      const pr = new PendingPullRequest(
        node,
        ctx.isAgent,
        read.toResult,
        timeline,
      );
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

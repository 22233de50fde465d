import { Change } from '@ai-approval/backstage-plugin-ai-approval-common';
import { AdaptivePageSize, withTimeoutRetries } from './AdaptivePageSize';
import { GithubApiError } from './errors';
import { RawHistoryCommit, RawPage } from './graphqlTypes';
import { toDirectPush } from './mapChange';
import { directPushesQuery } from './queries';
import { ReadContext } from './ReadContext';
import { ReadDirectPushesOptions } from './types';

/** History pages: 1 + 100 requests (the associated pull requests) = 1 point. */
export const HISTORY_PAGE_SIZE = 100;

interface HistoryData {
  repository: {
    branch: {
      name: string;
      target: { history?: RawPage<RawHistoryCommit> } | null;
    } | null;
  };
}

async function fetchHistory(
  ctx: ReadContext,
  size: AdaptivePageSize,
  options: ReadDirectPushesOptions,
  after: string | null,
) {
  const { owner, name } = ctx.repo;
  const variables: Record<string, unknown> = {
    owner,
    name,
    since: options.since,
    after,
  };
  if (options.branch) {
    variables.qualifiedName = `refs/heads/${options.branch.replace(
      /^refs\/heads\//,
      '',
    )}`;
  }
  const query = directPushesQuery(Boolean(options.branch));
  const data = await withTimeoutRetries(
    size,
    first => ctx.client.query<HistoryData>(query, { ...variables, first }),
    ctx.retry,
  );
  const branch = data.repository.branch;
  if (!branch) {
    const which = options.branch
      ? `branch ${options.branch}`
      : 'a default branch';
    throw new GithubApiError(
      `${owner}/${name} on ${ctx.repo.host} has no ${which}`,
    );
  }
  return (
    branch.target?.history ?? {
      pageInfo: { hasNextPage: false, endCursor: null },
      nodes: [],
    }
  );
}

/**
 * Reads commits on the default branch (or `branch`) since a date and yields
 * those that no merged pull request brought in, as `direct_push` changes.
 */
export async function* readDirectPushes(
  ctx: ReadContext,
  options: ReadDirectPushesOptions,
): AsyncGenerator<Change> {
  const size = new AdaptivePageSize(HISTORY_PAGE_SIZE);
  let after: string | null = null;
  for (let more = true; more; ) {
    const page = await fetchHistory(ctx, size, options, after);
    for (const commit of page.nodes) {
      if (!commit.associatedPullRequests.nodes.some(pr => pr.merged)) {
        yield toDirectPush(commit, commit.url);
      }
    }
    more = page.pageInfo.hasNextPage;
    after = page.pageInfo.endCursor;
  }
}

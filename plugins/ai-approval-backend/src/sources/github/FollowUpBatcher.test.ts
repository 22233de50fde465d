import { mockServices } from '@backstage/backend-test-utils';
import { GithubTimeoutError } from './errors';
import { agentMatcher } from './findInitiator';
import { FollowUpBatcher } from './FollowUpBatcher';
import { GithubGraphqlClient } from './GithubGraphqlClient';
import { RawPullRequest } from './graphqlTypes';
import { toChange } from './mapChange';
import { PendingPullRequest } from './PendingPullRequest';
import { MergedPullRequest } from './types';

const page = <T>(nodes: T[], hasNextPage = false) => ({
  pageInfo: { hasNextPage, endCursor: hasNextPage ? 'c1' : null },
  nodes,
});

function rawPullRequest(
  number: number,
  options: { agent?: boolean; moreCommits?: boolean },
): RawPullRequest {
  return {
    id: `PR_${number}`,
    number,
    title: `Change ${number}`,
    url: `https://github.com/acme/service/pull/${number}`,
    body: '',
    updatedAt: '2025-06-01T00:00:00Z',
    mergedAt: '2025-06-01T00:00:00Z',
    headRefName: 'feature',
    baseRefName: 'main',
    headRefOid: 'a'.repeat(40),
    mergeCommit: { oid: 'b'.repeat(40) },
    author: options.agent
      ? { __typename: 'Bot', login: 'copilot-swe-agent', databaseId: 198982749 }
      : { __typename: 'User', login: 'ada', databaseId: 1 },
    labels: page([]),
    reviews: page([]),
    commits: page([], options.moreCommits),
  };
}

/** A client on which every query that asks for `failing` times out. */
function clientFailingOn(failing: RegExp) {
  const queries: string[] = [];
  const client = {
    query: async (query: string) => {
      queries.push(query);
      if (failing.test(query)) {
        throw new GithubTimeoutError('Something went wrong');
      }
      const data: Record<string, unknown> = {};
      for (const alias of query.match(/\bf\d+(?=: node)/g) ?? []) {
        data[alias] = /timelineItems/.test(query)
          ? { timelineItems: { nodes: [] } }
          : { commits: page([]) };
      }
      return data;
    },
  } as unknown as GithubGraphqlClient;
  return { client, queries };
}

const retry = {
  maxAttempts: 3,
  sleep: async () => {},
  random: () => 0.5,
};
const isAgent = agentMatcher(['copilot-swe-agent']);
const pending = (pr: RawPullRequest) =>
  new PendingPullRequest(pr, isAgent, (raw, initiator) => ({
    change: toChange(raw, initiator),
    updatedAt: raw.updatedAt,
  }));

async function drain(batcher: FollowUpBatcher<MergedPullRequest>) {
  const numbers: number[] = [];
  for await (const read of batcher.drain()) {
    numbers.push(read.change.number!);
  }
  return numbers.sort();
}

describe('FollowUpBatcher', () => {
  it('keeps a pull request whose timeline GitHub never answers, and says so', async () => {
    const { client } = clientFailingOn(/timelineItems/);
    const logger = mockServices.logger.mock();
    const batcher = new FollowUpBatcher<MergedPullRequest>(
      client,
      retry,
      logger,
    );
    batcher.add(pending(rawPullRequest(1, { moreCommits: true })));
    batcher.add(pending(rawPullRequest(2, { agent: true })));
    expect(await drain(batcher)).toEqual([1, 2]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'Skipped the timeline of https://github.com/acme/service/pull/2',
      ),
    );
  });

  it('still fails when another follow-up never succeeds', async () => {
    const { client, queries } = clientFailingOn(/commits\(/);
    const batcher = new FollowUpBatcher<MergedPullRequest>(client, retry);
    batcher.add(pending(rawPullRequest(1, { agent: true })));
    batcher.add(pending(rawPullRequest(2, { moreCommits: true })));
    await expect(drain(batcher)).rejects.toThrow(/gave up after \d+ timeouts/);
    expect(queries.length).toBeGreaterThan(1);
  });
});

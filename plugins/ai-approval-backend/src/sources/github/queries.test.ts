import { getOperationAST, parse, validate } from 'graphql';
import {
  calculateQueryCost,
  loadGithubSchema,
} from '@internal/github-simulator';
import {
  directPushesQuery,
  followUpQuery,
  MERGED_PULL_REQUESTS_QUERY,
  OPEN_PULL_REQUESTS_QUERY,
  repositoryStatesQuery,
} from './queries';
import { REPOSITORY_STATES_BATCH } from './readRepositoryStates';
import { OPEN_PULL_REQUEST_PAGE_SIZE } from './readOpenPullRequests';
import { HISTORY_PAGE_SIZE } from './readDirectPushes';
import { PULL_REQUEST_PAGE_SIZE } from './readMergedPullRequests';

const schema = loadGithubSchema();

const followUps = followUpQuery([
  { pullRequestId: 'PR_1', kind: 'commits', after: 'c1' },
  { pullRequestId: 'PR_1', kind: 'reviews', after: 'c2' },
  { pullRequestId: 'PR_2', kind: 'labels', after: 'c3' },
  { pullRequestId: 'PR_3', kind: 'timeline' },
]);

const repos = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ owner: 'o', name: `r${i}` }));
const states = repositoryStatesQuery(repos(REPOSITORY_STATES_BATCH));

function costOf(query: string, variables: Record<string, unknown>) {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  return calculateQueryCost(
    schema,
    document,
    getOperationAST(document)!,
    variables,
  );
}

const QUERIES: Array<[string, string, Record<string, unknown>]> = [
  [
    'merged pull requests',
    MERGED_PULL_REQUESTS_QUERY,
    { owner: 'o', name: 'r', first: PULL_REQUEST_PAGE_SIZE, after: null },
  ],
  [
    'open pull requests',
    OPEN_PULL_REQUESTS_QUERY,
    {
      owner: 'o',
      name: 'r',
      first: OPEN_PULL_REQUEST_PAGE_SIZE,
      after: null,
      states: ['OPEN', 'CLOSED'],
    },
  ],
  ['follow-ups', followUps.query, followUps.variables],
  ['repository states', states.query, states.variables],
  [
    'default branch history',
    directPushesQuery(false),
    {
      owner: 'o',
      name: 'r',
      since: '2025-01-01T00:00:00Z',
      first: HISTORY_PAGE_SIZE,
    },
  ],
  [
    'named branch history',
    directPushesQuery(true),
    {
      owner: 'o',
      name: 'r',
      since: '2025-01-01T00:00:00Z',
      first: HISTORY_PAGE_SIZE,
      qualifiedName: 'refs/heads/main',
    },
  ],
];

describe('GitHub GraphQL queries', () => {
  it.each(QUERIES)(
    '%s is valid against GitHub published schema',
    (_, query) => {
      expect(validate(schema, parse(query)).map(e => e.message)).toEqual([]);
    },
  );

  it.each(QUERIES)('%s costs one point', (_, query, variables) => {
    const document = parse(query);
    const cost = calculateQueryCost(
      schema,
      document,
      getOperationAST(document)!,
      variables,
    );
    expect(cost.errors).toEqual([]);
    expect(cost.cost).toBe(1);
  });

  it('fails validation on a misspelt field', () => {
    const broken = MERGED_PULL_REQUESTS_QUERY.replace(
      'headRefOid',
      'headRefSha',
    );
    expect(validate(schema, parse(broken)).map(e => e.message)).toEqual([
      expect.stringContaining(
        'Cannot query field "headRefSha" on type "PullRequest"',
      ),
    ]);
  });

  it('keeps 149 follow-ups at one point', () => {
    const many = followUpQuery(
      Array.from({ length: 149 }, (_, i) => ({
        pullRequestId: `PR_${i}`,
        kind: 'commits' as const,
        after: 'x',
      })),
    );
    expect(costOf(many.query, many.variables).cost).toBe(1);
  });

  it('charges a repository state one request: 100 cost 1 point, 150 cost 2', () => {
    const hundred = costOf(states.query, states.variables);
    expect(hundred).toMatchObject({ requests: 100, nodes: 100, cost: 1 });
    const more = repositoryStatesQuery(repos(150));
    expect(costOf(more.query, more.variables)).toMatchObject({
      requests: 150,
      cost: 2,
    });
  });
});

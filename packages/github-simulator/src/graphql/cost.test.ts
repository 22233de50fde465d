import { getOperationAST, parse } from 'graphql';
import { calculateQueryCost } from './cost';
import { loadGithubSchema } from './schema';

function costOf(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  return calculateQueryCost(
    loadGithubSchema(),
    document,
    getOperationAST(document)!,
    variables,
  );
}

describe('calculateQueryCost', () => {
  it('reproduces the example from GitHub docs (5,101 requests, 51 points)', () => {
    const cost = costOf(`{
      viewer {
        login
        repositories(first: 100) {
          edges { node { id issues(first: 50) {
            edges { node { id labels(first: 60) { edges { node { id name } } } } }
          } } }
        }
      }
    }`);
    expect(cost).toMatchObject({ requests: 5101, cost: 51, errors: [] });
  });

  it('multiplies nested connections through fragments and variables', () => {
    const cost = costOf(
      `query($n: Int!) {
        repository(owner: "o", name: "r") {
          pullRequests(first: $n) { nodes { ...Inner } }
        }
        rateLimit { cost }
      }
      fragment Inner on PullRequest {
        labels(first: 10) { nodes { name } }
        reviews(first: 10) { nodes { state } }
        ... on PullRequest { commits(first: 100) { totalCount } }
      }`,
      { n: 100 },
    );
    expect(cost).toMatchObject({
      requests: 301,
      nodes: 100 + 100 * 120,
      cost: 3,
    });
  });

  it('charges at least one point', () => {
    expect(costOf('{ rateLimit { remaining } }').cost).toBe(1);
  });

  it('rejects connections without or beyond pagination bounds', () => {
    const missing = costOf(
      '{ repository(owner: "o", name: "r") { pullRequests { totalCount } } }',
    );
    expect(missing.errors).toEqual([
      expect.objectContaining({ type: 'MISSING_PAGINATION_BOUNDARIES' }),
    ]);
    const excessive = costOf(
      '{ repository(owner: "o", name: "r") { pullRequests(first: 101) { totalCount } } }',
    );
    expect(excessive.errors).toEqual([
      expect.objectContaining({
        type: 'EXCESSIVE_PAGINATION',
        message: expect.stringContaining('Requesting 101 records'),
      }),
    ]);
  });

  it('rejects queries that may return more than 500,000 nodes', () => {
    const cost = costOf(`{ repository(owner: "o", name: "r") {
      pullRequests(first: 100) { nodes { commits(first: 100) { nodes {
        commit { associatedPullRequests(first: 100) { totalCount } }
      } } } }
    } }`);
    expect(cost.errors).toEqual([
      expect.objectContaining({ type: 'MAX_NODE_LIMIT_EXCEEDED' }),
    ]);
  });
});

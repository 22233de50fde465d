import { GithubSimulator, startGithubSimulator } from './startGithubSimulator';

const PAGE = `query($after: String) {
  repository(owner: "acme", name: "service-0") {
    pullRequests(states: MERGED, first: 10, after: $after,
                 orderBy: { field: UPDATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number updatedAt author { __typename login } }
    }
  }
  rateLimit { cost remaining limit used resetAt }
}`;

describe('startGithubSimulator', () => {
  let simulator: GithubSimulator;

  beforeEach(async () => {
    simulator = await startGithubSimulator({
      dataset: { mergedPullRequestsPerRepository: 25 },
      graphqlPointsPerHour: 100,
      restRequestsPerHour: 10,
    });
  });

  afterEach(() => simulator.close());

  async function graphql(query: string, variables = {}, token = 'token t') {
    const res = await fetch(simulator.graphqlUrl, {
      method: 'POST',
      headers: { authorization: token },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, headers: res.headers, body: await res.json() };
  }

  it('executes queries against the dataset and reports the cost', async () => {
    const { status, headers, body } = await graphql(PAGE);
    expect(status).toBe(200);
    const expected = simulator.dataset.pullRequests({
      owner: 'acme',
      name: 'service-0',
    });
    const page = body.data.repository.pullRequests;
    expect(page.nodes.map((n: any) => n.number)).toEqual(
      expected.slice(0, 10).map(pr => pr.number),
    );
    expect(body.data.rateLimit).toMatchObject({
      cost: 1,
      remaining: 99,
      limit: 100,
      used: 1,
    });
    expect(headers.get('x-ratelimit-remaining')).toBe('99');
    expect(simulator.requests).toEqual([
      expect.objectContaining({ api: 'graphql', status: 200, cost: 1 }),
    ]);
  });

  it('pages with opaque cursors and keeps its place when an item moves', async () => {
    const first = (await graphql(PAGE)).body.data.repository.pullRequests;
    const moved = simulator.dataset.pullRequests({
      owner: 'acme',
      name: 'service-0',
    })[15];
    simulator.dataset.touchPullRequest(
      { owner: 'acme', name: 'service-0' },
      moved.number,
      '2030-01-01T00:00:00Z',
    );
    const second = (await graphql(PAGE, { after: first.pageInfo.endCursor }))
      .body.data.repository.pullRequests;
    const seen = [...first.nodes, ...second.nodes].map((n: any) => n.number);
    expect(new Set(seen).size).toBe(20);
    expect(seen).not.toContain(moved.number);
  });

  it('rejects queries that are not valid against GitHub schema', async () => {
    const { body } = await graphql(
      '{ repository(owner: "a", name: "b") { pullRequestz } }',
    );
    expect(body.errors[0].message).toMatch(/Cannot query field "pullRequestz"/);
    expect(simulator.requests[0].cost).toBe(0);
  });

  it('answers NOT_FOUND for unknown repositories', async () => {
    const { body } = await graphql(
      '{ repository(owner: "a", name: "b") { id } }',
    );
    expect(body).toEqual({
      data: { repository: null },
      errors: [
        expect.objectContaining({ type: 'NOT_FOUND', path: ['repository'] }),
      ],
    });
  });

  it('answers RATE_LIMITED when the budget is spent', async () => {
    simulator.graphqlBudget.setRemaining(0);
    const { status, headers, body } = await graphql(PAGE);
    expect(status).toBe(200);
    expect(headers.get('x-ratelimit-remaining')).toBe('0');
    expect(body.errors).toEqual([
      expect.objectContaining({ type: 'RATE_LIMITED' }),
    ]);
  });

  it('injects timeouts and secondary rate limits', async () => {
    simulator.injectFault({ kind: 'timeout' });
    simulator.injectFault({
      kind: 'secondary-rate-limit',
      retryAfterSeconds: 3,
    });
    expect((await graphql(PAGE)).status).toBe(502);
    const limited = await graphql(PAGE);
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect((await graphql(PAGE)).status).toBe(200);
  });

  it('tells listeners of each request, with its variables, until they stop listening', async () => {
    const seen: Array<unknown> = [];
    const stop = simulator.onRequest(r =>
      seen.push([r.api, r.status, r.variables]),
    );
    await graphql(PAGE, { after: null });
    stop();
    await graphql(PAGE);
    expect(seen).toEqual([['graphql', 200, { after: null }]]);
    expect(simulator.requests).toHaveLength(2);
  });

  it('requires authentication', async () => {
    const res = await fetch(simulator.graphqlUrl, {
      method: 'POST',
      body: '{}',
    });
    expect(res.status).toBe(401);
  });

  it('serves the REST subset with one request charged per call', async () => {
    const get = (path: string) =>
      fetch(`${simulator.url}${path}`, {
        headers: { authorization: 'token t' },
      });
    const list = await get(
      '/repos/acme/service-0/pulls?state=closed&per_page=5&page=2',
    );
    expect(list.headers.get('link')).toContain('rel="next"');
    const prs = await list.json();
    expect(prs).toHaveLength(5);
    const reviews = await get(
      `/repos/acme/service-0/pulls/${prs[0].number}/reviews`,
    );
    expect(Array.isArray(await reviews.json())).toBe(true);
    expect(reviews.headers.get('x-ratelimit-remaining')).toBe('8');
    expect((await get('/repos/acme/nope/pulls')).status).toBe(404);
  });
});

import http from 'node:http';
import { GithubSimulator, startGithubSimulator } from './startGithubSimulator';

const QUERY = `{
  repository(owner: "acme", name: "service-0") {
    pullRequests(states: MERGED, first: 10) { nodes { number } }
  }
}`;

/** A raw HTTP exchange, so a cut-short body can be seen as it arrived. */
function post(url: string, path: string, body: string) {
  return new Promise<{
    status?: number;
    headers: http.IncomingHttpHeaders;
    text: string;
    aborted: boolean;
  }>(resolve => {
    const req = http.request(`${url}${path}`, {
      method: path === '/graphql' ? 'POST' : 'GET',
      headers: { authorization: 'token t' },
    });
    req.on('response', res => {
      let text = '';
      res.on('data', chunk => (text += chunk));
      const done = (aborted: boolean) =>
        resolve({
          status: res.statusCode,
          headers: res.headers,
          text,
          aborted,
        });
      res.on('end', () => done(false));
      res.on('error', () => done(true));
      res.on('aborted', () => done(true));
    });
    req.end(path === '/graphql' ? body : undefined);
  });
}

describe('the simulator faults', () => {
  let simulator: GithubSimulator;
  let now = Date.parse('2026-12-07T12:00:00Z');

  beforeEach(async () => {
    now = Date.parse('2026-12-07T12:00:00Z');
    simulator = await startGithubSimulator({
      dataset: { mergedPullRequestsPerRepository: 20 },
      now: () => now,
    });
  });

  afterEach(() => simulator.close());

  const graphql = () =>
    post(simulator.url, '/graphql', JSON.stringify({ query: QUERY }));
  const rest = () =>
    post(
      simulator.url,
      '/repos/acme/service-0/pulls?state=closed&per_page=5',
      '',
    );

  it('spends the primary GraphQL budget until x-ratelimit-reset', async () => {
    simulator.injectFault({ kind: 'primary-rate-limit', resetInSeconds: 30 });
    const reset = String(Math.ceil(now / 1000) + 30);
    for (let i = 0; i < 2; i++) {
      const limited = await graphql();
      expect(limited.status).toBe(200);
      expect(limited.headers['x-ratelimit-remaining']).toBe('0');
      expect(limited.headers['x-ratelimit-reset']).toBe(reset);
      expect(JSON.parse(limited.text).errors).toEqual([
        expect.objectContaining({ type: 'RATE_LIMITED' }),
      ]);
    }
    now += 30_000;
    const after = await graphql();
    expect(
      JSON.parse(after.text).data.repository.pullRequests.nodes,
    ).toHaveLength(10);
    expect(after.headers['x-ratelimit-remaining']).not.toBe('0');
  });

  it('answers REST with 403 or 429 and remaining 0 while the budget is spent', async () => {
    simulator.injectFault(
      { kind: 'primary-rate-limit', resetInSeconds: 5, status: 429 },
      { api: 'rest' },
    );
    const limited = await rest();
    expect(limited.status).toBe(429);
    expect(limited.headers['x-ratelimit-remaining']).toBe('0');
    expect(JSON.parse(limited.text).message).toMatch(/rate limit exceeded/);
    expect((await rest()).status).toBe(403);
    now += 5_000;
    expect((await rest()).status).toBe(200);
  });

  it('drops the connection halfway through the body', async () => {
    simulator.injectFault({ kind: 'dropped-connection' });
    const dropped = await graphql();
    expect(dropped.status).toBe(200);
    expect(dropped.aborted).toBe(true);
    expect(Number(dropped.headers['content-length'])).toBeGreaterThan(
      dropped.text.length,
    );
    expect((await graphql()).aborted).toBe(false);
  });

  it('sends a complete response with truncated JSON', async () => {
    simulator.injectFault({ kind: 'malformed-json' }, { api: 'rest' });
    const malformed = await rest();
    expect(malformed.status).toBe(200);
    expect(malformed.aborted).toBe(false);
    expect(() => JSON.parse(malformed.text)).toThrow();
    expect(JSON.parse((await rest()).text)).toHaveLength(5);
  });

  it('answers 5xx bursts and 429 secondary limits with retry-after', async () => {
    simulator.injectFault({ kind: 'server-error', status: 503 }, { times: 2 });
    simulator.injectFault({
      kind: 'secondary-rate-limit',
      status: 429,
      retryAfterSeconds: 2,
    });
    expect((await graphql()).status).toBe(503);
    expect((await graphql()).status).toBe(503);
    const limited = await graphql();
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('2');
    expect((await graphql()).status).toBe(200);
  });
});

import { GithubSimulatorOptions } from '@internal/github-simulator';
import {
  GithubApiError,
  NoIntegrationError,
  RateLimitedError,
  RepositoryNotFoundError,
} from './errors';
import { GithubChangeSourceOptions } from './GithubChangeSource';
import {
  collect,
  SimulatorSetup,
  startSimulatorSource,
} from './__testUtils__/simulatorSource';

const BACKFILL = { backfillSince: '2000-01-01T00:00:00Z' };
const HOUR = 3600_000;

describe('GithubChangeSource under failures', () => {
  let setup: SimulatorSetup;

  async function start(
    simulator: GithubSimulatorOptions = {},
    source: GithubChangeSourceOptions & { token?: string | null } = {},
  ) {
    setup = await startSimulatorSource(
      {
        dataset: { mergedPullRequestsPerRepository: 60, overflowRate: 0.05 },
        ...simulator,
      },
      { maxRateLimitWaitMs: 60_000, ...source },
    );
    return setup;
  }

  const readAll = () =>
    collect(setup.source.readMergedPullRequests(setup.repo, BACKFILL));
  const statuses = () => setup.simulator.requests.map(r => r.status);

  afterEach(() => setup?.simulator.close());

  it('shrinks pages and follow-up batches that time out, and still reads everything', async () => {
    await start({ timeoutAboveNodes: 5000 });
    const items = await readAll();
    expect(items).toHaveLength(60);
    expect(statuses()).toContain(502);
    expect(statuses().filter(s => s === 502).length).toBeLessThan(
      statuses().length / 2,
    );
  });

  it('retries GitHub "Something went wrong" timeouts', async () => {
    await start();
    setup.simulator.injectFault({ kind: 'graphql-timeout' });
    expect(await readAll()).toHaveLength(60);
    expect(statuses()[0]).toBe(200);
    expect(setup.simulator.requests.length).toBeGreaterThan(2);
  });

  it('keeps agent pull requests whose timeline GitHub never answers, without their initiator', async () => {
    await start({}, { maxAttempts: 3 });
    const prs = setup.simulator.dataset.pullRequests(setup.repo);
    const broken = prs.filter(pr => pr.initiator).slice(0, 2);
    expect(broken).toHaveLength(2);
    broken.forEach(pr => {
      pr.timelineFails = true;
    });
    const items = await readAll();
    expect(items).toHaveLength(60);
    const byNumber = new Map(items.map(i => [i.change.number, i.change]));
    for (const pr of prs) {
      expect(byNumber.get(pr.number)?.initiator?.login).toBe(
        pr.timelineFails ? undefined : pr.initiator?.login,
      );
      // every other follow-up still arrived in full
      expect(byNumber.get(pr.number)?.commits).toHaveLength(pr.commits.length);
      expect(byNumber.get(pr.number)?.reviews).toHaveLength(pr.reviews.length);
    }
    expect(prs.filter(pr => pr.initiator).length).toBeGreaterThan(2);
  });

  it('retries server errors with exponential backoff and jitter', async () => {
    await start();
    setup.simulator.injectFault({ kind: 'server-error' }, { times: 2 });
    expect(await readAll()).toHaveLength(60);
    expect(setup.clock.sleeps.slice(0, 2)).toEqual([750, 1500]);
  });

  it('gives up on persistent server errors after maxAttempts', async () => {
    await start({}, { maxAttempts: 3 });
    setup.simulator.injectFault(
      { kind: 'server-error', status: 503 },
      { times: 10 },
    );
    await expect(readAll()).rejects.toThrow(GithubApiError);
    expect(statuses()).toEqual([503, 503, 503]);
  });

  it.each([403, 429] as const)(
    'waits for retry-after on a %s secondary limit',
    async status => {
      await start();
      setup.simulator.injectFault({
        kind: 'secondary-rate-limit',
        status,
        retryAfterSeconds: 3,
      });
      expect(await readAll()).toHaveLength(60);
      expect(setup.clock.sleeps[0]).toBe(3000);
    },
  );

  it('throws RateLimitedError when retry-after is longer than allowed', async () => {
    await start();
    setup.simulator.injectFault({
      kind: 'secondary-rate-limit',
      retryAfterSeconds: 600,
    });
    const start_ = setup.clock.now();
    await expect(readAll()).rejects.toMatchObject({
      name: 'RateLimitedError',
      resetAt: new Date(start_ + 600_000),
    });
  });

  it.each(['graphql-200', 'http-403'] as const)(
    'waits for the reset when the budget is spent (%s)',
    async style => {
      await start({ rateLimitedResponse: style });
      setup.simulator.graphqlBudget.setRemaining(0, 30_000);
      expect(await readAll()).toHaveLength(60);
      expect(setup.clock.sleeps[0]).toBeGreaterThanOrEqual(30_000);
      expect(statuses()[0]).toBe(style === 'http-403' ? 403 : 200);
    },
  );

  it('throws RateLimitedError with resetAt when the reset is too far, without retrying', async () => {
    await start();
    setup.simulator.graphqlBudget.setRemaining(0, 2 * HOUR);
    const resetAt = setup.simulator.graphqlBudget.snapshot().resetAt;
    const error = await readAll().catch(e => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.resetAt.getTime()).toBe(
      Math.ceil(resetAt.getTime() / 1000) * 1000,
    );
    expect(error.message).toMatch(
      /rate limit for 127\.0\.0\.1:\d+ exhausted until/,
    );
    const other = { ...setup.repo, name: 'service-1' };
    await expect(
      collect(setup.source.readMergedPullRequests(other, BACKFILL)),
    ).rejects.toThrow(RateLimitedError);
    expect(setup.simulator.requests).toHaveLength(1);
  });

  it('reports unknown repositories clearly', async () => {
    await start();
    const missing = { ...setup.repo, name: 'nope' };
    await expect(
      collect(setup.source.readMergedPullRequests(missing, BACKFILL)),
    ).rejects.toThrow(
      new RepositoryNotFoundError('acme', 'nope', setup.simulator.host),
    );
    await expect(
      collect(setup.source.readMergedPullRequests(missing, BACKFILL)),
    ).rejects.toThrow(
      /^Repository acme\/nope not found on 127\.0\.0\.1:\d+ or not accessible with the configured credentials$/,
    );
  });

  it('refuses hosts without a GitHub integration', async () => {
    await start();
    const repo = { host: 'ghe.example.com', owner: 'a', name: 'b' };
    expect(() => setup.source.readMergedPullRequests(repo, BACKFILL)).toThrow(
      new NoIntegrationError('ghe.example.com'),
    );
    expect(() =>
      setup.source.readDirectPushes(repo, { since: '2025-01-01' }),
    ).toThrow(
      'No GitHub integration configured for host ghe.example.com; add it under integrations.github',
    );
  });

  it('explains rejected credentials', async () => {
    await start({}, { token: null });
    await expect(readAll()).rejects.toThrow(
      /401 This endpoint requires you to be authenticated\. - check the token/,
    );
  });

  it('stops when the signal aborts', async () => {
    await start();
    const controller = new AbortController();
    const read = setup.source.readMergedPullRequests(setup.repo, {
      ...BACKFILL,
      signal: controller.signal,
    });
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const item of read) {
          seen.push(item.change.number!);
          controller.abort();
        }
      })(),
    ).rejects.toThrow(/aborted/i);
    expect(seen.length).toBeGreaterThan(0);
  });
});

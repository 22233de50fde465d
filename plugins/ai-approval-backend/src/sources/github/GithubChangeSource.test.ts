import { SimPullRequest } from '@internal/github-simulator';
import { MergedPullRequest } from './types';
import {
  collect,
  SimulatorSetup,
  startSimulatorSource,
} from './__testUtils__/simulatorSource';

const BACKFILL = { backfillSince: '2000-01-01T00:00:00Z' };

function expectMatchesTruth(read: MergedPullRequest, truth: SimPullRequest) {
  const { change } = read;
  const bot = truth.author.type === 'Bot';
  expect(read.updatedAt).toBe(truth.updatedAt);
  expect(change).toMatchObject({
    kind: 'pull_request',
    number: truth.number,
    title: truth.title,
    body: truth.body,
    author: {
      login: bot ? `${truth.author.login}[bot]` : truth.author.login,
      type: truth.author.type,
      id: truth.author.databaseId,
    },
    labels: truth.labels,
    headRef: truth.headRefName,
    baseRef: truth.baseRefName,
    headSha: truth.headRefOid,
    mergeSha: truth.mergeCommit!.oid,
    mergedAt: truth.mergedAt,
  });
  expect(change.commits.map(c => c.sha)).toEqual(truth.commits.map(c => c.oid));
  expect(change.commits.map(c => c.message)).toEqual(
    truth.commits.map(c => c.message),
  );
  expect(
    change.reviews.map(r => [
      r.reviewer.login,
      r.state,
      r.commitSha,
      r.submittedAt,
    ]),
  ).toEqual(
    truth.reviews.map(r => [
      r.author.type === 'Bot' ? `${r.author.login}[bot]` : r.author.login,
      r.state,
      r.commitOid,
      r.submittedAt,
    ]),
  );
  expect(change.initiator?.login).toBe(truth.initiator?.login);
}

describe('GithubChangeSource.readMergedPullRequests', () => {
  let setup: SimulatorSetup;

  beforeAll(async () => {
    setup = await startSimulatorSource({
      dataset: { mergedPullRequestsPerRepository: 400, overflowRate: 0.03 },
    });
  });

  afterAll(() => setup.simulator.close());

  beforeEach(() => setup.simulator.resetRequests());

  it('backfills every merged pull request exactly as GitHub has it', async () => {
    const { source, repo, simulator } = setup;
    const read = source.readMergedPullRequests(repo, BACKFILL);
    const items = await collect(read);
    const truth = simulator.dataset.pullRequests(repo);
    expect(items.map(i => i.change.number!).sort((a, b) => a - b)).toEqual(
      truth.map(pr => pr.number).sort((a, b) => a - b),
    );
    const byNumber = new Map(truth.map(pr => [pr.number, pr]));
    for (const item of items) {
      expectMatchesTruth(item, byNumber.get(item.change.number!)!);
    }
    expect(truth.some(pr => pr.commits.length > 100)).toBe(true);
    expect(truth.some(pr => pr.reviews.length > 50)).toBe(true);
    expect(truth.some(pr => pr.initiator)).toBe(true);
  });

  it('reports requests and points and stays under 30 points per 1,000 pull requests', async () => {
    const { source, repo, simulator } = setup;
    const read = source.readMergedPullRequests(repo, BACKFILL);
    const items = await collect(read);
    expect(read.stats.requests).toBe(simulator.requests.length);
    expect(read.stats.points).toBe(
      simulator.requests.reduce((sum, r) => sum + r.cost, 0),
    );
    expect((read.stats.points / items.length) * 1000).toBeLessThanOrEqual(30);
    expect(read.stats.rateLimitRemaining).toBe(
      simulator.graphqlBudget.snapshot().remaining,
    );
  });

  it('costs exactly one request when nothing changed', async () => {
    const { source, repo, simulator } = setup;
    const updatedSince = simulator.dataset.pullRequests(repo)[0].updatedAt;
    const read = source.readMergedPullRequests(repo, {
      ...BACKFILL,
      updatedSince,
    });
    expect(await collect(read)).toEqual([]);
    expect(read.stats).toMatchObject({ requests: 1, points: 1 });
  });

  it('reads only what changed since the last sync', async () => {
    const { source, repo, simulator } = setup;
    const updatedSince = simulator.dataset.pullRequests(repo)[0].updatedAt;
    const later = (hours: number) =>
      new Date(Date.parse(updatedSince) + hours * 3600_000).toISOString();
    const old = simulator.dataset.pullRequests(repo)[200];
    simulator.dataset.touchPullRequest(repo, old.number, later(1));
    const added = simulator.dataset.mergeNewPullRequest(repo, later(2));
    const read = source.readMergedPullRequests(repo, {
      ...BACKFILL,
      updatedSince,
    });
    const items = await collect(read);
    expect(items.map(i => i.change.number)).toEqual([added.number, old.number]);
    expect(items[0].updatedAt).toBe(later(2));
    expect(read.stats.requests).toBe(1);
  });

  it('ignores pull requests merged before the backfill horizon and stops paging', async () => {
    const { source, repo, simulator } = setup;
    const truth = simulator.dataset.pullRequests(repo);
    const backfillSince = truth[60].updatedAt;
    const read = source.readMergedPullRequests(repo, { backfillSince });
    const items = await collect(read);
    const expected = truth.filter(pr => pr.mergedAt! >= backfillSince);
    expect(items.map(i => i.change.number).sort()).toEqual(
      expected.map(pr => pr.number).sort(),
    );
    expect(read.stats.requests).toBeLessThanOrEqual(4);
  });
});

import { GithubApiError } from './errors';
import {
  collect,
  SimulatorSetup,
  startSimulatorSource,
} from './__testUtils__/simulatorSource';

describe('GithubChangeSource.readDirectPushes', () => {
  let setup: SimulatorSetup;

  beforeAll(async () => {
    setup = await startSimulatorSource({
      dataset: {
        mergedPullRequestsPerRepository: 150,
        directPushesPerRepository: 12,
      },
    });
  });

  afterAll(() => setup.simulator.close());

  beforeEach(() => setup.simulator.resetRequests());

  it('yields the commits no merged pull request brought in', async () => {
    const { source, repo, simulator } = setup;
    const read = source.readDirectPushes(repo, {
      since: '2000-01-01T00:00:00Z',
    });
    const changes = await collect(read);
    const truth = simulator.dataset.directPushes(repo);
    expect(changes.map(c => c.headSha)).toEqual(truth.map(c => c.oid));
    expect(changes[0]).toEqual({
      kind: 'direct_push',
      title: truth[0].message.split('\n')[0],
      url: `https://github.com/acme/service-0/commit/${truth[0].oid}`,
      author: {
        name: truth[0].author.name,
        email: truth[0].author.email,
        login: truth[0].author.user!.login,
        type: 'User',
        id: truth[0].author.user!.databaseId,
      },
      headSha: truth[0].oid,
      mergeSha: truth[0].oid,
      mergedAt: truth[0].committer.date,
      commits: [
        expect.objectContaining({
          sha: truth[0].oid,
          message: truth[0].message,
        }),
      ],
      reviews: [],
    });
    // 162 commits on the branch: two pages of 100, one point each
    expect(read.stats).toMatchObject({ requests: 2, points: 2 });
  });

  it('reads only commits since the given date, in one request', async () => {
    const { source, repo, simulator } = setup;
    const truth = simulator.dataset.directPushes(repo);
    const since = truth[2].committer.date;
    const read = source.readDirectPushes(repo, { since, branch: 'main' });
    const changes = await collect(read);
    expect(changes.map(c => c.headSha)).toEqual(
      truth.slice(0, 3).map(c => c.oid),
    );
    expect(read.stats.requests).toBe(1);
  });

  it('fails clearly for a branch that does not exist', async () => {
    const { source, repo } = setup;
    const read = source.readDirectPushes(repo, {
      since: '2025-01-01',
      branch: 'nope',
    });
    await expect(collect(read)).rejects.toThrow(
      new GithubApiError(`acme/service-0 on ${repo.host} has no branch nope`),
    );
  });
});

import { TestGitRepo } from '../../__testUtils__/TestGitRepo';
import { HistoryWalk } from './HistoryWalk';

/** A history where branches fork from old commits and take main in. */
function createHistory(repo: TestGitRepo) {
  let day = 1;
  const date = () => `2025-03-${String(day++).padStart(2, '0')}T00:00:00Z`;
  repo.commit('base\n', { date: date() });
  repo.checkout('long', { create: true });
  repo.commit('long 1\n', { date: date() });
  repo.checkout('main');
  for (let pr = 1; pr <= 6; pr++) {
    repo.checkout(`pr${pr}`, { create: true });
    repo.commit(`pr ${pr} a\n`, { date: date() });
    if (pr % 2 === 0) {
      repo.commit(`pr ${pr} b\n`, { date: date() });
    }
    repo.checkout('main');
    repo.merge(`pr${pr}`, `Merge pull request #${pr} from dev/pr${pr}`, {
      date: date(),
    });
    repo.commit(`direct ${pr}\n`, { date: date() });
    if (pr === 3) {
      repo.checkout('long');
      repo.merge('main', "Merge branch 'main' into long", { date: date() });
      repo.commit('long 2\n', { date: date() });
      repo.checkout('main');
    }
  }
  repo.merge('long', 'Merge pull request #7 from dev/long', { date: date() });
  repo.commit('last\n', { date: date() });
}

async function walk(
  repo: TestGitRepo,
  segments?: { first: number; max: number },
  boundary?: string,
) {
  const tip = repo.head();
  const history = new HistoryWalk(tip, boundary, { cwd: repo.dir, segments });
  const changes: string[] = [];
  try {
    for await (const landed of history.landed()) {
      for (const { landing, brought } of landed) {
        changes.push(
          [landing.message, ...brought.map(c => c.message)].join(' + '),
        );
      }
    }
  } finally {
    history.stop();
  }
  return changes;
}

describe('HistoryWalk', () => {
  let repo: TestGitRepo;
  beforeAll(() => {
    repo = TestGitRepo.create();
    createHistory(repo);
  });
  afterAll(() => repo.remove());

  it('reads the changes in landing order, each with what it brought in', async () => {
    const changes = await walk(repo);
    expect(changes).toEqual([
      'last',
      "Merge pull request #7 from dev/long + long 1 + Merge branch 'main' into long + long 2",
      'direct 6',
      'Merge pull request #6 from dev/pr6 + pr 6 a + pr 6 b',
      'direct 5',
      'Merge pull request #5 from dev/pr5 + pr 5 a',
      'direct 4',
      'Merge pull request #4 from dev/pr4 + pr 4 a + pr 4 b',
      'direct 3',
      'Merge pull request #3 from dev/pr3 + pr 3 a',
      'direct 2',
      'Merge pull request #2 from dev/pr2 + pr 2 a + pr 2 b',
      'direct 1',
      'Merge pull request #1 from dev/pr1 + pr 1 a',
      'base',
    ]);
  });

  it.each([
    [{ first: 1, max: 1 }],
    [{ first: 1, max: 3 }],
    [{ first: 2, max: 5 }],
  ])('gives the same answer whatever the segments (%j)', async segments => {
    expect(await walk(repo, segments)).toEqual(await walk(repo));
  });

  it('stops at the boundary, keeping side commits from below it', async () => {
    const boundary = repo.git(['rev-parse', 'HEAD~3']).trim();
    expect(await walk(repo, { first: 1, max: 2 }, boundary)).toEqual([
      'last',
      "Merge pull request #7 from dev/long + long 1 + Merge branch 'main' into long + long 2",
      'direct 6',
    ]);
  });
});

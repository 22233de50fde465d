import { TestGitRepo } from '../../__testUtils__/TestGitRepo';
import { MainlineList } from './MainlineList';

describe('MainlineList', () => {
  let repo: TestGitRepo;
  let chain: string[];
  beforeAll(() => {
    repo = TestGitRepo.create();
    for (let i = 0; i < 12; i++) {
      repo.commit(`commit ${i}\n`);
    }
    chain = repo.git(['rev-list', '--first-parent', 'HEAD']).trim().split('\n');
  });
  afterAll(() => repo.remove());

  const list = (keepAhead: number) =>
    new MainlineList([repo.head()], { cwd: repo.dir, keepAhead });

  it('lists the first-parent chain, newest first, and ends past it', async () => {
    const mainline = list(100);
    expect(await mainline.at(0)).toBe(chain[0]);
    expect(await mainline.at(11)).toBe(chain[11]);
    expect(await mainline.at(12)).toBeUndefined();
    expect(mainline.has(chain[5])).toBe(true);
    expect(mainline.has('0'.repeat(40))).toBe(false);
  });

  it('keeps a window: forgotten positions are gone, later ones still come', async () => {
    const mainline = list(2);
    expect(await mainline.at(1)).toBe(chain[1]);
    mainline.forget(4);
    expect(mainline.has(chain[1])).toBe(false);
    await expect(mainline.at(1)).rejects.toThrow(/already forgotten/);
    // a reader waiting past the window makes listing go on
    expect(await mainline.at(10)).toBe(chain[10]);
    expect(mainline.has(chain[4])).toBe(true);
    mainline.stop();
  });

  it('pauses listing once it holds enough ahead and nobody waits', async () => {
    const long = TestGitRepo.create();
    try {
      // 5,000 commits in one go: several pipe-fulls of rev-list output
      const lines: string[] = [];
      for (let i = 1; i <= 5000; i++) {
        lines.push(
          'commit refs/heads/main',
          `mark :${i}`,
          `committer Dev <dev@example.com> ${1700000000 + i} +0000`,
          'data 2',
          'c',
          ...(i > 1 ? [`from :${i - 1}`] : []),
          '',
        );
      }
      long.git(['fast-import', '--quiet'], {}, Buffer.from(lines.join('\n')));
      const all = long.git(['rev-list', 'main']).trim().split('\n');
      const mainline = new MainlineList([all[0]], {
        cwd: long.dir,
        keepAhead: 100,
      });
      try {
        await mainline.at(0);
        await new Promise(resolve => setTimeout(resolve, 300));
        const held = () => all.filter(sha => mainline.has(sha)).length;
        // the list stops reading after the chunk that passed the limit
        expect(held()).toBeLessThan(all.length);
        mainline.forget(4000);
        expect(await mainline.at(4999)).toBe(all[4999]);
        expect(held()).toBe(1000);
        expect(await mainline.at(5000)).toBeUndefined();
      } finally {
        mainline.stop();
      }
    } finally {
      long.remove();
    }
  });
});

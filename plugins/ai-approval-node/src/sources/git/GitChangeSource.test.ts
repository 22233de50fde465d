import { InputError } from '@backstage/errors';
import { Change } from '@ai-approval/backstage-plugin-ai-approval-common';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestGitRepo } from '../../__testUtils__/TestGitRepo';
import { GitChangeSource, GitChangeSourceOptions } from './GitChangeSource';
import { unreadableRepositoryError } from './GitRepository';
import { GitCommandError } from './runGit';

const ALICE = 'Alice Author <alice@example.com>';
const BOB = 'Bob Builder <Bob@Example.com>';
const CAROL = 'Carol Senior <carol@example.com>';

/** Gives a directory tree to another user id. */
function chownTree(dir: string, uid: number) {
  chownSync(dir, uid, uid);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      chownTree(child, uid);
    } else {
      chownSync(child, uid, uid);
    }
  }
}

async function collect(options: GitChangeSourceOptions): Promise<Change[]> {
  const changes: Change[] = [];
  for await (const change of new GitChangeSource(options)) {
    changes.push(change);
  }
  return changes;
}

describe('GitChangeSource', () => {
  const repos: TestGitRepo[] = [];
  const newRepo = (options?: { bare?: boolean }) => {
    const repo = TestGitRepo.create(options);
    repos.push(repo);
    return repo;
  };
  afterAll(() => repos.forEach(repo => repo.remove()));

  it('reads the repository it is given, not the one a git hook names in GIT_DIR', async () => {
    const target = newRepo();
    target.commit('The only commit\n', {
      author: ALICE,
      date: '2025-03-01T09:00:00Z',
    });
    const hooked = newRepo();
    hooked.commit('Something else\n', {
      author: BOB,
      date: '2025-03-02T09:00:00Z',
    });
    // what git sets for the hooks it runs (pre-push, pre-commit, ...)
    const hookEnv = {
      GIT_DIR: path.join(hooked.dir, '.git'),
      GIT_WORK_TREE: hooked.dir,
      GIT_INDEX_FILE: path.join(hooked.dir, '.git', 'index'),
      GIT_PREFIX: '',
    };
    const saved = { ...process.env };
    Object.assign(process.env, hookEnv);
    try {
      const changes = await collect({ repository: target.dir });
      expect(changes.map(c => c.title)).toEqual(['The only commit']);
    } finally {
      for (const key of Object.keys(hookEnv)) {
        if (saved[key] === undefined) {
          delete process.env[key];
        } else {
          process.env[key] = saved[key];
        }
      }
    }
  });

  describe('a history with every kind of change', () => {
    let repo: TestGitRepo;
    const sha: Record<string, string> = {};
    let changes: Change[];

    beforeAll(async () => {
      repo = newRepo();
      sha.root = repo.commit('Initial commit\n', {
        author: CAROL,
        date: '2025-01-01T09:00:00Z',
      });
      repo.checkout('feature', { create: true });
      sha.f1 = repo.commit(
        'Add the widget\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
        { author: ALICE, date: '2025-01-02T09:00:00Z' },
      );
      sha.f2 = repo.commit(
        'Test the widget\n\nReviewed-by: Carol Senior <CAROL@example.com>\n',
        {
          author: BOB,
          date: '2025-01-02T10:00:00Z',
        },
      );
      repo.checkout('main');
      sha.merge = repo.merge(
        'feature',
        'Merge pull request #12 from alice/feature\n\nAdd a widget\n\nIt does things.',
        { author: CAROL, date: '2025-01-03T09:00:00Z' },
      );
      sha.squash = repo.commit(
        'Fix the widget (#13)\n\n* fix\n\nAcked-by: Carol Senior <carol@example.com>\n' +
          'approved-BY:  Dave Lead <dave@example.com>  \nReviewed-by: Carol S. <carol@example.com>\n',
        { author: BOB, date: '2025-01-04T09:00:00Z' },
      );
      sha.direct = repo.commit('Tweak config\n', {
        author: ALICE,
        date: '2025-01-05T09:00:00Z',
      });
      sha.crlf = repo.commit(
        'Windows commit (#14)\r\n\r\nBody line\r\nReviewed-by: Carol Senior <carol@example.com>\r\n',
        { author: ALICE, date: '2025-01-06T09:00:00Z' },
      );
      sha.fixed = repo.commit(
        Buffer.from('Fa\xe7ade (git commit fixes it)\n', 'latin1'),
        {
          author: ALICE,
          date: '2025-01-06T12:00:00Z',
        },
      );
      sha.raw = repo.rawCommit(
        Buffer.concat([
          Buffer.from('Caf'),
          Buffer.from([0xe9, 0xff]),
          Buffer.from(' raw bytes\n'),
        ]),
        { author: ALICE, date: '2025-01-07T09:00:00Z' },
      );
      sha.latin1 = repo.commit(Buffer.from('Déjà vu latin-1\n', 'latin1'), {
        author: ALICE,
        date: '2025-01-08T09:00:00Z',
        config: ['i18n.commitEncoding=ISO-8859-1'],
      });
      changes = await collect({ repository: repo.dir });
    });

    it('yields one change per first-parent commit, newest first', () => {
      expect(changes.map(c => c.mergeSha)).toEqual([
        sha.latin1,
        sha.raw,
        sha.fixed,
        sha.crlf,
        sha.direct,
        sha.squash,
        sha.merge,
        sha.root,
      ]);
      expect(changes.map(c => c.kind)).toEqual([
        'direct_push',
        'direct_push',
        'direct_push',
        'pull_request',
        'direct_push',
        'pull_request',
        'pull_request',
        'direct_push',
      ]);
    });

    it('reads a merged pull request with the commits it brought in', () => {
      const pr = changes.find(c => c.mergeSha === sha.merge)!;
      expect(pr).toMatchObject({
        kind: 'pull_request',
        number: 12,
        title: 'Add a widget',
        body: 'It does things.',
        headRef: 'feature',
        baseRef: 'main',
        headSha: sha.f2,
        mergedAt: '2025-01-03T09:00:00.000Z',
        author: { name: 'Alice Author', email: 'alice@example.com' },
      });
      expect(pr.commits.map(c => c.sha)).toEqual([sha.f1, sha.f2]);
      expect(pr.commits[0]).toMatchObject({
        message:
          'Add the widget\n\nCo-Authored-By: Claude <noreply@anthropic.com>',
        author: { name: 'Alice Author', email: 'alice@example.com' },
        committer: { name: 'Alice Author', email: 'alice@example.com' },
        authoredAt: '2025-01-02T09:00:00.000Z',
      });
      expect(pr.commits[1].author.email).toBe('bob@example.com');
      expect(pr.reviews).toEqual([
        {
          reviewer: { name: 'Carol Senior', email: 'carol@example.com' },
          state: 'APPROVED',
          source: 'trailer',
        },
      ]);
      expect(pr.url).toBeUndefined();
    });

    it('reads a squash merge with its review trailers, one per e-mail', () => {
      const squash = changes.find(c => c.mergeSha === sha.squash)!;
      expect(squash).toMatchObject({
        kind: 'pull_request',
        number: 13,
        title: 'Fix the widget',
        headSha: sha.squash,
        author: { email: 'bob@example.com' },
      });
      expect(squash.commits.map(c => c.sha)).toEqual([sha.squash]);
      expect(squash.reviews.map(r => r.reviewer)).toEqual([
        { name: 'Carol Senior', email: 'carol@example.com' },
        { name: 'Dave Lead', email: 'dave@example.com' },
      ]);
    });

    it('reads direct pushes', () => {
      const direct = changes.find(c => c.mergeSha === sha.direct)!;
      expect(direct).toMatchObject({
        kind: 'direct_push',
        title: 'Tweak config',
        headSha: sha.direct,
        reviews: [],
      });
      expect(direct.number).toBeUndefined();
      expect(direct.commits).toHaveLength(1);
    });

    it('keeps CRLF messages as stored and still finds subject and trailers', () => {
      const crlf = changes.find(c => c.mergeSha === sha.crlf)!;
      expect(crlf.title).toBe('Windows commit');
      expect(crlf.number).toBe(14);
      expect(crlf.commits[0].message).toBe(
        'Windows commit (#14)\r\n\r\nBody line\r\nReviewed-by: Carol Senior <carol@example.com>',
      );
      expect(crlf.reviews[0].reviewer.email).toBe('carol@example.com');
    });

    it('decodes non-UTF-8 messages without failing', () => {
      const raw = changes.find(c => c.mergeSha === sha.raw)!;
      expect(raw.title).toBe('Caf\uFFFD\uFFFD raw bytes');
      const fixed = changes.find(c => c.mergeSha === sha.fixed)!;
      expect(fixed.title).toBe('Façade (git commit fixes it)');
      const latin1 = changes.find(c => c.mergeSha === sha.latin1)!;
      expect(latin1.title).toBe('Déjà vu latin-1');
    });

    it('filters by the time a change landed', async () => {
      const window = await collect({
        repository: repo.dir,
        since: '2025-01-03',
        until: '2025-01-05',
      });
      expect(window.map(c => c.mergeSha)).toEqual([
        sha.direct,
        sha.squash,
        sha.merge,
      ]);
      // the PR merged in the window keeps commits authored before it
      expect(window[2].commits.map(c => c.sha)).toEqual([sha.f1, sha.f2]);
      const sinceOnly = await collect({
        repository: repo.dir,
        since: new Date('2025-01-07T09:00:00Z'),
      });
      expect(sinceOnly.map(c => c.mergeSha)).toEqual([sha.latin1, sha.raw]);
      const nothing = await collect({
        repository: repo.dir,
        until: '2024-12-31',
      });
      expect(nothing).toEqual([]);
    });

    it('scans another branch or ref', async () => {
      const feature = await collect({ repository: repo.dir, ref: 'feature' });
      expect(feature.map(c => c.mergeSha)).toEqual([sha.f2, sha.f1, sha.root]);
      expect(feature[0].baseRef).toBe('feature');
      const bySha = await collect({ repository: repo.dir, ref: sha.squash });
      expect(bySha).toHaveLength(3);
      expect(bySha[0].baseRef).toBeUndefined();
    });

    it('links changes when the remote is on GitHub', async () => {
      repo.git(['remote', 'add', 'origin', 'git@github.com:acme/widgets.git']);
      try {
        const linked = await collect({ repository: repo.dir });
        const byMerge = new Map(linked.map(c => [c.mergeSha, c.url]));
        expect(byMerge.get(sha.merge)).toBe(
          'https://github.com/acme/widgets/pull/12',
        );
        expect(byMerge.get(sha.squash)).toBe(
          'https://github.com/acme/widgets/pull/13',
        );
        expect(byMerge.get(sha.direct)).toBe(
          `https://github.com/acme/widgets/commit/${sha.direct}`,
        );
      } finally {
        repo.git(['remote', 'remove', 'origin']);
      }
    });
  });

  it('attributes side commits to the merge that brought them in', async () => {
    const repo = newRepo();
    const base = repo.commit('base\n', { date: '2025-02-01T00:00:00Z' });
    repo.checkout('long', { create: true });
    const l1 = repo.commit('long 1\n', { date: '2025-02-02T00:00:00Z' });
    repo.checkout('main');
    repo.checkout('short', { create: true });
    const s1 = repo.commit('short 1\n', {
      author: BOB,
      date: '2025-02-03T00:00:00Z',
    });
    repo.checkout('main');
    const m1 = repo.merge('short', 'Merge pull request #1 from bob/short', {
      date: '2025-02-04T00:00:00Z',
    });
    const d1 = repo.commit('direct\n', { date: '2025-02-05T00:00:00Z' });
    // the long branch takes main in, then lands
    repo.checkout('long');
    const sync = repo.merge('main', "Merge branch 'main' into long", {
      date: '2025-02-06T00:00:00Z',
    });
    const l2 = repo.commit('long 2\n', { date: '2025-02-07T00:00:00Z' });
    repo.checkout('main');
    const m2 = repo.merge(
      'long',
      'Merge pull request #2 from alice/long\n\nLong work',
      {
        date: '2025-02-08T00:00:00Z',
      },
    );
    // a plain merge pushed straight to main
    repo.checkout('local', { create: true });
    const x1 = repo.commit('local work\n', { date: '2025-02-09T00:00:00Z' });
    repo.checkout('main');
    const m3 = repo.merge('local', "Merge branch 'local'", {
      date: '2025-02-10T00:00:00Z',
    });

    const changes = await collect({ repository: repo.dir });
    expect(
      changes.map(c => [c.mergeSha, c.kind, c.commits.map(x => x.sha)]),
    ).toEqual([
      // a merge that is no PR, then what it brought, each on its own
      [m3, 'direct_push', [m3]],
      [x1, 'direct_push', [x1]],
      [m2, 'pull_request', [l1, sync, l2]],
      [d1, 'direct_push', [d1]],
      [m1, 'pull_request', [s1]],
      [base, 'direct_push', [base]],
    ]);
    expect(changes[1].mergedAt).toBe('2025-02-10T00:00:00.000Z');
    expect(changes[2]).toMatchObject({ headSha: l2, title: 'Long work' });
    expect(changes[4].author.email).toBe('bob@example.com');

    const recent = await collect({ repository: repo.dir, since: '2025-02-08' });
    expect(recent.map(c => [c.mergeSha, c.commits.map(x => x.sha)])).toEqual([
      [m3, [m3]],
      [x1, [x1]],
      [m2, [l1, sync, l2]],
    ]);
  });

  it("splits a maintainer's pull into the patches and merges it brought", async () => {
    const repo = newRepo();
    repo.commit('base\n', { date: '2025-03-01T00:00:00Z' });
    repo.checkout('net', { create: true });
    const p1 = repo.commit('net: fix leak\n', { date: '2025-03-02T00:00:00Z' });
    repo.checkout('mlx5', { create: true });
    const q1 = repo.commit('mlx5: fix\n', { date: '2025-03-03T00:00:00Z' });
    repo.checkout('net');
    const sub = repo.merge('mlx5', "Merge branch 'mlx5-fixes'", {
      date: '2025-03-04T00:00:00Z',
    });
    const p2 = repo.commit('net: add test\n', { date: '2025-03-05T00:00:00Z' });
    repo.checkout('fix', { create: true });
    const r1 = repo.commit('fix: one\n', { date: '2025-03-06T00:00:00Z' });
    repo.checkout('net');
    const pr = repo.merge('fix', 'Merge pull request #7 from bob/fix', {
      date: '2025-03-07T00:00:00Z',
    });
    repo.checkout('main');
    const pull = repo.merge(
      'net',
      "Merge tag 'net-6.8' of git://git.kernel.org/pub/scm/linux/kernel/git/netdev/net",
      { date: '2025-03-08T00:00:00Z' },
    );

    const changes = await collect({ repository: repo.dir });
    expect(
      changes.map(c => [c.mergeSha, c.kind, c.commits.map(x => x.sha)]),
    ).toEqual([
      [pull, 'direct_push', [pull]],
      [pr, 'pull_request', [r1]],
      [p2, 'direct_push', [p2]],
      [sub, 'direct_push', [sub]],
      [q1, 'direct_push', [q1]],
      [p1, 'direct_push', [p1]],
      [changes[6].mergeSha, 'direct_push', [changes[6].mergeSha]],
    ]);
    expect(changes.slice(0, 6).map(c => c.mergedAt)).toEqual(
      Array(6).fill('2025-03-08T00:00:00.000Z'),
    );
  });

  it('warns about a shallow clone, and only about one', async () => {
    const full = newRepo();
    full.commit('first\n');
    full.commit('second\n');
    const shallow = newRepo();
    shallow.git(['fetch', '--quiet', '--depth', '1', `file://${full.dir}`]);
    shallow.git(['reset', '--quiet', '--hard', 'FETCH_HEAD']);
    const warn = jest.fn();
    expect(await collect({ repository: full.dir, warn })).toHaveLength(2);
    expect(warn).not.toHaveBeenCalled();
    expect(await collect({ repository: shallow.dir, warn })).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/is a shallow clone/);
  });

  it('holds a date out of range to the year 9999 instead of failing', async () => {
    const repo = newRepo();
    repo.commit('first\n');
    const bogus = repo.rawCommit(Buffer.from('from a broken tool\n'), {
      rawTime: '99999999999999 +0000',
    });
    const changes = await collect({ repository: repo.dir });
    expect(changes[0]).toMatchObject({
      mergeSha: bogus,
      mergedAt: '9999-12-31T23:59:59.000Z',
    });
    expect(changes[0].commits[0].authoredAt).toBe('9999-12-31T23:59:59.000Z');
    expect(changes).toHaveLength(2);
  });

  it('reads GitLab merge requests', async () => {
    const repo = newRepo();
    repo.commit('base\n');
    repo.checkout('fix-login', { create: true });
    const c1 = repo.commit('Fix login\n', { author: BOB });
    repo.checkout('main');
    const merge = repo.merge(
      'fix-login',
      "Merge branch 'fix-login' into 'main'\n\nFix the login page\n\nCloses #4\n\nSee merge request group/app!7",
    );
    repo.git([
      'remote',
      'add',
      'origin',
      'https://gitlab.example.com/group/app.git',
    ]);
    const [mr] = await collect({ repository: repo.dir });
    expect(mr).toMatchObject({
      kind: 'merge_request',
      number: 7,
      title: 'Fix the login page',
      body: 'Closes #4',
      headRef: 'fix-login',
      baseRef: 'main',
      mergeSha: merge,
      headSha: c1,
      url: 'https://gitlab.example.com/group/app/-/merge_requests/7',
    });
  });

  it('clones a URL bare into the cache and fetches new commits later', async () => {
    const origin = newRepo();
    const first = origin.commit('first\n', { date: '2025-03-01T00:00:00Z' });
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'ai-approval-cache-'));
    try {
      const url = `file://${origin.dir}`;
      const once = await collect({ repository: url, cacheDir });
      expect(once.map(c => c.mergeSha)).toEqual([first]);
      expect(once[0].baseRef).toBe('main');

      const second = origin.commit('second\n', {
        date: '2025-03-02T00:00:00Z',
      });
      const twice = await collect({ repository: url, cacheDir });
      expect(twice.map(c => c.mergeSha)).toEqual([second, first]);

      const clones = require('node:fs').readdirSync(cacheDir);
      expect(clones).toHaveLength(1);
      const clone = TestGitRepoAt(path.join(cacheDir, clones[0]));
      expect(clone.git(['rev-parse', '--is-bare-repository']).trim()).toBe(
        'true',
      );
      expect(clone.git(['tag']).trim()).toBe('');
      const info = path.join(cacheDir, clones[0], 'objects', 'info');
      // written after the clone, kept up to date by later fetches
      expect(
        existsSync(path.join(info, 'commit-graph')) ||
          existsSync(path.join(info, 'commit-graphs')),
      ).toBe(true);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('works where git only accepts bare repositories named explicitly', async () => {
    const origin = newRepo();
    const first = origin.commit('first\n', { date: '2025-03-01T00:00:00Z' });
    const bare = newRepo();
    bare.git(['clone', '--quiet', '--bare', origin.dir, 'copy.git']);
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'ai-approval-safe-'));
    const config = path.join(scratch, 'gitconfig');
    writeFileSync(config, '[safe]\n\tbareRepository = explicit\n');
    const saved = process.env.GIT_CONFIG_GLOBAL;
    // a hardened machine's setting (git 2.38+)
    process.env.GIT_CONFIG_GLOBAL = config;
    try {
      const local = await collect({
        repository: path.join(bare.dir, 'copy.git'),
      });
      expect(local.map(c => c.mergeSha)).toEqual([first]);
      // the clone cache is made of bare repositories too
      const cached = await collect({
        repository: `file://${origin.dir}`,
        cacheDir: path.join(scratch, 'cache'),
      });
      expect(cached.map(c => c.mergeSha)).toEqual([first]);
    } finally {
      if (saved === undefined) {
        delete process.env.GIT_CONFIG_GLOBAL;
      } else {
        process.env.GIT_CONFIG_GLOBAL = saved;
      }
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("scans origin's branch in a CI checkout, which has no local branch of that name", async () => {
    const upstream = newRepo();
    upstream.commit('First\n', { author: ALICE, date: '2025-03-01T09:00:00Z' });
    upstream.checkout('release', { create: true });
    upstream.commit('On release\n', {
      author: BOB,
      date: '2025-03-02T09:00:00Z',
    });
    upstream.checkout('main');
    upstream.commit('Second\n', {
      author: ALICE,
      date: '2025-03-03T09:00:00Z',
    });
    // what actions/checkout leaves: a detached HEAD and origin/* only
    const ci = newRepo();
    ci.git(['clone', '--quiet', '--no-checkout', upstream.dir, 'work']);
    const work = path.join(ci.dir, 'work');
    const git = (...args: string[]) => ci.git(['-C', work, ...args]).trim();
    git('checkout', '--quiet', '--detach', 'origin/main');
    git('branch', '--quiet', '-D', 'main');
    expect(git('branch', '--list')).toMatch(/detached/);

    const changes = await collect({ repository: work, ref: 'release' });
    expect(changes.map(c => c.title)).toEqual(['On release', 'First']);
    expect(changes[0].baseRef).toBe('release');
    const main = await collect({ repository: work, ref: 'main' });
    expect(main.map(c => c.title)).toEqual(['Second', 'First']);
  });

  it("warns when the tip is GitHub's trial merge of a pull request", async () => {
    const repo = newRepo();
    const base = repo.commit('First\n', { author: ALICE });
    repo.checkout('feature', { create: true });
    const head = repo.commit('Add it\n', { author: BOB });
    repo.checkout('main');
    // what actions/checkout checks out for a pull_request event
    repo.git(['checkout', '--quiet', '--detach']);
    repo.merge('feature', `Merge ${head} into ${base}`, { author: BOB });
    const warnings: string[] = [];
    const changes = await collect({
      repository: repo.dir,
      warn: message => warnings.push(message),
    });
    expect(changes[0].kind).toBe('direct_push');
    expect(warnings).toEqual([
      expect.stringMatching(
        /^The newest commit [0-9a-f]{7} is GitHub's trial merge of a pull request .* Scan the base branch instead/,
      ),
    ]);

    warnings.length = 0;
    await collect({
      repository: repo.dir,
      ref: 'main',
      warn: message => warnings.push(message),
    });
    expect(warnings).toEqual([]);
  });

  describe('errors', () => {
    it('rejects an unknown branch', async () => {
      const repo = newRepo();
      repo.commit('one\n');
      const error = await collect({ repository: repo.dir, ref: 'nope' }).catch(
        e => e,
      );
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toMatch(/Unknown branch or ref 'nope'/);
    });

    it('rejects a repository without commits', async () => {
      const repo = newRepo();
      await expect(collect({ repository: repo.dir })).rejects.toThrow(
        /has no commits on HEAD/,
      );
    });

    it('rejects a directory that is not a git repository', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'ai-approval-plain-'));
      try {
        const error = await collect({ repository: dir }).catch(e => e);
        expect(error).toBeInstanceOf(InputError);
        expect(error.message).toMatch(/is not a git repository/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    // chown to another user needs root, which CI machines and containers
    // (where git's ownership check bites most) run as
    const asRoot = process.getuid?.() === 0 ? describe : describe.skip;
    asRoot('on a repository of another user', () => {
      it("explains git's ownership check and the fix git suggests", async () => {
        const repo = newRepo();
        repo.commit('Initial\n', { author: ALICE });
        chownTree(repo.dir, 65534);
        const error = await collect({ repository: repo.dir }).catch(e => e);
        expect(error).toBeInstanceOf(InputError);
        expect(error.message).toBe(
          `Git refuses to read ${repo.dir}: it belongs to another user than the one running the scan (git's safe.directory check). ` +
            `If you trust it, run git config --global --add safe.directory ${repo.dir} (or scan as its owner).`,
        );
        chownTree(repo.dir, 0);
        expect(await collect({ repository: repo.dir })).toHaveLength(1);
      });
    });

    it("quotes the safe.directory fix from git's own words", () => {
      const stderr = [
        "fatal: detected dubious ownership in repository at '/src/widgets'",
        'To add an exception for this directory, call:',
        '',
        "\tgit config --global --add safe.directory '/src/widgets'",
      ].join('\n');
      expect(unreadableRepositoryError('/src/widgets', stderr).message).toMatch(
        /^Git refuses to read \/src\/widgets: .* run git config --global --add safe\.directory '\/src\/widgets' \(or scan as its owner\)\.$/,
      );
      expect(
        unreadableRepositoryError('/x', 'fatal: not a git repository').message,
      ).toBe(
        '/x is not a git repository (git said: fatal: not a git repository)',
      );
    });

    it('rejects a path that does not exist', async () => {
      await expect(
        collect({ repository: '/nonexistent/repo' }),
      ).rejects.toThrow('Repository path /nonexistent/repo does not exist');
    });

    it('reports a failed clone with what git said', async () => {
      const cacheDir = mkdtempSync(
        path.join(os.tmpdir(), 'ai-approval-cache-'),
      );
      try {
        const error = await collect({
          repository: 'file:///nonexistent/repo.git',
          cacheDir,
        }).catch(e => e);
        expect(error).toBeInstanceOf(GitCommandError);
        expect(error.message).toMatch(
          /^Cloning file:\/\/\/nonexistent\/repo.git failed/,
        );
        expect(error.message).toMatch(
          /does not appear to be a git repository|not found/i,
        );
        expect(require('node:fs').readdirSync(cacheDir)).toEqual([]);
      } finally {
        rmSync(cacheDir, { recursive: true, force: true });
      }
    });

    it('rejects dates it cannot read, before touching the repository', () => {
      expect(
        () => new GitChangeSource({ repository: '.', since: 'last tuesday' }),
      ).toThrow(
        "Invalid since date 'last tuesday': use an ISO 8601 date such as 2025-01-31",
      );
      expect(
        () => new GitChangeSource({ repository: '.', until: '2025-13-45' }),
      ).toThrow(InputError);
      expect(
        () =>
          new GitChangeSource({
            repository: '.',
            since: '2025-02-01',
            until: '2025-01-01',
          }),
      ).toThrow(/is after the until date/);
    });

    it('stops a scan that is aborted midway, and ends git', async () => {
      const repo = newRepo();
      for (let i = 0; i < 5; i++) {
        repo.commit(`commit ${i}\n`);
      }
      const controller = new AbortController();
      const seen: string[] = [];
      const scan = (async () => {
        for await (const change of new GitChangeSource({
          repository: repo.dir,
          signal: controller.signal,
        })) {
          seen.push(change.title);
          controller.abort();
        }
      })();
      await expect(scan).rejects.toThrow(/abort/i);
      expect(seen).toEqual(['commit 4']);
    });

    it('ends git when the reader stops early', async () => {
      const repo = newRepo();
      repo.commit('one\n');
      repo.commit('two\n');
      for await (const change of new GitChangeSource({
        repository: repo.dir,
      })) {
        expect(change.title).toBe('two');
        break;
      }
    });

    it('stops when aborted', async () => {
      const repo = newRepo();
      repo.commit('one\n');
      const controller = new AbortController();
      controller.abort();
      await expect(
        collect({ repository: repo.dir, signal: controller.signal }),
      ).rejects.toThrow(/abort/i);
    });
  });
});

function TestGitRepoAt(dir: string) {
  return {
    git: (args: string[]) =>
      require('node:child_process')
        .execFileSync('git', args, { cwd: dir })
        .toString(),
  };
}

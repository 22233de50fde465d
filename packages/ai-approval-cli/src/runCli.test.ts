import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './runCli';

const CLAUDE = 'Co-Authored-By: Claude <noreply@anthropic.com>';

/** A new repository, and git and commit at given dates in it. */
function newRepo() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ai-approval-cli-'));
  let n = 0;
  const git = (args: string[], date = '2025-01-01T00:00:00Z', input?: string) =>
    execFileSync('git', args, {
      cwd: dir,
      input,
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_AUTHOR_NAME: 'Alice',
        GIT_AUTHOR_EMAIL: 'alice@example.com',
        GIT_COMMITTER_NAME: 'Alice',
        GIT_COMMITTER_EMAIL: 'alice@example.com',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    }).toString();
  const commit = (message: string, date: string) => {
    writeFileSync(path.join(dir, `f${++n}`), `${n}`);
    git(['add', '.']);
    git(['commit', '-q', '-F', '-'], date, message);
  };
  git(['init', '-q', '--initial-branch=main']);
  return { dir, git, commit };
}

/** A repository with four changes: a plain PR merge, two AI squash merges, an AI push. */
function createRepo(): string {
  const { dir, git, commit } = newRepo();
  commit('Initial', '2025-01-01T00:00:00Z');
  git(['checkout', '-q', '-b', 'feature']);
  commit('Feature work', '2025-01-02T00:00:00Z');
  git(['checkout', '-q', 'main']);
  git(
    [
      'merge',
      '-q',
      '--no-ff',
      '-m',
      'Merge pull request #12 from bob/feature\n\nAdd a feature',
      'feature',
    ],
    '2025-01-03T00:00:00Z',
  );
  commit(
    `Approved AI fix (#13)\n\n${CLAUDE}\nReviewed-by: Carol <carol@example.com>`,
    '2025-01-04T00:00:00Z',
  );
  commit(`Unapproved AI fix (#14)\n\n${CLAUDE}`, '2025-01-05T00:00:00Z');
  commit(`Pushed AI tweak\n\n${CLAUDE}`, '2025-01-06T00:00:00Z');
  return dir;
}

class Collector {
  private readonly chunks: Buffer[] = [];
  write(chunk: string | Uint8Array) {
    this.chunks.push(Buffer.from(chunk));
    return true;
  }
  get text() {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

async function run(args: string[], cwd: string) {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(args, { stdout, stderr, cwd, columns: 100 });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('ai-approval scan', () => {
  let repo: string;
  let work: string;
  beforeAll(() => {
    repo = createRepo();
    work = mkdtempSync(path.join(os.tmpdir(), 'ai-approval-cli-work-'));
    writeFileSync(
      path.join(work, 'seniors.txt'),
      '# seniors\ncarol@example.com\n\n',
    );
  });
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('warns that a shallow clone holds only part of the history', async () => {
    const shallow = path.join(work, 'shallow');
    execFileSync(
      'git',
      ['clone', '--quiet', '--depth', '1', `file://${repo}`, shallow],
      { env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } },
    );
    const { code, stdout, stderr } = await run(
      ['scan', 'shallow', '--format', 'json'],
      work,
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^ai-approval: warning: .*shallow is a shallow clone: .*'git fetch --unshallow'/,
    );
    expect(JSON.parse(stdout)).toHaveLength(1);
  });

  it('scans --since 90d as the portal counts the last 90 days, and says so', async () => {
    const DAY = 86_400_000;
    const back = new Date(Date.now() - 90 * DAY);
    back.setUTCDate(back.getUTCDate() - ((back.getUTCDay() + 6) % 7));
    const start = Date.UTC(
      back.getUTCFullYear(),
      back.getUTCMonth(),
      back.getUTCDate(),
    );
    const at = (time: number) => new Date(time).toISOString();
    const recent = newRepo();
    try {
      recent.commit('Just outside', at(start - 60_000));
      recent.commit('Just inside', at(start + 60_000));
      recent.commit(`AI fix\n\n${CLAUDE}`, at(Date.now() - 3600_000));
      const table = await run(['scan', recent.dir, '--since', '90d'], work);
      expect(table.code).toBe(0);
      expect(table.stdout).not.toContain('Just outside');
      expect(table.stdout).toContain('Just inside');
      const day = `${back.getUTCDate()} ${back.toUTCString().slice(8, 11)}`;
      expect(table.stdout).toMatch(
        new RegExp(
          `\\n2 changes, 1 AI-assisted, 0 compliant, compliance 0%\\n` +
            `Since Monday ${day} ${back.getUTCFullYear()} ` +
            `\\(1[23] whole weeks and this week so far\\)\\n$`,
        ),
      );
      const markdown = await run(
        ['scan', recent.dir, '--since', '90d', '--format', 'markdown'],
        work,
      );
      expect(markdown.stdout).toMatch(
        /^## AI change approvals\n\nSince Monday .+ this week so far\)\n\n\| Changes scanned/,
      );
      // a date is no window: nothing to say about weeks
      const dated = await run(
        ['scan', recent.dir, '--since', at(start - 120_000)],
        work,
      );
      expect(dated.stdout).toContain('Just outside');
      expect(dated.stdout).not.toContain('Since Monday');
    } finally {
      rmSync(recent.dir, { recursive: true, force: true });
    }
  });

  it('prints a table with a summary', async () => {
    const { code, stdout, stderr } = await run(
      ['scan', repo, '--seniors-file', 'seniors.txt'],
      work,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^CHANGE\s+MERGED\s+AI\s+VERDICT\s+TITLE$/);
    expect(lines[1]).toMatch(
      /^[0-9a-f]{8}\s+2025-01-06\s+yes \(high\)\s+direct_push\s+Pushed AI tweak$/,
    );
    expect(lines[2]).toMatch(
      /^#14\s+2025-01-05\s+yes \(high\)\s+no_review\s+Unapproved AI fix$/,
    );
    expect(lines[3]).toMatch(
      /^#13\s+2025-01-04\s+yes \(high\)\s+approved\s+Approved AI fix$/,
    );
    expect(lines[4]).toMatch(/^#12\s+2025-01-03\s+no\s+-\s+Add a feature$/);
    // columns line up
    expect(lines[1].indexOf('2025')).toBe(lines[0].indexOf('MERGED'));
    expect(lines[4].indexOf('Add')).toBe(lines[0].indexOf('TITLE'));
    expect(stdout).toContain(
      '\n5 changes, 3 AI-assisted, 1 compliant, compliance 33.3%\n',
    );
  });

  it('writes one JSON array, one object per change', async () => {
    const { code, stdout } = await run(
      [
        'scan',
        repo,
        '--format',
        'json',
        '--senior',
        'carol@example.com',
        '--since',
        '2025-01-03',
      ],
      work,
    );
    expect(code).toBe(0);
    const records = JSON.parse(stdout);
    expect(records).toHaveLength(4);
    expect(records[1]).toEqual({
      id: '#14',
      kind: 'pull_request',
      number: 14,
      url: null,
      mergedSha: expect.stringMatching(/^[0-9a-f]{40}$/),
      commitShas: [records[1].mergedSha],
      title: 'Unapproved AI fix',
      author: { name: 'Alice', email: 'alice@example.com' },
      mergedAt: '2025-01-05T00:00:00.000Z',
      aiAssisted: true,
      confidence: 'high',
      evidence: [
        expect.objectContaining({ line: CLAUDE, source: 'commit_message' }),
      ],
      verdict: 'no_review',
      compliant: false,
      reasons: expect.arrayContaining([expect.any(String)]),
    });
    expect(records[2]).toMatchObject({
      id: '#13',
      verdict: 'approved',
      compliant: true,
    });
    expect(records[3]).toMatchObject({
      id: '#12',
      aiAssisted: false,
      verdict: null,
      compliant: null,
    });
  });

  it('writes an empty array when nothing matched', async () => {
    const { code, stdout } = await run(
      ['scan', repo, '--format', 'json', '--until', '2024-01-01'],
      work,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it('writes one line per commit with --per-commit, merge commits too', async () => {
    const { code, stdout } = await run(
      ['scan', repo, '--format', 'ndjson', '--per-commit'],
      work,
    );
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map(line => JSON.parse(line));
    const reachable = execFileSync('git', ['rev-list', 'HEAD'], {
      cwd: repo,
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    expect(lines.map(line => line.sha).sort()).toEqual(reachable.sort());
    expect(lines[0]).toEqual({
      sha: expect.stringMatching(/^[0-9a-f]{40}$/),
      aiAssisted: true,
      confidence: 'high',
      signals: [expect.any(String)],
    });
    expect(lines[4]).toEqual({
      sha: expect.any(String),
      aiAssisted: false,
      confidence: 'none',
      signals: [],
    });
  });

  it('prints commits as a table with --per-commit', async () => {
    const { stdout } = await run(['scan', repo, '--per-commit'], work);
    expect(stdout.split('\n')[0]).toMatch(/^COMMIT\s+AI\s+SIGNALS\s+SUBJECT$/);
    expect(stdout).toMatch(/\n[0-9a-f]{8}\s+no\s+-\s+Feature work\n/);
  });

  it('reads detection, policy and seniors from a config file', async () => {
    writeFileSync(
      path.join(work, 'policy.yaml'),
      'detection:\n  disabledSignals: []\npolicy:\n  twoPass: false\nseniors:\n  - carol@example.com\n',
    );
    writeFileSync(
      path.join(work, 'policy.json'),
      '{"detection": {"threshold": "high"}}',
    );
    const yaml = await run(
      ['scan', repo, '--config', 'policy.yaml', '--format', 'json'],
      work,
    );
    expect(JSON.parse(yaml.stdout)[2]).toMatchObject({
      id: '#13',
      compliant: true,
    });
    const json = await run(
      ['scan', repo, '--config', 'policy.json', '--format', 'ndjson'],
      work,
    );
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout.split('\n')[2])).toMatchObject({
      id: '#13',
      compliant: false,
    });
  });

  describe('--fail-under', () => {
    it('fails when compliance is below the threshold, saying why', async () => {
      const { code, stderr } = await run(
        ['scan', repo, '--senior', 'carol@example.com', '--fail-under', '50'],
        work,
      );
      expect(code).toBe(1);
      expect(stderr).toBe(
        'ai-approval: compliance 33.3% is below --fail-under 50%: 2 of 3 AI-assisted changes lack a valid senior approval\n',
      );
    });

    it('passes at or above the threshold, and with no AI changes at all', async () => {
      expect(
        (
          await run(
            [
              'scan',
              repo,
              '--senior',
              'carol@example.com',
              '--fail-under',
              '33',
            ],
            work,
          )
        ).code,
      ).toBe(0);
      const noAi = await run(
        ['scan', repo, '--until', '2025-01-03', '--fail-under', '100'],
        work,
      );
      expect(noAi.code).toBe(0);
      expect(noAi.stdout).toContain(
        '\n2 changes, 0 AI-assisted, 0 compliant, compliance 100% (no AI-assisted changes)\n',
      );
      const one = await run(['scan', repo, '--until', '2025-01-01'], work);
      expect(one.stdout).toContain('\n1 change, 0 AI-assisted,');
    });
  });

  describe('Markdown', () => {
    it('writes the report with --format markdown', async () => {
      const { code, stdout, stderr } = await run(
        ['scan', repo, '--format', 'markdown', '--senior', 'carol@example.com'],
        work,
      );
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^## AI change approvals\n/);
      expect(stdout).toContain('| 5 | 3 | 1 | 33.3% (no threshold) |');
      expect(stdout).toMatch(/\n\| #14 Unapproved AI fix \(`[0-9a-f]{7}`\) \|/);
      expect(stdout).not.toContain('Approved AI fix');
    });

    it('appends it to --summary while stdout keeps its format', async () => {
      const summary = path.join(work, 'summary.md');
      writeFileSync(summary, 'before\n');
      const { code, stdout } = await run(
        ['scan', repo, '--summary', 'summary.md', '--fail-under', '100'],
        work,
      );
      expect(code).toBe(1);
      expect(stdout).toMatch(/^CHANGE\s+MERGED/);
      const text = readFileSync(summary, 'utf8');
      expect(text).toMatch(/^before\n## AI change approvals\n/);
      expect(text).toContain(
        '❌ **Failed**: compliance 0% is below --fail-under 100%: 3 of 3 AI-assisted changes lack a valid senior approval\n',
      );
      const rows = text.split('\n').filter(line => /^\| [^C\d-]/.test(line));
      expect(rows.map(line => line.split(' | ').slice(0, 3))).toEqual([
        [
          expect.stringMatching(/^\| Pushed AI tweak \(`[0-9a-f]{7}`\)$/),
          'Alice &lt;alice@example.com&gt;',
          '`direct_push`',
        ],
        [
          expect.stringMatching(/^\| #14 Unapproved AI fix /),
          expect.any(String),
          '`no_review`',
        ],
        [
          expect.stringMatching(/^\| #13 Approved AI fix /),
          expect.any(String),
          '`not_senior`', // Carol approved it, but no senior is listed
        ],
      ]);
    });
  });

  describe('errors: one line on stderr, exit code 2', () => {
    it.each([
      [
        ['scan', 'missing-repo'],
        /^ai-approval: Repository path .*missing-repo does not exist\n$/,
      ],
      [['scan', '.'], /^ai-approval: .* is not a git repository/],
      [
        ['scan', '<repo>', '--branch', 'nope'],
        /^ai-approval: Unknown branch or ref 'nope' in /,
      ],
      [
        ['scan', '<repo>', '--since', 'last week'],
        /^ai-approval: Invalid since date 'last week'/,
      ],
      [
        ['scan', '<repo>', '--until', '2025-02-30x'],
        /^ai-approval: Invalid until date/,
      ],
      [
        ['scan', '<repo>', '--seniors-file', 'nope.txt'],
        /^ai-approval: Cannot read the seniors file .*nope.txt: it does not exist\n$/,
      ],
      [
        ['scan', '<repo>', '--config', 'nope.yaml'],
        /^ai-approval: Cannot read the config file .*nope.yaml: it does not exist\n$/,
      ],
      [
        ['scan', '<repo>', '--config', 'bad.yaml'],
        /^ai-approval: The config file .*bad.yaml is not valid YAML or JSON/,
      ],
      [
        ['scan', '<repo>', '--config', 'unknown.yaml'],
        /^ai-approval: Unknown key\(s\) polcy in the config file/,
      ],
      [
        ['scan', '<repo>', '--config', 'badsignal.yaml'],
        /^ai-approval: In badsignal.yaml: Invalid AI detection config: disabledSignals names unknown signal/,
      ],
      [
        ['scan', '<repo>', '--format', 'xml'],
        /^ai-approval: Unknown --format 'xml'; use one of table, json, ndjson, markdown\n$/,
      ],
      [
        ['scan', '<repo>', '--format', 'markdown', '--per-commit'],
        /^ai-approval: --format markdown lists changes; it does not combine with --per-commit\n$/,
      ],
      [
        ['scan', '<repo>', '--fail-under', 'lots'],
        /^ai-approval: --fail-under must be a percentage/,
      ],
      [
        ['scan', 'file:///nonexistent/repo.git', '--cache-dir', 'cache'],
        /^ai-approval: Cloning file:\/\/\/nonexistent\/repo.git failed .*: fatal: /,
      ],
    ])('%j', async (args, message) => {
      writeFileSync(path.join(work, 'bad.yaml'), 'detection: [unclosed');
      writeFileSync(path.join(work, 'unknown.yaml'), 'polcy: {}');
      writeFileSync(
        path.join(work, 'badsignal.yaml'),
        'detection:\n  disabledSignals: [nope]',
      );
      const { code, stdout, stderr } = await run(
        args.map(arg => (arg === '<repo>' ? repo : arg)),
        work,
      );
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stdout).toBe('');
      expect(code).toBe(2);
    });

    it('rejects unknown options and a missing command', async () => {
      const unknown = await run(['scan', repo, '--bogus'], work);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/unknown option '--bogus'/);
      expect((await run([], work)).code).toBe(2);
      expect((await run(['scan'], work)).stderr).toMatch(
        /missing required argument/,
      );
    });

    it('exits 0 for --help', async () => {
      const help = await run(['scan', '--help'], work);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('--fail-under <percent>');
    });
  });
});

import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../runCli';

const CLAUDE = 'Co-Authored-By: Claude <noreply@anthropic.com>';

function git(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', args, {
    cwd,
    input,
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Bob',
      GIT_AUTHOR_EMAIL: 'bob@example.com',
      GIT_COMMITTER_NAME: 'Bob',
      GIT_COMMITTER_EMAIL: 'bob@example.com',
      GIT_AUTHOR_DATE: '2025-02-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2025-02-01T00:00:00Z',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  }).toString();
}

/** Squash merges: a plain one, an approved AI one, an unapproved AI one. */
function createOrigin(dir: string) {
  git(dir, ['init', '-q', '--initial-branch=main']);
  [
    'Set up (#1)',
    `Approved AI change (#2)\n\n${CLAUDE}\nReviewed-by: Carol <carol@example.com>`,
    `Unapproved | AI change (#3)\n\n${CLAUDE}`,
  ].forEach((message, i) => {
    writeFileSync(path.join(dir, `file${i}`), message);
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-F', '-'], message);
  });
}

class Collector {
  text = '';
  write(chunk: string | Uint8Array) {
    this.text += Buffer.from(chunk).toString('utf8');
    return true;
  }
}

describe('ai-approval github-action', () => {
  let root: string;
  let origin: string;
  let clones = 0;

  /** What actions/checkout leaves: a clone of one commit, and a seniors file. */
  function checkout(): string {
    const dir = path.join(root, `checkout${++clones}`);
    git(root, ['clone', '-q', '--depth', '1', `file://${origin}`, dir]);
    writeFileSync(path.join(dir, 'seniors.txt'), 'carol@example.com\n');
    return dir;
  }

  async function run(env: NodeJS.ProcessEnv) {
    const stdout = new Collector();
    const stderr = new Collector();
    const code = await runCli(
      ['github-action'],
      { stdout, stderr, cwd: root },
      env,
    );
    return { code, stdout: stdout.text, stderr: stderr.text };
  }

  const isShallow = (dir: string) =>
    git(dir, ['rev-parse', '--is-shallow-repository']).trim() === 'true';

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'ai-approval-action-'));
    origin = path.join(root, 'origin');
    mkdirSync(origin);
    createOrigin(origin);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('deepens the checkout, writes the summary and fails below the threshold', async () => {
    const workspace = checkout();
    const summary = path.join(root, 'summary1.md');
    writeFileSync(summary, '# Earlier step\n\n');
    const { code, stdout, stderr } = await run({
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summary,
      AI_APPROVAL_FETCH_DEPTH: '0',
      AI_APPROVAL_SENIORS_FILE: 'seniors.txt',
      AI_APPROVAL_FAIL_UNDER: '100',
    });
    expect(code).toBe(1);
    expect(isShallow(workspace)).toBe(false);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toMatch(/^# Earlier step\n\n## AI change approvals\n/);
    expect(markdown).toContain('| 3 | 2 | 1 | 50% (threshold 100%) |');
    expect(markdown).toContain('❌ **Failed**: compliance 50% is below');
    expect(markdown).toMatch(
      /\n\| #3 Unapproved \\\| AI change \(`[0-9a-f]{7}`\) \| Bob &lt;bob@example.com&gt; \| `no_review` \| .+ \| Claude Code, claude-coauthor: Co-Authored-By: Claude &lt;noreply@anthropic.com&gt; \|\n/,
    );
    expect(markdown).not.toContain('Approved AI change');
    // the header, then no commands until the rows are done
    const token = /^CHANGE .*\n::stop-commands::(\w+)\n/.exec(stdout)![1];
    expect(stdout).toMatch(/\n#3 .*no_review\s+Unapproved \| AI change\n/);
    const annotations = stdout.slice(stdout.indexOf(`\n::${token}::\n`));
    expect(annotations.match(/^::error/gm)).toHaveLength(1);
    expect(annotations).toMatch(
      /\n::error title=AI-assisted change without senior approval::#3 Unapproved \| AI change \([0-9a-f]{7}\) by Bob <bob@example.com>: no_review\. .*Evidence: Co-Authored-By: Claude/,
    );
    expect(stderr).toContain(
      'ai-approval: deepening the shallow checkout: git fetch --quiet --unshallow\n',
    );
    expect(stderr).toMatch(
      /ai-approval: compliance 50% is below --fail-under 100%: 1 of 2 AI-assisted changes lack a valid senior approval\n$/,
    );
  });

  it('passes at the threshold with a policy file, to a given depth', async () => {
    const workspace = checkout();
    writeFileSync(
      path.join(workspace, 'policy.yaml'),
      'seniors: [carol@example.com]\n',
    );
    const summary = path.join(root, 'summary2.md');
    const { code, stdout, stderr } = await run({
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summary,
      AI_APPROVAL_FETCH_DEPTH: '2',
      AI_APPROVAL_POLICY_FILE: 'policy.yaml',
      AI_APPROVAL_FAIL_UNDER: '50',
      AI_APPROVAL_BRANCH: 'origin/main',
      AI_APPROVAL_SINCE: '2025-01-01',
    });
    expect(code).toBe(0);
    expect(git(workspace, ['rev-list', '--count', 'HEAD']).trim()).toBe('2');
    expect(readFileSync(summary, 'utf8')).toContain(
      '✅ **Passed**: compliance 50% meets --fail-under 50%',
    );
    expect(stdout).toContain('::error title=');
    expect(stderr).toMatch(
      /ai-approval: compliance 50% meets --fail-under 50%; 1 of 2/,
    );
  });

  it('leaves the checkout alone without fetch-depth, and the summary without GITHUB_STEP_SUMMARY', async () => {
    const workspace = checkout();
    const { code, stdout, stderr } = await run({
      GITHUB_WORKSPACE: workspace,
      AI_APPROVAL_FETCH_DEPTH: '',
      AI_APPROVAL_FAIL_UNDER: '',
    });
    expect(code).toBe(0);
    expect(isShallow(workspace)).toBe(true);
    expect(stderr).toContain('is a shallow clone');
    expect(stderr).toMatch(/compliance 0%, no --fail-under threshold; 1 of 1/);
    expect(stdout).toContain('::error title=');
  });

  describe('bad input: one line on stderr, exit code 2, no summary', () => {
    it.each([
      [
        { AI_APPROVAL_FETCH_DEPTH: 'all' },
        /^ai-approval: Input fetch-depth \(AI_APPROVAL_FETCH_DEPTH\) must be a number of commits, 0 for the whole history; got 'all'\n$/,
      ],
      [
        { AI_APPROVAL_FAIL_UNDER: '101' },
        /^ai-approval: Input fail-under \(AI_APPROVAL_FAIL_UNDER\) must be a percentage between 0 and 100, got '101'\n$/,
      ],
      [
        { AI_APPROVAL_SINCE: 'yesterday' },
        /^ai-approval: Invalid since date 'yesterday'/,
      ],
      [
        { AI_APPROVAL_SENIORS_FILE: 'nope.txt' },
        /^ai-approval: Cannot read the seniors file .*nope.txt: it does not exist\n$/,
      ],
      [
        { AI_APPROVAL_BRANCH: 'nope' },
        /^ai-approval: Unknown branch or ref 'nope'/,
      ],
      [
        { GITHUB_WORKSPACE: '<root>' },
        /^ai-approval: .* is not a git repository/,
      ],
      [
        { GITHUB_STEP_SUMMARY: '<root>/missing/summary.md' },
        /^ai-approval: Cannot write the summary file .*missing\/summary.md: /,
      ],
    ])('%j', async (inputs, message) => {
      const workspace = checkout();
      const summary = path.join(root, `bad${clones}.md`);
      const env: NodeJS.ProcessEnv = {
        GITHUB_WORKSPACE: workspace,
        GITHUB_STEP_SUMMARY: summary,
        AI_APPROVAL_FETCH_DEPTH: '',
      };
      for (const [key, value] of Object.entries(inputs)) {
        env[key] = value.replace('<root>', root);
      }
      const { code, stdout, stderr } = await run(env);
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stdout).toBe('');
      expect(code).toBe(2);
      expect(existsSync(summary) ? readFileSync(summary, 'utf8') : '').toBe('');
    });

    it('says so when deepening the checkout fails', async () => {
      const workspace = checkout();
      git(workspace, ['remote', 'set-url', 'origin', `file://${root}/gone`]);
      const { code, stderr } = await run({
        GITHUB_WORKSPACE: workspace,
        AI_APPROVAL_FETCH_DEPTH: '0',
      });
      expect(code).toBe(2);
      expect(stderr).toMatch(
        /\nai-approval: Deepening the shallow checkout .*checkout\d+ failed \(git fetch --quiet --unshallow\): fatal: .*gone/,
      );
    });
  });
});

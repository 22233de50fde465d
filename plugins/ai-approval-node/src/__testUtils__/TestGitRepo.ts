import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Seconds of a UTC ISO time, for fixed commit dates. */
export function seconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

export interface CommitOptions {
  /** `Name <email>` of author and committer */
  author?: string;
  /** committer when different from the author */
  committer?: string;
  /** ISO time of author and committer date */
  date?: string;
  /** extra `git -c` settings, e.g. `i18n.commitEncoding=ISO-8859-1` */
  config?: string[];
}

/**
 * A real git repository in a temp dir, with commits at fixed dates, for
 * tests of the git source.
 */
export class TestGitRepo {
  private counter = 0;

  private constructor(readonly dir: string) {}

  static create(options: { bare?: boolean; branch?: string } = {}) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ai-approval-test-'));
    const repo = new TestGitRepo(dir);
    repo.git([
      'init',
      '--quiet',
      `--initial-branch=${options.branch ?? 'main'}`,
      ...(options.bare ? ['--bare'] : []),
    ]);
    return repo;
  }

  git(args: string[], env: NodeJS.ProcessEnv = {}, input?: Buffer): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        ...env,
      },
      input,
      stdio: ['pipe', 'pipe', 'pipe'],
    }).toString('utf8');
  }

  /** Commits a change of a new file with the message as given (verbatim). */
  commit(message: string | Buffer, options: CommitOptions = {}): string {
    this.counter += 1;
    writeFileSync(
      path.join(this.dir, `file${this.counter}.txt`),
      `${this.counter}\n`,
    );
    this.git(['add', '--all']);
    this.git(
      [
        ...(options.config ?? []).flatMap(setting => ['-c', setting]),
        'commit',
        '--quiet',
        '--cleanup=verbatim',
        '--allow-empty-message',
        '-F',
        '-',
      ],
      this.env(options),
      Buffer.isBuffer(message) ? message : Buffer.from(message, 'utf8'),
    );
    return this.head();
  }

  /**
   * Writes a commit object with the message bytes exactly as given (`git
   * commit` would turn invalid UTF-8 into Latin-1) on top of HEAD, dated
   * `rawTime` when given (to write what broken tools have written).
   */
  rawCommit(
    message: Buffer,
    options: CommitOptions & { rawTime?: string } = {},
  ): string {
    const env = this.env(options);
    // `seconds zone` as git stores it, which may be any number
    const date = options.rawTime ?? env.GIT_COMMITTER_DATE!.slice(1);
    const header = [
      `tree ${this.git(['rev-parse', 'HEAD^{tree}']).trim()}`,
      `parent ${this.head()}`,
      `author ${env.GIT_AUTHOR_NAME} <${env.GIT_AUTHOR_EMAIL}> ${date}`,
      `committer ${env.GIT_COMMITTER_NAME} <${env.GIT_COMMITTER_EMAIL}> ${date}`,
      '',
      '',
    ].join('\n');
    const sha = this.git(
      ['hash-object', '-t', 'commit', '-w', '--stdin'],
      {},
      Buffer.concat([Buffer.from(header), message]),
    ).trim();
    this.git(['update-ref', 'HEAD', sha]);
    return sha;
  }

  /** `git merge --no-ff` of a branch into the current one. */
  merge(branch: string, message: string, options: CommitOptions = {}) {
    this.git(
      ['merge', '--quiet', '--no-ff', '--no-edit', '-m', message, branch],
      this.env(options),
    );
    return this.head();
  }

  /** Attaches a git note to a commit, in `refs/notes/<ref>`. */
  addNote(sha: string, text: string, ref = 'commits') {
    this.git(
      ['notes', `--ref=${ref}`, 'add', '-f', '-F', '-', sha],
      this.env({}),
      Buffer.from(text, 'utf8'),
    );
  }

  checkout(branch: string, options: { create?: boolean; from?: string } = {}) {
    this.git([
      'checkout',
      '--quiet',
      ...(options.create ? ['-b'] : []),
      branch,
      ...(options.from ? [options.from] : []),
    ]);
  }

  head(): string {
    return this.git(['rev-parse', 'HEAD']).trim();
  }

  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private env(options: CommitOptions): NodeJS.ProcessEnv {
    const author = parse(options.author ?? 'Alice Author <alice@example.com>');
    const committer = options.committer ? parse(options.committer) : author;
    const date = `@${seconds(options.date ?? '2025-01-01T00:00:00Z')} +0000`;
    return {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    };
  }
}

function parse(identity: string) {
  const match = /^(.*?)\s*<(.*)>$/.exec(identity);
  return { name: match?.[1] ?? identity, email: match?.[2] ?? '' };
}

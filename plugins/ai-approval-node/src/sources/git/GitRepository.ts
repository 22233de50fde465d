import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '@backstage/errors';
import { redact, runGit, runGitOrThrow } from './runGit';

/** @public */
export interface GitRepositoryOpenOptions {
  /**
   * Where bare clones of remote repositories are kept between runs (default:
   * `ai-approval-git-cache` in the OS temp dir). A later run fetches into the
   * existing clone instead of cloning again.
   */
  cacheDir?: string;
  signal?: AbortSignal;
}

/** A commit a ref points at. @public */
export interface ResolvedRef {
  sha: string;
  /** branch name when the ref is (or HEAD points at) a branch */
  branch?: string;
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
const SCP_LIKE = /^[\w.-]+@[\w.-]+:(?!\/\/)/;

/**
 * Whether a repository location is a URL to clone rather than a local path.
 * @public
 */
export function isRemoteLocation(location: string): boolean {
  return URL_LIKE.test(location) || SCP_LIKE.test(location);
}

/**
 * A git repository on local disk: either the path it was given, or a bare,
 * tag-less clone of a URL kept in a cache directory and fetched
 * incrementally on later runs. Runs short git plumbing commands; the history
 * itself is streamed by {@link GitChangeSource}.
 *
 * @public
 */
export class GitRepository {
  private constructor(
    /** directory git runs in */
    readonly dir: string,
    /** where the history came from: the URL, or the repository's `origin` */
    readonly remoteUrl: string | undefined,
    /** the location as given, for messages (credentials removed) */
    readonly displayName: string,
    private readonly signal?: AbortSignal,
    /**
     * whether the repository is a shallow clone (CI checkouts often are):
     * its history stops at the commits it holds
     */
    readonly shallow = false,
  ) {}

  /** Opens a local repository, or clones / fetches a remote one. */
  static async open(
    location: string,
    options: GitRepositoryOpenOptions = {},
  ): Promise<GitRepository> {
    if (!location) {
      throw new InputError('No repository given: pass a path or a URL');
    }
    if (isRemoteLocation(location)) {
      const dir = await syncBareClone(location, options);
      return new GitRepository(dir, location, redact(location), options.signal);
    }
    const dir = path.resolve(location);
    const [shallow, origin] = await Promise.all([
      assertLocalRepository(dir, options.signal),
      runGit(['config', '--get', 'remote.origin.url'], {
        cwd: dir,
        signal: options.signal,
      }).catch(() => undefined),
    ]);
    const remoteUrl = origin?.exitCode === 0 ? origin.stdout.trim() : '';
    return new GitRepository(
      dir,
      remoteUrl || undefined,
      dir,
      options.signal,
      shallow,
    );
  }

  /**
   * {@link GitRepository.open} followed by {@link GitRepository.resolveRef},
   * with the same results and errors (those of opening first), but for a
   * local repository the ref is resolved while the repository is checked:
   * one round of git processes less before a scan can start.
   */
  static async openAndResolve(
    location: string,
    ref: string | undefined,
    options: GitRepositoryOpenOptions = {},
  ): Promise<{ repository: GitRepository; resolved: ResolvedRef }> {
    if (!location || isRemoteLocation(location)) {
      const repository = await GitRepository.open(location, options);
      return { repository, resolved: await repository.resolveRef(ref) };
    }
    const dir = path.resolve(location);
    const resolving = new GitRepository(
      dir,
      undefined,
      dir,
      options.signal,
    ).resolveRef(ref);
    // awaited once the repository is known to exist; until then (and when
    // it does not) its failure says nothing
    resolving.catch(() => {});
    const repository = await GitRepository.open(location, options);
    return { repository, resolved: await resolving };
  }

  /**
   * Resolves a branch, tag or sha to a commit (default: HEAD, which for a
   * bare clone is the remote's default branch).
   */
  async resolveRef(ref?: string): Promise<ResolvedRef> {
    const wanted = ref || 'HEAD';
    const [result, branch] = await Promise.all([
      runGit(
        [
          'rev-parse',
          '--verify',
          '--quiet',
          '--end-of-options',
          `${wanted}^{commit}`,
        ],
        { cwd: this.dir, signal: this.signal },
      ),
      this.branchName(wanted),
    ]);
    if (result.exitCode !== 0) {
      if (!ref) {
        throw new InputError(
          `The repository at ${this.displayName} has no commits on HEAD; pass a branch that exists`,
        );
      }
      const remote = await this.remoteBranch(ref);
      if (remote) {
        return this.resolveRef(remote);
      }
      throw new InputError(
        `Unknown branch or ref '${ref}' in ${this.displayName}; list the branches with 'git branch -a'`,
      );
    }
    return { sha: result.stdout.trim(), branch };
  }

  /**
   * The newest commit on the first-parent chain of `tip` whose committer
   * date is at or before `date`; undefined when there is none.
   */
  async firstParentAtOrBefore(
    tip: string,
    date: Date,
  ): Promise<string | undefined> {
    const seconds = Math.floor(date.getTime() / 1000);
    const out = await runGitOrThrow(
      ['rev-list', '--first-parent', '-n1', `--before=@${seconds}`, tip],
      { cwd: this.dir, signal: this.signal, what: 'Reading the history' },
    );
    return out.trim() || undefined;
  }

  /**
   * The lines each commit adds over all its files (`git log --numstat`,
   * binary files not counted; a merge commit shows no diff and adds none).
   * Best effort: a commit git cannot diff (a blob missing from a partial
   * clone) is left out rather than failing the scan.
   */
  async linesAdded(shas: readonly string[]): Promise<Map<string, number>> {
    const added = new Map<string, number>();
    const pending = [];
    for (let i = 0; i < shas.length; i += 500) {
      pending.push(shas.slice(i, i + 500));
    }
    for (let part = pending.pop(); part; part = pending.pop()) {
      const result = await runGit(
        ['log', '--no-walk=unsorted', '--numstat', '--no-renames'].concat(
          '--format=@%H',
          part,
        ),
        { cwd: this.dir, signal: this.signal },
      );
      const counted = addNumstat(result.stdout, added);
      if (result.exitCode !== 0) {
        // git stopped at the commit it could not diff (`counted`, its
        // count unfinished): leave it out and go on after it
        added.delete(counted!);
        const rest = part.slice(counted ? part.indexOf(counted) + 1 : 1);
        if (rest.length > 0) pending.push(rest);
      }
    }
    return added;
  }

  /**
   * The remote-tracking branch of a branch name that has no local branch,
   * as `git checkout <name>` finds it: the only remote with that branch, or
   * `origin`. CI checkouts (a detached HEAD and `origin/*` only) need it.
   */
  private async remoteBranch(name: string): Promise<string | undefined> {
    if (!/^[\w.][\w./-]*$/.test(name)) {
      return undefined;
    }
    const found = await runGit(
      ['for-each-ref', '--format=%(refname)', `refs/remotes/*/${name}`],
      { cwd: this.dir, signal: this.signal },
    );
    const refs = found.stdout.split('\n').filter(Boolean);
    if (refs.length === 1) {
      return refs[0];
    }
    return refs.find(r => r === `refs/remotes/origin/${name}`);
  }

  private async branchName(ref: string): Promise<string | undefined> {
    if (ref !== 'HEAD') {
      const full = await runGit(
        ['rev-parse', '--verify', '--quiet', '--symbolic-full-name', ref],
        { cwd: this.dir, signal: this.signal },
      );
      const name = full.stdout.trim();
      if (name.startsWith('refs/heads/')) {
        return name.slice('refs/heads/'.length);
      }
      if (name.startsWith('refs/remotes/')) {
        return name.slice('refs/remotes/'.length).replace(/^[^/]+\//, '');
      }
      return undefined;
    }
    const head = await runGit(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
      cwd: this.dir,
      signal: this.signal,
    });
    return head.exitCode === 0 ? head.stdout.trim() || undefined : undefined;
  }
}

/**
 * Adds up `--numstat --format=@%H` output (`@<sha>`, then `<added>\t...`);
 * returns the last commit it saw.
 */
function addNumstat(
  out: string,
  added: Map<string, number>,
): string | undefined {
  let sha: string | undefined;
  for (const line of out.split('\n')) {
    if (line.startsWith('@')) {
      sha = line.slice(1);
      added.set(sha, 0);
    } else if (sha && /^\d+\t/.test(line)) {
      added.set(sha, added.get(sha)! + Number.parseInt(line, 10));
    }
  }
  return sha;
}

/** Checks that a directory is a git repository; returns whether it is shallow. */
async function assertLocalRepository(
  dir: string,
  signal?: AbortSignal,
): Promise<boolean> {
  try {
    await fs.access(dir);
  } catch {
    throw new InputError(`Repository path ${dir} does not exist`);
  }
  const result = await runGit(
    ['rev-parse', '--git-dir', '--is-shallow-repository'],
    { cwd: dir, signal },
  );
  if (result.exitCode !== 0) {
    throw unreadableRepositoryError(dir, result.stderr);
  }
  return result.stdout.trim().endsWith('true');
}

const SAFE_DIRECTORY_FIX = /git config --global --add safe\.directory \S.*/;

/**
 * Why git cannot read a local repository. Most often it is no repository;
 * in CI containers and on mounted volumes it is git's ownership check,
 * whose fix git prints on a later line of stderr than the first.
 */
export function unreadableRepositoryError(
  dir: string,
  stderr: string,
): InputError {
  if (stderr.includes('dubious ownership')) {
    const fix =
      SAFE_DIRECTORY_FIX.exec(stderr)?.[0].trim() ??
      `git config --global --add safe.directory ${dir}`;
    return new InputError(
      `Git refuses to read ${dir}: it belongs to another user than the one running the scan (git's safe.directory check). ` +
        `If you trust it, run ${fix} (or scan as its owner).`,
    );
  }
  return new InputError(
    `${dir} is not a git repository (git said: ${
      stderr.split('\n')[0] || 'no repository'
    })`,
  );
}

/** Directory name of a URL's clone: readable slug plus a hash of the URL. */
function cacheName(url: string): string {
  const slug = redact(url)
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\.git$/, '')
    .replace(/[^a-zA-Z0-9._-]+/g, '_')
    .slice(-60);
  // loaded here: only clones of URLs need it, and loading it costs local
  // scans start-up time
  const { createHash }: typeof import('node:crypto') = require('node:crypto');
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 12);
  return `ai-approval-${slug}-${hash}.git`;
}

/**
 * Notes travel apart from history: line attribution (git-ai's
 * `refs/notes/ai`) is fetched with it. A remote without notes matches
 * nothing, which is no error.
 */
const NOTES_REFSPEC = '+refs/notes/*:refs/notes/*';

async function syncBareClone(
  url: string,
  options: GitRepositoryOpenOptions,
): Promise<string> {
  const cacheDir = path.resolve(
    options.cacheDir ?? path.join(os.tmpdir(), 'ai-approval-git-cache'),
  );
  const target = path.join(cacheDir, cacheName(url));
  const signal = options.signal;
  if (await isBareRepository(target, signal)) {
    await runGitOrThrow(
      [
        '-c',
        'fetch.writeCommitGraph=true',
        'fetch',
        '--quiet',
        '--no-tags',
        '--prune',
        '--force',
        'origin',
        '+refs/heads/*:refs/heads/*',
        NOTES_REFSPEC,
      ],
      { cwd: target, signal, what: `Fetching ${redact(url)}` },
    );
    return target;
  }
  await fs.mkdir(cacheDir, { recursive: true });
  // clone next to the target and rename, so an interrupted clone never
  // leaves a half-written repository that later runs would trust
  const partial = await fs.mkdtemp(path.join(cacheDir, '.partial-'));
  try {
    await runGitOrThrow(
      ['clone', '--bare', '--no-tags', '--quiet', '--', url, partial],
      { signal, what: `Cloning ${redact(url)}` },
    );
    await runGitOrThrow(['fetch', '--quiet', 'origin', NOTES_REFSPEC], {
      cwd: partial,
      signal,
      what: `Fetching the notes of ${redact(url)}`,
    });
    // a commit-graph lets `git log --topo-order` stream from the first
    // commit instead of walking the whole history first; fetches keep it
    await runGitOrThrow(['commit-graph', 'write', '--reachable'], {
      cwd: partial,
      signal,
      what: `Indexing the clone of ${redact(url)}`,
    });
    await fs.rm(target, { recursive: true, force: true });
    await fs.rename(partial, target);
  } finally {
    await fs.rm(partial, { recursive: true, force: true });
  }
  return target;
}

async function isBareRepository(dir: string, signal?: AbortSignal) {
  try {
    await fs.access(path.join(dir, 'HEAD'));
  } catch {
    return false;
  }
  const result = await runGit(['rev-parse', '--is-bare-repository'], {
    cwd: dir,
    signal,
  });
  return result.exitCode === 0 && result.stdout.trim() === 'true';
}

import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { CustomErrorBase } from '@backstage/errors';

/**
 * A git command that failed. The message names the command and quotes git's
 * own stderr, which is what a person needs to fix it.
 *
 * @public
 */
export class GitCommandError extends CustomErrorBase {
  name = 'GitCommandError' as const;

  constructor(
    message: string,
    readonly stderr: string = '',
    readonly exitCode: number | null = null,
  ) {
    super(message);
  }
}

/** Options shared by every git invocation. */
export interface GitCommandOptions {
  /** repository (or working tree) the command runs in */
  cwd?: string;
  signal?: AbortSignal;
}

/**
 * The variables of `git rev-parse --local-env-vars` that tie git to one
 * repository. Git sets them for the hooks it runs, so a scan started from a
 * pre-push hook would otherwise read the hook's repository, not its own.
 * The configuration ones of that list stay: CI systems pass credentials for
 * clones through `GIT_CONFIG_COUNT` and its keys.
 */
const REPOSITORY_ENV = [
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_OBJECT_DIRECTORY',
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_IMPLICIT_WORK_TREE',
  'GIT_GRAFT_FILE',
  'GIT_INDEX_FILE',
  'GIT_NO_REPLACE_OBJECTS',
  'GIT_REPLACE_REF_BASE',
  'GIT_PREFIX',
  'GIT_INTERNAL_SUPER_PREFIX',
  'GIT_SHALLOW_FILE',
  'GIT_COMMON_DIR',
];

/** A user's settings that would change the output format are overridden. */
const GIT_CONFIG_OVERRIDES = [
  '-c',
  'log.showSignature=false',
  '-c',
  'core.quotePath=false',
];

/** A running git process. */
export interface GitProcess {
  child: ChildProcess;
  /**
   * git's output. Node resumes (and so drops) the stdout of a child that
   * exits before anyone listened, so it is piped into this stream at once
   * and can be read later; backpressure still pauses git.
   */
  stdout: Readable;
  stderr: () => string;
  exited: Promise<number>;
}

/**
 * Whether a directory is itself a git directory: a bare repository, such as
 * the clone cache's. A working tree has a `.git` instead.
 */
function isGitDir(dir: string): boolean {
  return (
    ['HEAD', 'objects', 'refs'].every(name =>
      existsSync(path.join(dir, name)),
    ) && !existsSync(path.join(dir, '.git'))
  );
}

/**
 * Environment of a git command run in `cwd`: the repository is the one
 * there, never one that {@link REPOSITORY_ENV} names; a bare repository is
 * named with `GIT_DIR`, the explicit use that `safe.bareRepository=explicit`
 * (set by hardened machines) still allows where finding it from `cwd` is
 * refused. Git never prompts for credentials (a scan must fail, not hang)
 * and never pages.
 */
function gitEnv(cwd: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    // git log flushes after every commit when writing to a pipe; a full
    // buffer makes ten times fewer, larger chunks for the parser
    GIT_FLUSH: '0',
    LC_ALL: 'C',
  };
  for (const name of REPOSITORY_ENV) {
    delete env[name];
  }
  if (cwd && isGitDir(cwd)) {
    env.GIT_DIR = path.resolve(cwd);
  }
  return env;
}

/** Starts git with its stdout as a stream; stderr is collected. */
export function spawnGit(
  args: string[],
  options: GitCommandOptions = {},
): GitProcess {
  const child = spawn('git', [...GIT_CONFIG_OVERRIDES, ...args], {
    cwd: options.cwd,
    env: gitEnv(options.cwd),
    stdio: ['ignore', 'pipe', 'pipe'],
    signal: options.signal,
  });
  const stderrChunks: Buffer[] = [];
  let stderrBytes = 0;
  child.stderr!.on('data', (chunk: Buffer) => {
    // git's stderr is short; keep at most 64 KiB of it in case it is not
    if (stderrBytes < 65536) {
      stderrChunks.push(chunk);
      stderrBytes += chunk.length;
    }
  });
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', code => resolve(code ?? -1));
  });
  // the caller handles failures through `exited`; avoid unhandled rejections
  exited.catch(() => {});
  return {
    child,
    stdout: child.stdout!.pipe(new PassThrough({ highWaterMark: 1 << 16 })),
    stderr: () => Buffer.concat(stderrChunks).toString('utf8').trim(),
    exited,
  };
}

/** Result of a short git command. */
export interface GitResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs a short git command and collects its output; never throws on exit code. */
export async function runGit(
  args: string[],
  options: GitCommandOptions = {},
): Promise<GitResult> {
  const { stdout, stderr, exited } = spawnGit(args, options);
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  let exitCode: number;
  try {
    exitCode = await exited;
  } catch (error) {
    throw toGitStartError(error, args);
  }
  return {
    exitCode,
    stdout: Buffer.concat(chunks).toString('utf8'),
    stderr: stderr(),
  };
}

/** Runs a git command and throws a {@link GitCommandError} when it fails. */
export async function runGitOrThrow(
  args: string[],
  options: GitCommandOptions & { what: string },
): Promise<string> {
  const result = await runGit(args, options);
  if (result.exitCode !== 0) {
    throw new GitCommandError(
      `${options.what} failed (git ${redactArgs(args).join(' ')}): ${
        redact(result.stderr) || `exit code ${result.exitCode}`
      }`,
      redact(result.stderr),
      result.exitCode,
    );
  }
  return result.stdout;
}

/** Turns a spawn failure (no git binary, aborted) into a readable error. */
export function toGitStartError(error: unknown, args: string[]): Error {
  const e = error as NodeJS.ErrnoException;
  if (e?.name === 'AbortError') {
    return e;
  }
  if (e?.code === 'ENOENT') {
    return new GitCommandError(
      'The git binary was not found on PATH; install git to scan repositories',
    );
  }
  return new GitCommandError(
    `git ${redactArgs(args).join(' ')} could not be started: ${e?.message}`,
  );
}

/** Hides credentials embedded in URLs (`https://user:token@host/...`). */
export function redact(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}

function redactArgs(args: string[]): string[] {
  return args.map(redact);
}

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CliError } from '../CliError';
import { CliIo } from '../CliIo';
import {
  parseFailUnder,
  scanCommand,
  ScanCommandOptions,
} from '../scanCommand';

/** Each input of action.yml and the environment variable it arrives in. */
export const ACTION_INPUTS = {
  'fetch-depth': 'AI_APPROVAL_FETCH_DEPTH',
  since: 'AI_APPROVAL_SINCE',
  'seniors-file': 'AI_APPROVAL_SENIORS_FILE',
  'policy-file': 'AI_APPROVAL_POLICY_FILE',
  'fail-under': 'AI_APPROVAL_FAIL_UNDER',
  branch: 'AI_APPROVAL_BRANCH',
} as const;

type ActionInput = keyof typeof ACTION_INPUTS;

/** What the action reads of what GitHub sets for every step. */
export const GITHUB_VARIABLES = ['GITHUB_WORKSPACE', 'GITHUB_STEP_SUMMARY'];

export interface ActionInputs {
  /** the checkout to scan */
  workspace: string;
  /** commits to deepen a shallow checkout to; 0 for the whole history */
  fetchDepth?: number;
  scan: ScanCommandOptions;
}

/** Reads and checks the inputs; an empty input counts as not given. */
export function readActionInputs(
  env: NodeJS.ProcessEnv,
  cwd: string,
): ActionInputs {
  const input = (name: ActionInput) =>
    env[ACTION_INPUTS[name]]?.trim() || undefined;
  const label = (name: ActionInput) => `Input ${name} (${ACTION_INPUTS[name]})`;
  const depth = input('fetch-depth');
  if (depth !== undefined && !/^\d+$/.test(depth)) {
    throw new CliError(
      `${label(
        'fetch-depth',
      )} must be a number of commits, 0 for the whole history; got '${depth}'`,
    );
  }
  const failUnder = input('fail-under');
  parseFailUnder(failUnder, label('fail-under'));
  return {
    workspace: env.GITHUB_WORKSPACE || cwd,
    fetchDepth: depth === undefined ? undefined : Number(depth),
    scan: {
      branch: input('branch'),
      since: input('since'),
      seniorsFile: input('seniors-file'),
      config: input('policy-file'),
      failUnder,
      senior: [],
      format: 'table',
      summary: env.GITHUB_STEP_SUMMARY || undefined,
      annotations: true,
    },
  };
}

const git = promisify(execFile);

/**
 * Fetches the history a shallow checkout lacks (`actions/checkout` fetches
 * one commit by default); a complete one is left alone.
 */
async function deepen(workspace: string, depth: number, io: CliIo) {
  let shallow: string;
  try {
    shallow = (
      await git('git', ['rev-parse', '--is-shallow-repository'], {
        cwd: workspace,
      })
    ).stdout;
  } catch {
    return; // no repository: the scan says so
  }
  if (shallow.trim() !== 'true') {
    return;
  }
  const args = ['fetch', '--quiet', depth ? `--depth=${depth}` : '--unshallow'];
  io.stderr.write(
    `ai-approval: deepening the shallow checkout: git ${args.join(' ')}\n`,
  );
  try {
    await git('git', args, { cwd: workspace });
  } catch (error) {
    const why = String((error as { stderr?: string }).stderr ?? '').trim();
    throw new CliError(
      `Deepening the shallow checkout ${workspace} failed (git ${args.join(
        ' ',
      )}): ${why.split('\n')[0] || (error as Error).message}`,
    );
  }
}

/**
 * `ai-approval github-action`: the entry point of the repository's
 * action.yml. Deepens a shallow checkout when asked, then runs `scan` on it
 * with a job summary, `::error::` annotations and the `fail-under` gate;
 * returns scan's exit code.
 */
export async function githubAction(
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  const inputs = readActionInputs(env, io.cwd);
  if (inputs.fetchDepth !== undefined) {
    await deepen(inputs.workspace, inputs.fetchDepth, io);
  }
  // relative files are the workflow's: in the checkout
  return scanCommand(inputs.workspace, inputs.scan, {
    ...io,
    cwd: inputs.workspace,
  });
}

import { Command, CommanderError } from 'commander';
import { githubAction } from './action/githubAction';
import { CliIo } from './CliIo';
import { scanCommand, ScanCommandOptions } from './scanCommand';

/** Exit codes of the command. */
export const EXIT_OK = 0;
export const EXIT_BELOW_THRESHOLD = 1;
export const EXIT_USAGE = 2;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function createProgram(
  io: CliIo,
  env: NodeJS.ProcessEnv,
  setExitCode: (code: number) => void,
) {
  const program = new Command('ai-approval')
    .description(
      'Finds AI-assisted changes in a git history and checks that a senior engineer approved each',
    )
    .exitOverride()
    .configureOutput({
      writeOut: text => io.stdout.write(text),
      writeErr: text => io.stderr.write(text),
    });
  program
    .command('scan <repository>')
    .description(
      'scan a local repository (path) or a remote one (URL, cloned bare into a cache)',
    )
    .option(
      '-b, --branch <ref>',
      "branch, tag or sha to scan (default: HEAD, a URL's default branch)",
    )
    .option(
      '--since <date>',
      "only changes that landed on or after this ISO date (2025-01-31), or in the portal's window of days or weeks back (90d, 12w: from the Monday of that week)",
    )
    .option(
      '--until <date>',
      'only changes that landed on or before this ISO date (inclusive)',
    )
    .option(
      '--seniors-file <file>',
      'file with one senior login or e-mail a line (# comments)',
    )
    .option(
      '--senior <identity>',
      'a senior login or e-mail; repeatable',
      collect,
      [],
    )
    .option(
      '--config <file>',
      'YAML or JSON file with detection, policy and seniors',
    )
    .option('--format <format>', 'table, json, ndjson or markdown', 'table')
    .option('--per-commit', 'report every commit with its own detection')
    .option(
      '--fail-under <percent>',
      'exit with code 1 when compliance is below this percentage',
    )
    .option('--cache-dir <dir>', 'where clones of URLs are kept between runs')
    .option(
      '--summary <file>',
      'also append the report in Markdown to this file (a CI job summary)',
    )
    .exitOverride()
    .action(async (repository: string, options: ScanCommandOptions) => {
      setExitCode(await scanCommand(repository, options, io));
    });
  program
    .command('github-action')
    .description(
      "the GitHub Action's entry point: inputs from AI_APPROVAL_* environment variables (see action.yml)",
    )
    .exitOverride()
    .action(async () => {
      setExitCode(await githubAction(env, io));
    });
  return program;
}

/** One line for the person at the terminal, without a stack trace. */
function describeError(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  return message.split('\n')[0];
}

/**
 * Runs the command line (arguments without `node` and the script) and
 * returns the exit code: 0 done, 1 compliance below `--fail-under`, 2 bad
 * usage or input (missing repository, unknown ref, bad date, unreadable
 * file). Never calls `process.exit`, so tests run it in-process; `env` is
 * where `github-action` reads its inputs.
 */
export async function runCli(
  args: string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let exitCode = EXIT_OK;
  const program = createProgram(io, env, code => {
    exitCode = code;
  });
  try {
    await program.parseAsync(args, { from: 'user' });
    if (args.length === 0) {
      program.outputHelp({ error: true });
      return EXIT_USAGE;
    }
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has already printed its message
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    io.stderr.write(`ai-approval: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
  return exitCode;
}

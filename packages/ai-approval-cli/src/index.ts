/**
 * The `ai-approval` command-line scanner.
 *
 * @packageDocumentation
 */

import { runCli } from './runCli';

export { runCli, EXIT_BELOW_THRESHOLD, EXIT_OK, EXIT_USAGE } from './runCli';
export type { CliIo, CliWritable } from './CliIo';

/**
 * Runs the CLI against the real process. Relative paths are resolved from
 * `INIT_CWD` when yarn set it (yarn runs scripts from the project root).
 */
export function main(args: string[]): Promise<number> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // the reader went away (`| head`): stop quietly, like other CLIs
    if (error.code === 'EPIPE') {
      process.exit(0);
    }
    throw error;
  });
  return runCli(args, {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.env.INIT_CWD || process.cwd(),
    columns: process.stdout.columns,
  });
}

import { CustomErrorBase } from '@backstage/errors';

/**
 * A problem with the command line or its inputs: reported as one line on
 * stderr with exit code 2.
 */
export class CliError extends CustomErrorBase {
  name = 'CliError' as const;
}

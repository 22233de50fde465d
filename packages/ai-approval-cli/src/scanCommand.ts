import { createDetector } from '@ai-approval/backstage-plugin-ai-approval-common/domain';
import {
  ChangeScanResult,
  resolveApprovalPolicy,
  scanRepositoryBatches,
  ScanSummary,
} from '@ai-approval/backstage-plugin-ai-approval-node';
import { CliError } from './CliError';
import { BufferedOutput, CliIo } from './CliIo';
import {
  readPolicyFile,
  readSeniorsFile,
  resolvePath,
  resolveRepository,
} from './readInputs';
import { JsonReporter } from './reporters/JsonReporter';
import { formatPercent, ScanReporter } from './reporters/ScanReporter';
import { TableReporter } from './reporters/TableReporter';

/** Options of `ai-approval scan`, as commander parsed them. */
export interface ScanCommandOptions {
  branch?: string;
  since?: string;
  until?: string;
  seniorsFile?: string;
  senior: string[];
  config?: string;
  format: string;
  perCommit?: boolean;
  failUnder?: string;
  cacheDir?: string;
}

const FORMATS = ['table', 'json', 'ndjson'];

function parseFailUnder(value: string | undefined): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const percent = Number(value.replace(/%$/, ''));
  if (
    value.trim() === '' ||
    !Number.isFinite(percent) ||
    percent < 0 ||
    percent > 100
  ) {
    throw new CliError(
      `--fail-under must be a percentage between 0 and 100, got '${value}'`,
    );
  }
  return percent;
}

async function loadConfig(options: ScanCommandOptions, cwd: string) {
  const file = options.config
    ? await readPolicyFile(resolvePath(cwd, options.config))
    : {};
  const seniors = [
    ...(file.seniors ?? []),
    ...(options.seniorsFile
      ? await readSeniorsFile(resolvePath(cwd, options.seniorsFile))
      : []),
    ...options.senior,
  ];
  // validate now, so a bad config is reported before any cloning
  try {
    createDetector(file.detection);
    resolveApprovalPolicy(file.policy);
  } catch (error) {
    throw new CliError(
      `${options.config ? `In ${options.config}: ` : ''}${
        (error as Error).message
      }`,
    );
  }
  return { detection: file.detection, policy: file.policy, seniors };
}

function createReporter(
  options: ScanCommandOptions,
  out: BufferedOutput,
  io: CliIo,
): ScanReporter {
  const perCommit = Boolean(options.perCommit);
  if (options.format === 'table') {
    return new TableReporter(out, { perCommit, width: io.columns ?? 120 });
  }
  return new JsonReporter(out, {
    ndjson: options.format === 'ndjson',
    perCommit,
  });
}

/** Writes the results as they come; returns the totals. */
async function writeReport(
  batches: AsyncIterable<ChangeScanResult[]>,
  reporter: ScanReporter,
  out: BufferedOutput,
): Promise<ScanSummary> {
  const summary = new ScanSummary();
  let begun = false;
  for await (const results of batches) {
    for (const result of results) {
      if (!begun) {
        // only now: a bad ref or date must leave stdout empty
        reporter.begin();
        begun = true;
      }
      summary.add(result);
      reporter.change(result);
      if (reporter.live || out.full) {
        await out.flush();
      }
    }
  }
  if (!begun) {
    reporter.begin();
  }
  reporter.end(summary);
  await out.flush();
  return summary;
}

/** Says why and returns true when compliance is below `--fail-under`. */
function isBelowThreshold(
  summary: ScanSummary,
  failUnder: number | undefined,
  io: CliIo,
): boolean {
  if (failUnder === undefined || summary.compliancePercent >= failUnder) {
    return false;
  }
  const missing = summary.aiAssisted - summary.compliant;
  io.stderr.write(
    `ai-approval: compliance ${formatPercent(
      summary.compliancePercent,
    )} is below --fail-under ${formatPercent(failUnder)}: ` +
      `${missing} of ${summary.aiAssisted} AI-assisted changes lack a valid senior approval\n`,
  );
  return true;
}

/**
 * `ai-approval scan`: streams the repository's changes through detection
 * and the approval verdict into the chosen format; returns the exit code.
 */
export async function scanCommand(
  repository: string,
  options: ScanCommandOptions,
  io: CliIo,
): Promise<number> {
  if (!FORMATS.includes(options.format)) {
    throw new CliError(
      `Unknown --format '${options.format}'; use one of ${FORMATS.join(', ')}`,
    );
  }
  const failUnder = parseFailUnder(options.failUnder);
  const config = await loadConfig(options, io.cwd);
  const results = scanRepositoryBatches({
    repository: resolveRepository(io.cwd, repository),
    ref: options.branch,
    since: options.since,
    until: options.until,
    cacheDir: options.cacheDir && resolvePath(io.cwd, options.cacheDir),
    perCommit: options.perCommit,
    warn: message => io.stderr.write(`ai-approval: warning: ${message}\n`),
    ...config,
  });
  const out = new BufferedOutput(io.stdout);
  const reporter = createReporter(options, out, io);
  const summary = await writeReport(results, reporter, out);
  return isBelowThreshold(summary, failUnder, io) ? 1 : 0;
}

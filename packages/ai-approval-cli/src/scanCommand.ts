import {
  createDetector,
  ReportWindow,
  windowStartTime,
} from '@ai-approval/backstage-plugin-ai-approval-common/domain';
import {
  ChangeScanResult,
  parseWindowOption,
  resolveApprovalPolicy,
  scanRepositoryBatches,
  ScanSummary,
} from '@ai-approval/backstage-plugin-ai-approval-node';
import { CliError } from './CliError';
import { BufferedOutput, CliIo } from './CliIo';
import {
  appendToFile,
  readPolicyFile,
  readSeniorsFile,
  resolvePath,
  resolveRepository,
} from './readInputs';
import { JsonReporter } from './reporters/JsonReporter';
import { MarkdownReporter } from './reporters/MarkdownReporter';
import { complianceResult, ScanReporter } from './reporters/ScanReporter';
import { TableReporter } from './reporters/TableReporter';
import { WorkflowCommandReporter } from './reporters/WorkflowCommandReporter';

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
  /** a file to append the Markdown report to (a job summary) */
  summary?: string;
  /** GitHub workflow commands for the unapproved changes (the action) */
  annotations?: boolean;
}

const FORMATS = ['table', 'json', 'ndjson', 'markdown'];

/** A percentage between 0 and 100; `name` is the option or input. */
export function parseFailUnder(
  value: string | undefined,
  name = '--fail-under',
): number | undefined {
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
      `${name} must be a percentage between 0 and 100, got '${value}'`,
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
  failUnder: number | undefined,
  out: BufferedOutput,
  io: CliIo,
): ScanReporter {
  const perCommit = Boolean(options.perCommit);
  if (options.format === 'table') {
    return new TableReporter(out, { perCommit, width: io.columns ?? 120 });
  }
  if (options.format === 'markdown') {
    if (perCommit) {
      throw new CliError(
        '--format markdown lists changes; it does not combine with --per-commit',
      );
    }
    return new MarkdownReporter(out, { failUnder });
  }
  return new JsonReporter(out, {
    ndjson: options.format === 'ndjson',
    perCommit,
  });
}

/** Writes the results as they come to every reporter; returns the totals. */
async function writeReport(
  batches: AsyncIterable<ChangeScanResult[]>,
  reporters: ScanReporter[],
  out: BufferedOutput,
  window: ReportWindow | undefined,
): Promise<ScanSummary> {
  const summary = new ScanSummary(window);
  const live = reporters.some(reporter => reporter.live);
  let begun = false;
  for await (const results of batches) {
    for (const result of results) {
      if (!begun) {
        // only now: a bad ref or date must leave stdout empty
        reporters.forEach(reporter => reporter.begin());
        begun = true;
      }
      summary.add(result);
      reporters.forEach(reporter => reporter.change(result));
      if (live || out.full) {
        await out.flush();
      }
    }
  }
  if (!begun) {
    reporters.forEach(reporter => reporter.begin());
  }
  reporters.forEach(reporter => reporter.end(summary));
  await out.flush();
  return summary;
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
  const summaryFile = options.summary && resolvePath(io.cwd, options.summary);
  if (summaryFile) {
    // fail before the scan, not after it
    await appendToFile(summaryFile, '', 'summary file');
  }
  // `--since 90d` is the portal's window: the scan starts at its Monday
  const window = parseWindowOption(options.since);
  const results = scanRepositoryBatches({
    repository: resolveRepository(io.cwd, repository),
    ref: options.branch,
    since: window ? windowStartTime(window) : options.since,
    until: options.until,
    cacheDir: options.cacheDir && resolvePath(io.cwd, options.cacheDir),
    perCommit: options.perCommit,
    warn: message => io.stderr.write(`ai-approval: warning: ${message}\n`),
    ...config,
  });
  const out = new BufferedOutput(io.stdout);
  const reporters = [createReporter(options, failUnder, out, io)];
  if (options.annotations) {
    reporters.push(new WorkflowCommandReporter(out));
  }
  let markdown = '';
  if (summaryFile) {
    const collect = { add: (text: string) => (markdown += text) };
    reporters.push(new MarkdownReporter(collect, { failUnder }));
  }
  const summary = await writeReport(results, reporters, out, window);
  if (summaryFile) {
    await appendToFile(summaryFile, markdown, 'summary file');
  }
  const result = complianceResult(summary, failUnder);
  if (!result.passed || options.annotations) {
    io.stderr.write(`ai-approval: ${result.text}\n`);
  }
  return result.passed ? 0 : 1;
}

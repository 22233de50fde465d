import { randomBytes } from 'node:crypto';
import {
  ChangeScanResult,
  ScanSummary,
} from '@ai-approval/backstage-plugin-ai-approval-node';
import { BufferedOutput } from '../CliIo';
import { changeLabel, formatIdentity, shortSha } from './records';
import { ScanReporter } from './ScanReporter';

/** Annotations at the most: the job summary lists the rest. */
const MAX_ANNOTATIONS = 5;

/** A workflow command's message: `%`, CR and LF are GitHub's escapes. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation({ change, detection, verdict }: ChangeScanResult) {
  const evidence = detection.evidence[0];
  const message = [
    `${changeLabel(change)} (${shortSha(change)}) by ${formatIdentity(
      change.author,
    )}: ${verdict?.verdict ?? 'unjudged'}.`,
    ...(verdict?.reasons ?? []),
    ...(evidence ? [`Evidence: ${evidence.line}`] : []),
  ].join(' ');
  const title = escapeProperty('AI-assisted change without senior approval');
  return `::error title=${title}::${escapeData(message)}\n`;
}

/**
 * GitHub Actions workflow commands: an `::error::` annotation for each of
 * the first AI-assisted changes that lack a valid senior approval. What the
 * other reporters write in between is wrapped in `::stop-commands::`, so a
 * commit subject cannot pass for a workflow command.
 */
export class WorkflowCommandReporter implements ScanReporter {
  private readonly annotations: string[] = [];
  private unlisted = 0;
  private readonly token = randomBytes(16).toString('hex');

  constructor(private readonly out: Pick<BufferedOutput, 'add'>) {}

  begin(): void {
    this.out.add(`::stop-commands::${this.token}\n`);
  }

  change(result: ChangeScanResult): void {
    if (!result.detection.aiAssisted || result.verdict?.compliant) {
      return;
    }
    if (this.annotations.length < MAX_ANNOTATIONS) {
      this.annotations.push(annotation(result));
    } else {
      this.unlisted += 1;
    }
  }

  end(_summary: ScanSummary): void {
    this.out.add(`::${this.token}::\n`);
    this.annotations.forEach(line => this.out.add(line));
    if (this.unlisted > 0) {
      this.out.add(
        `…and ${this.unlisted} more AI-assisted changes without a valid senior approval (see the job summary)\n`,
      );
    }
  }
}

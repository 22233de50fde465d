import { Evidence } from '@ai-approval/backstage-plugin-ai-approval-common/domain';
import {
  ChangeScanResult,
  ScanSummary,
} from '@ai-approval/backstage-plugin-ai-approval-node';
import { BufferedOutput } from '../CliIo';
import { changeLabel, formatIdentity, shortSha } from './records';
import {
  complianceResult,
  coverageLine,
  formatPercent,
  ScanReporter,
} from './ScanReporter';

/**
 * Rows of the table at the most, and characters of each cell's parts: a
 * row stays under ~5 kB even when every character needs escaping, so the
 * summary stays far below GitHub's 1 MiB limit for a step summary.
 */
const MAX_ROWS = 100;
const MAX_TITLE = 120;
const MAX_REASON = 300;
const MAX_EVIDENCE = 2;
const MAX_EVIDENCE_LINE = 160;

const TABLE_HEADER =
  '| Change | Author | Verdict | Reason | Evidence |\n' +
  '| ------ | ------ | ------- | ------ | -------- |\n';

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Text as one cell of a GitHub-flavoured Markdown table: on one line, no
 * HTML, no cell break, no emphasis, link or code span of its own.
 */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/`/g, '&#96;')
    .replace(/[\\|*_[\]~]/g, '\\$&');
}

/** A web address safe inside `[text](url)`; undefined for anything else. */
function linkTarget(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) {
    return undefined;
  }
  return url.replace(
    /[()<>|`\\]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function changeCell({ change }: ChangeScanResult): string {
  const sha = shortSha(change);
  const text = escapeMarkdownCell(clip(changeLabel(change), MAX_TITLE));
  const url = linkTarget(change.url);
  const title = url ? `[${text}](${url})` : text;
  return sha ? `${title} (\`${sha}\`)` : title;
}

function evidenceCell(evidence: Evidence[]): string {
  const shown = evidence.slice(0, MAX_EVIDENCE).map(e => {
    const what = e.tool ? `${e.tool}, ${e.signal}` : e.signal;
    return `${escapeMarkdownCell(what)}: ${escapeMarkdownCell(
      clip(e.line, MAX_EVIDENCE_LINE),
    )}`;
  });
  const more = evidence.length - shown.length;
  return [...shown, ...(more > 0 ? [`(+${more} more)`] : [])].join('<br>');
}

function row(result: ChangeScanResult): string {
  const cells = [
    changeCell(result),
    escapeMarkdownCell(formatIdentity(result.change.author)),
    `\`${result.verdict?.verdict ?? 'unjudged'}\``,
    escapeMarkdownCell(
      clip((result.verdict?.reasons ?? []).join(' '), MAX_REASON),
    ),
    evidenceCell(result.detection.evidence),
  ];
  return `| ${cells.join(' | ')} |\n`;
}

/**
 * `markdown`: a GitHub-flavoured report for a job summary or a PR comment:
 * the compliance figures, whether they pass `--fail-under`, and a table of
 * the AI-assisted changes that lack a valid senior approval (the first
 * {@link MAX_ROWS}; only those are kept, so memory stays flat).
 */
export class MarkdownReporter implements ScanReporter {
  private readonly rows: string[] = [];
  private unlisted = 0;

  constructor(
    private readonly out: Pick<BufferedOutput, 'add'>,
    private readonly options: { failUnder?: number; maxRows?: number } = {},
  ) {}

  begin(): void {
    // everything is written at the end, figures first
  }

  change(result: ChangeScanResult): void {
    if (!result.detection.aiAssisted || result.verdict?.compliant) {
      return;
    }
    if (this.rows.length < (this.options.maxRows ?? MAX_ROWS)) {
      this.rows.push(row(result));
    } else {
      this.unlisted += 1;
    }
  }

  end(summary: ScanSummary): void {
    const result = complianceResult(summary, this.options.failUnder);
    const { failUnder } = this.options;
    const threshold =
      failUnder === undefined
        ? 'no threshold'
        : `threshold ${formatPercent(failUnder)}`;
    let mark = result.passed ? '✅ **Passed**' : '❌ **Failed**';
    if (failUnder === undefined) {
      mark = 'ℹ️ **Report only**';
    }
    this.out.add(
      `## AI change approvals\n\n${coverageLine(summary, '\n')}` +
        `| Changes scanned | AI-assisted | Compliant | Compliance |\n` +
        `| --------------: | ----------: | --------: | ---------- |\n` +
        `| ${summary.total} | ${summary.aiAssisted} | ${summary.compliant} | ` +
        `${formatPercent(summary.compliancePercent)} (${threshold}) |\n\n` +
        `${mark}: ${result.text}\n\n`,
    );
    if (summary.aiAssisted === 0) {
      this.out.add('No AI-assisted changes were found.\n\n');
    } else if (this.rows.length === 0) {
      this.out.add('Every AI-assisted change has a valid senior approval.\n\n');
    } else {
      this.out.add(
        `### AI-assisted changes without a valid senior approval\n\n${TABLE_HEADER}`,
      );
      this.rows.forEach(line => this.out.add(line));
      this.out.add(
        this.unlisted > 0
          ? `\n…and ${this.unlisted} more, not listed.\n\n`
          : '\n',
      );
    }
  }
}

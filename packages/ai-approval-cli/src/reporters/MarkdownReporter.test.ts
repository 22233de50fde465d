import {
  ChangeScanResult,
  ScanSummary,
} from '@ai-approval/backstage-plugin-ai-approval-node';
import { escapeMarkdownCell, MarkdownReporter } from './MarkdownReporter';

const CLAUDE = 'Co-Authored-By: Claude <noreply@anthropic.com>';

function result(
  n: number,
  options: { ai?: boolean; compliant?: boolean; title?: string; url?: string },
): ChangeScanResult {
  const ai = options.ai ?? true;
  const sha = `${n}`.padStart(8, '0').repeat(5);
  return {
    change: {
      kind: 'pull_request',
      number: n,
      title: options.title ?? `Change ${n}`,
      url: options.url,
      author: { name: 'Alice', email: 'alice@example.com' },
      mergeSha: sha,
      commits: [],
      reviews: [],
    },
    detection: {
      aiAssisted: ai,
      confidence: ai ? 'high' : 'none',
      evidence: ai
        ? [
            {
              signal: 'claude-coauthor',
              tool: 'Claude Code',
              source: 'commit_message',
              line: CLAUDE,
              confidence: 'high',
            },
          ]
        : [],
    },
    verdict: ai
      ? {
          verdict: options.compliant ? 'approved' : 'no_review',
          compliant: Boolean(options.compliant),
          reasons: options.compliant ? [] : ['No senior approved it.'],
          approvers: [],
        }
      : undefined,
  };
}

function render(results: ChangeScanResult[], failUnder?: number) {
  let text = '';
  const reporter = new MarkdownReporter(
    { add: (chunk: string) => (text += chunk) },
    { failUnder },
  );
  const summary = new ScanSummary();
  reporter.begin();
  for (const r of results) {
    summary.add(r);
    reporter.change(r);
  }
  reporter.end(summary);
  return text;
}

/** The cell separators of a table row: pipes without a backslash. */
function cells(line: string): number {
  return line.split(/(?<!\\)\|/).length - 2;
}

describe('MarkdownReporter', () => {
  it('shows the figures, a failed gate and the unapproved changes', () => {
    const text = render(
      [
        result(3, { url: 'https://github.com/acme/widgets/pull/3' }),
        result(2, { compliant: true }),
        result(1, { ai: false }),
      ],
      90,
    );
    expect(text).toContain('## AI change approvals\n');
    expect(text).toContain('| 3 | 2 | 1 | 50% (threshold 90%) |\n');
    expect(text).toContain(
      '❌ **Failed**: compliance 50% is below --fail-under 90%: 1 of 2 AI-assisted changes lack a valid senior approval\n',
    );
    const rows = text.split('\n').filter(line => line.startsWith('| ['));
    expect(rows).toEqual([
      '| [#3 Change 3](https://github.com/acme/widgets/pull/3) (`0000000`) | Alice &lt;alice@example.com&gt; | `no_review` | No senior approved it. | Claude Code, claude-coauthor: Co-Authored-By: Claude &lt;noreply@anthropic.com&gt; |',
    ]);
    expect(text).not.toContain('Change 2');
  });

  it('passes at the threshold, and reports without one', () => {
    expect(render([result(1, {})], 0)).toContain(
      '✅ **Passed**: compliance 0% meets --fail-under 0%; 1 of 1',
    );
    expect(render([result(1, {})])).toContain(
      'ℹ️ **Report only**: compliance 0%, no --fail-under threshold; 1 of 1',
    );
  });

  it('escapes what would break the table or render as Markdown or HTML', () => {
    const title =
      'Fix | split\ncell `code` <img src=x onerror=alert(1)> [x](https://evil) *b* a\\|b';
    const text = render([
      result(1, { title, url: 'data:text/html,boom' }),
      result(2, { url: 'https://example.com/a b' }),
      result(3, { url: 'https://example.com/(x)|y' }),
    ]);
    const rows = text.split('\n').filter(line => line.startsWith('| '));
    const row = rows.find(line => line.includes('Fix'))!;
    expect(cells(row)).toBe(5);
    expect(row).toContain(
      '#1 Fix \\| split cell &#96;code&#96; &lt;img src=x onerror=alert(1)&gt; \\[x\\](https://evil) \\*b\\* a\\\\\\|b (`0000000`)',
    );
    expect(row).not.toContain('data:');
    expect(text).not.toContain('example.com/a b');
    expect(text).toContain('](https://example.com/%28x%29%7Cy)');
    expect(escapeMarkdownCell('a\r\n\r\nb')).toBe('a b');
  });

  it('lists the first 100 unapproved changes and counts the rest', () => {
    const long = `${'&|<`'.repeat(500)}\n`.repeat(3);
    const results = Array.from({ length: 150 }, (_, i) =>
      result(i + 1, { title: long }),
    );
    const text = render(results, 100);
    const rows = text.split('\n').filter(line => line.startsWith('| #'));
    expect(rows).toHaveLength(100);
    rows.forEach(line => expect(cells(line)).toBe(5));
    expect(text).toContain('\n…and 50 more, not listed.\n');
    // GitHub takes at most 1 MiB of a step summary
    expect(Buffer.byteLength(text)).toBeLessThan(256 * 1024);
  });

  it('says so when there is nothing to list', () => {
    const none = render([result(1, { ai: false })], 100);
    expect(none).toContain('| 1 | 0 | 0 | 100% (threshold 100%) |');
    expect(none).toContain('✅ **Passed**: compliance 100% meets');
    expect(none).toContain('No AI-assisted changes were found.');
    expect(none).not.toContain('| Change |');
    const all = render([result(1, { compliant: true })], 100);
    expect(all).toContain(
      'Every AI-assisted change has a valid senior approval.',
    );
    expect(all).not.toContain('| Change |');
    expect(render([])).toContain('| 0 | 0 | 0 | 100% (no threshold) |');
  });
});

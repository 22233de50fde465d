import {
  ChangeScanResult,
  ScanSummary,
} from '@ai-approval/backstage-plugin-ai-approval-node';
import { WorkflowCommandReporter } from './WorkflowCommandReporter';

function unapproved(n: number, title: string): ChangeScanResult {
  return {
    change: {
      kind: 'direct_push',
      title,
      author: { name: 'Alice', email: 'alice@example.com' },
      mergeSha: 'abcdef1234567890',
      commits: [],
      reviews: [],
    },
    detection: {
      aiAssisted: true,
      confidence: 'high',
      evidence: [
        {
          signal: 'claude-coauthor',
          source: 'commit_message',
          line: `Co-Authored-By: Claude ${n}`,
          confidence: 'high',
        },
      ],
    },
    verdict: {
      verdict: 'direct_push',
      compliant: false,
      reasons: ['Pushed\nwithout review.'],
      approvers: [],
    },
  };
}

describe('WorkflowCommandReporter', () => {
  it('annotates the first five unapproved changes, escaped, after resuming commands', () => {
    let text = '';
    const reporter = new WorkflowCommandReporter({
      add: (chunk: string) => (text += chunk),
    });
    reporter.begin();
    for (let n = 1; n <= 7; n++) {
      reporter.change(unapproved(n, `100% ::warning::fix ${n}`));
    }
    reporter.end(new ScanSummary());
    const lines = text.trimEnd().split('\n');
    const token = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[0])![1];
    expect(lines[1]).toBe(`::${token}::`);
    expect(lines.slice(2, 7)).toHaveLength(5);
    expect(lines[2]).toBe(
      '::error title=AI-assisted change without senior approval::' +
        '100%25 ::warning::fix 1 (abcdef1) by Alice <alice@example.com>: direct_push. ' +
        'Pushed%0Awithout review. Evidence: Co-Authored-By: Claude 1',
    );
    expect(lines[7]).toBe(
      '…and 2 more AI-assisted changes without a valid senior approval (see the job summary)',
    );
    expect(lines).toHaveLength(8);
  });
});

import { InputError } from '@backstage/errors';
import {
  Change,
  DEFAULT_APPROVAL_POLICY,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { TestGitRepo } from '../__testUtils__/TestGitRepo';
import { resolveApprovalPolicy, scanChanges } from './scanChanges';
import { scanRepository } from './scanRepository';
import { ScanSummary } from './ScanSummary';

const CLAUDE = 'Co-Authored-By: Claude <noreply@anthropic.com>';

function change(message: string, reviewer?: string): Change {
  return {
    kind: 'pull_request',
    number: 1,
    title: message,
    author: { name: 'Ann', email: 'ann@example.com' },
    headSha: 'a1',
    commits: [
      { sha: 'a1', message, author: { name: 'Ann', email: 'ann@example.com' } },
    ],
    reviews: reviewer
      ? [
          {
            reviewer: { email: reviewer },
            state: 'APPROVED',
            source: 'trailer',
          },
        ]
      : [],
  };
}

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('scanChanges', () => {
  it('detects AI changes and judges only those', async () => {
    const results = await all(
      scanChanges(
        [
          change('Plain change'),
          change(`AI change\n\n${CLAUDE}`, 'carol@example.com'),
          change(`AI change\n\n${CLAUDE}`, 'dave@example.com'),
        ],
        { seniors: ['carol@example.com'], perCommit: true },
      ),
    );
    expect(
      results.map(r => [r.detection.aiAssisted, r.verdict?.verdict]),
    ).toEqual([
      [false, undefined],
      [true, 'approved'],
      [true, 'not_senior'],
    ]);
    expect(results[1].commits).toEqual([
      expect.objectContaining({
        commit: expect.objectContaining({ sha: 'a1' }),
        detection: expect.objectContaining({ aiAssisted: true }),
      }),
    ]);
    expect(results[0].commits?.[0].detection.aiAssisted).toBe(false);

    const summary = new ScanSummary();
    results.forEach(r => summary.add(r));
    expect(summary).toMatchObject({ total: 3, aiAssisted: 2, compliant: 1 });
    expect(summary.compliancePercent).toBe(50);
    expect(new ScanSummary().compliancePercent).toBe(100);
  });

  it('applies the detection config and the policy', async () => {
    const [result] = await all(
      scanChanges([change('Made with Windsurf', 'carol@example.com')], {
        detection: {
          signals: [{ id: 'windsurf', messagePattern: 'windsurf' }],
        },
        policy: { twoPass: true },
        seniors: ['carol@example.com'],
      }),
    );
    expect(result.detection.evidence[0].signal).toBe('windsurf');
    expect(result.verdict?.compliant).toBe(false);
  });

  it('rejects a bad configuration before reading any change', async () => {
    const read = jest.fn();
    const changes = {
      async *[Symbol.asyncIterator]() {
        read();
        yield change('x');
      },
    };
    await expect(
      all(scanChanges(changes, { detection: { threshold: 'huge' as any } })),
    ).rejects.toThrow(/threshold/);
    expect(read).not.toHaveBeenCalled();
  });
});

describe('resolveApprovalPolicy', () => {
  it('fills in the defaults', () => {
    expect(resolveApprovalPolicy({ twoPass: true })).toEqual({
      ...DEFAULT_APPROVAL_POLICY,
      twoPass: true,
    });
  });

  it('names unknown settings and wrong types', () => {
    expect(() => resolveApprovalPolicy({ twoPas: true } as any)).toThrow(
      "Unknown approval policy setting 'twoPas'",
    );
    expect(() =>
      resolveApprovalPolicy({ requiredSeniorApprovals: '2' } as any),
    ).toThrow(InputError);
    expect(() => resolveApprovalPolicy({ botReviewers: 'x' } as any)).toThrow(
      /string\[\]/,
    );
  });
});

describe('scanRepository', () => {
  let repo: TestGitRepo;
  afterAll(() => repo?.remove());

  it('scans a real repository end to end', async () => {
    repo = TestGitRepo.create();
    repo.commit('Initial\n', { date: '2025-01-01T00:00:00Z' });
    repo.commit(
      `Add AI code (#2)\n\n${CLAUDE}\nReviewed-by: Carol <carol@example.com>\n`,
      {
        date: '2025-01-02T00:00:00Z',
      },
    );
    repo.commit(
      `Self-reviewed AI code (#3)\n\n${CLAUDE}\nReviewed-by: Alice <alice@example.com>\n`,
      {
        date: '2025-01-03T00:00:00Z',
      },
    );
    repo.commit(`Pushed AI code\n\n${CLAUDE}\n`, {
      date: '2025-01-04T00:00:00Z',
    });
    const results = await all(
      scanRepository({
        repository: repo.dir,
        seniors: ['carol@example.com', 'alice@example.com'],
      }),
    );
    expect(
      results.map(r => [r.change.title, r.verdict?.verdict ?? null]),
    ).toEqual([
      ['Pushed AI code', 'direct_push'],
      ['Self-reviewed AI code', 'self_approved'],
      ['Add AI code', 'approved'],
      ['Initial', null],
    ]);
  });

  it("judges each patch of a maintainer's pull on its own trailers", async () => {
    const kernel = TestGitRepo.create();
    try {
      kernel.commit('Initial\n', { date: '2025-01-01T00:00:00Z' });
      kernel.checkout('net', { create: true });
      kernel.commit(
        'net: fix leak\n\nAssisted-by: Claude:claude-opus-4-6\nReviewed-by: Carol <carol@example.com>\n',
        { date: '2025-01-02T00:00:00Z' },
      );
      kernel.commit(
        'net: add test\n\nAssisted-by: Claude:claude-opus-4-6\nSigned-off-by: Alice <alice@example.com>\n',
        { date: '2025-01-03T00:00:00Z' },
      );
      kernel.commit('net: tidy\n\nReviewed-by: Dave <dave@example.com>\n', {
        date: '2025-01-04T00:00:00Z',
      });
      kernel.checkout('main');
      kernel.merge(
        'net',
        "Merge tag 'net-6.8' of git://git.kernel.org/pub/scm/linux/kernel/git/netdev/net",
      );
      const results = await all(
        scanRepository({
          repository: kernel.dir,
          seniors: ['carol@example.com'],
        }),
      );
      expect(
        results.map(r => [r.change.title, r.verdict?.verdict ?? null]),
      ).toEqual([
        [
          "Merge tag 'net-6.8' of git://git.kernel.org/pub/scm/linux/kernel/git/netdev/net",
          null,
        ],
        ['net: tidy', null],
        // Carol's review of the first patch says nothing about this one
        ['net: add test', 'direct_push'],
        ['net: fix leak', 'approved'],
        ['Initial', null],
      ]);
    } finally {
      kernel.remove();
    }
  });

  it('judges merge-bot approvals and Phabricator reviewers', async () => {
    const bots = TestGitRepo.create();
    try {
      bots.commit('Initial\n', { date: '2025-01-01T00:00:00Z' });
      bots.checkout('ai-fix', { create: true });
      bots.commit(`Fix with AI\n\n${CLAUDE}\n`, {
        date: '2025-01-02T00:00:00Z',
      });
      bots.checkout('main');
      bots.merge(
        'ai-fix',
        'Auto merge of #7 - alice:ai-fix, r=carol\n\nFix with AI\n',
      );
      bots.checkout('ai-docs', { create: true });
      bots.commit(`Docs with AI\n\n${CLAUDE}\n`, {
        date: '2025-01-03T00:00:00Z',
      });
      bots.checkout('main');
      bots.merge(
        'ai-docs',
        'Auto merge of #8 - alice:ai-docs, r=dave\n\nDocs with AI\n',
      );
      bots.commit(
        `Tune AI code\n\n${CLAUDE}\nReviewed By: carol\n\nDifferential Revision: https://reviews.example.com/D9\n`,
        { date: '2025-01-04T00:00:00Z' },
      );
      const results = await all(
        scanRepository({ repository: bots.dir, seniors: ['carol'] }),
      );
      expect(
        results.map(r => [
          r.change.number ?? null,
          r.change.url ?? null,
          r.verdict?.verdict ?? null,
        ]),
      ).toEqual([
        [null, 'https://reviews.example.com/D9', 'approved'],
        [8, null, 'not_senior'],
        [7, null, 'approved'],
        [null, null, null],
      ]);
    } finally {
      bots.remove();
    }
  });
});

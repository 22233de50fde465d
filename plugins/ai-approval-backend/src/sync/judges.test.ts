import { ConfigReader } from '@backstage/config';
import { Change } from '@ai-approval/backstage-plugin-ai-approval-common';
import { OrgDirectory } from '../catalog/OrgDirectory';
import { readAiApprovalConfig } from '../config';
import { catalogEntities, GROUPS } from '../__testUtils__/organisation';
import { JudgeFactory } from './judges';

const config = readAiApprovalConfig(
  new ConfigReader({ aiApproval: { seniors: { groups: [GROUPS.seniors] } } }),
);

function directory(
  emailOf: (login: string) => string = l => `${l}@example.com`,
) {
  const entities = catalogEntities([], 'unused').map(e =>
    e.kind === 'User'
      ? {
          ...e,
          spec: { ...e.spec, profile: { email: emailOf(e.metadata.name) } },
        }
      : e,
  );
  return new OrgDirectory(
    entities.filter(e => e.kind === 'Group'),
    entities.filter(e => e.kind === 'User'),
  );
}

/** A Devin pull request that Ada started: she is named only by e-mail. */
function agentChange(reviewer: string): Change {
  return {
    kind: 'pull_request',
    number: 7,
    title: 'Fix retry logic',
    author: { login: 'devin-ai-integration[bot]', type: 'Bot', id: 158243242 },
    headSha: 'b'.repeat(40),
    commits: [
      {
        sha: 'b'.repeat(40),
        message:
          'Fix retry logic\n\nCo-authored-by: Ada Lovelace <ada-lovelace@example.com>',
        author: {
          name: 'devin-ai-integration[bot]',
          email: '158243242+devin-ai-integration[bot]@users.noreply.github.com',
        },
      },
    ],
    reviews: [
      {
        reviewer: { login: reviewer, type: 'User' },
        state: 'APPROVED',
        commitSha: 'b'.repeat(40),
        submittedAt: '2025-06-01T10:00:00Z',
        source: 'review',
      },
    ],
  };
}

describe('JudgeFactory', () => {
  it('does not count the approval of a senior who co-wrote the change and is named by e-mail only', () => {
    const judge = new JudgeFactory(config, directory()).judgeFor([{}]);
    const own = judge.judge(agentChange('ada-lovelace')).verdict!;
    expect(own.verdict).toBe('self_approved');
    expect(own.approvers).toEqual([
      expect.objectContaining({
        identity: 'ada-lovelace',
        senior: true,
        ineligible: 'co_author',
      }),
    ]);
    // another senior's approval of the same change counts
    expect(judge.judge(agentChange('grace-hopper')).verdict!.verdict).toBe(
      'approved',
    );
  });

  it('judges stored changes again when a catalog User changes e-mail', () => {
    const before = new JudgeFactory(config, directory());
    const after = new JudgeFactory(
      config,
      directory(l => `${l}@new.example.com`),
    );
    before.judgeFor([{}]);
    after.judgeFor([{}]);
    expect(after.fingerprint()).not.toBe(before.fingerprint());
    expect(
      after.judgeFor([{}]).judge(agentChange('ada-lovelace')).verdict!.verdict,
    ).toBe('approved');
  });

  it('judges stored changes again after an upgrade to new built-in rules', () => {
    const print = (version?: string) => {
      const judges = new JudgeFactory(config, directory(), version);
      judges.judgeFor([{}]);
      return judges.fingerprint();
    };
    expect(print()).toBe(print());
    expect(print('an older version')).not.toBe(print());
  });

  it('reads allowBaseBranchUpdates from app-config: an Update branch merge after the approval keeps it', () => {
    const approved = 'a'.repeat(40);
    const change: Change = {
      ...agentChange('grace-hopper'),
      baseRef: 'main',
      headSha: 'c'.repeat(40),
    };
    change.commits = [
      { ...change.commits![0], sha: approved },
      {
        sha: 'c'.repeat(40),
        message: "Merge branch 'main' into devin/fix-retries",
        author: { name: 'Ada Lovelace', email: 'ada-lovelace@example.com' },
      },
    ];
    change.reviews = [{ ...change.reviews![0], commitSha: approved }];
    const judgeWith = (policy: object) =>
      new JudgeFactory(
        readAiApprovalConfig(
          new ConfigReader({
            aiApproval: { seniors: { groups: [GROUPS.seniors] }, policy },
          }),
        ),
        directory(),
      ).judgeFor([{}]);
    expect(judgeWith({}).judge(change).verdict!.verdict).toBe('approved_stale');
    expect(
      judgeWith({ allowBaseBranchUpdates: true }).judge(change).verdict!
        .verdict,
    ).toBe('approved');
  });
});

import { change, commit, review, sha } from '../testing/builders';
import { Change, ChangeReview, Exemption, Verdict } from '../types';
import { judgeApproval } from './judgeApproval';
import { ApprovalPolicy, DEFAULT_APPROVAL_POLICY } from './policy';
import { createSeniorSet } from './seniorSet';

const seniors = createSeniorSet(['alice', 'bob', 'sam@example.com']);
const c1 = commit('Add parser', { sha: sha('one') });
const c2 = commit('Fix parser', { sha: sha('two') });
const c3 = commit('Add tests', { sha: sha('three') });
const c4 = commit('Address review', { sha: sha('four') });
const head = c4.sha;
const at = (minute: number) =>
  `2025-06-01T10:${String(minute).padStart(2, '0')}:00Z`;

function pr(reviews: ChangeReview[], overrides: Partial<Change> = {}): Change {
  return change({
    commits: [c1, c2, c3, c4],
    headSha: head,
    reviews,
    ...overrides,
  });
}

function judge(
  c: Change,
  policy: Partial<ApprovalPolicy> = {},
  exemption?: Exemption,
) {
  return judgeApproval({
    change: c,
    policy: { ...DEFAULT_APPROVAL_POLICY, ...policy },
    seniors,
    exemption,
  });
}

const approve = (login: string, commitSha = head, minute = 30) =>
  review(login, 'APPROVED', { commitSha, submittedAt: at(minute) });

describe('judgeApproval verdicts', () => {
  it.each<[string, Change, Verdict, string]>([
    [
      'senior approval on the head commit -> approved',
      pr([approve('alice')]),
      'approved',
      'Approved by @alice (senior).',
    ],
    [
      'senior approval on an earlier commit -> approved_stale',
      pr([approve('bob', c1.sha)]),
      'approved_stale',
      `Approved by @bob on an earlier commit (${c1.sha.slice(
        0,
        7,
      )}); 3 commits were pushed after.`,
    ],
    [
      'dismissed senior approval -> dismissed',
      pr([
        review('alice', 'DISMISSED', { commitSha: c3.sha, submittedAt: at(1) }),
      ]),
      'dismissed',
      'The approval by @alice was dismissed; a senior engineer must approve again.',
    ],
    [
      'the author approving their own change -> self_approved',
      pr([approve('alice')], { author: { login: 'alice' } }),
      'self_approved',
      '@alice cannot approve this change: they are its author.',
    ],
    [
      "a deleted account approving a deleted account's change -> not_senior",
      pr([approve('ghost')], { author: { login: 'ghost', type: 'User' } }),
      'not_senior',
      'Approved by @ghost, who is not a senior engineer.',
    ],
    [
      'a non-senior approval -> not_senior',
      pr([approve('carol')]),
      'not_senior',
      'Approved by @carol, who is not a senior engineer.',
    ],
    [
      'only AI reviewers -> bot_review_only',
      pr([
        review('copilot-pull-request-reviewer', 'COMMENTED', {
          reviewer: { login: 'copilot-pull-request-reviewer', type: 'Bot' },
        }),
        review('coderabbitai[bot]', 'COMMENTED'),
        review('gemini-code-assist', 'COMMENTED'),
      ]),
      'bot_review_only',
      'Only bots or AI reviewers reviewed (@copilot-pull-request-reviewer, @coderabbitai[bot] and @gemini-code-assist); their reviews never count.',
    ],
    [
      'no review at all -> no_review',
      pr([]),
      'no_review',
      'Merged without any review.',
    ],
    [
      'no trailer in a plain git history -> no_review, saying where it looked',
      { ...pr([]), reviewSource: 'trailers' as const },
      'no_review',
      'No approval is recorded in the commit messages (no Reviewed-by:, Acked-by: or Approved-by: trailer); reviews kept by GitHub or GitLab are not part of the git history.',
    ],
    [
      'a pushed commit without review -> direct_push',
      change({ kind: 'direct_push', commits: [c1], reviews: [] }),
      'direct_push',
      'Pushed straight to main without a pull request or review.',
    ],
  ])('%s', (_, c, verdict, firstReason) => {
    const result = judge(c);
    expect(result.verdict).toBe(verdict);
    expect(result.compliant).toBe(verdict === 'approved');
    expect(result.reasons[0]).toBe(firstReason);
  });

  it('exemption beats everything', () => {
    const exemption = {
      by: 'user:default/cto',
      reason: 'Generated migration, reviewed offline',
      at: at(0),
    };
    const result = judge(
      change({ kind: 'direct_push', commits: [c1] }),
      {},
      exemption,
    );
    expect(result).toMatchObject({
      verdict: 'exempt',
      compliant: true,
      reasons: [
        'Exempted by user:default/cto: Generated migration, reviewed offline',
      ],
    });
  });
});

describe('judgeApproval edge cases', () => {
  it('approval then a new push is stale; allowStaleApprovals accepts it', () => {
    const c = pr([approve('alice', c3.sha)]);
    const stale = judge(c);
    expect(stale.verdict).toBe('approved_stale');
    expect(stale.reasons).toEqual([
      `Approved by @alice on an earlier commit (${c3.sha.slice(
        0,
        7,
      )}); 1 commit was pushed after.`,
      `A senior engineer must approve the final commit (${head.slice(0, 7)}).`,
    ]);
    expect(stale.approvers).toEqual([
      {
        identity: 'alice',
        senior: true,
        ineligible: 'stale',
        commitSha: c3.sha,
        submittedAt: at(30),
      },
    ]);
    expect(stale.seniorApprovedAt).toBeUndefined();
    expect(judge(c, { allowStaleApprovals: true })).toMatchObject({
      verdict: 'approved',
      seniorApprovedAt: at(30),
    });
  });

  it('approval on a commit no longer in the change says the branch was rewritten', () => {
    const result = judge(pr([approve('alice', sha('gone'))]));
    expect(result.verdict).toBe('approved_stale');
    expect(result.reasons[0]).toMatch(
      /which is not the final commit of the change \(the branch was rewritten/,
    );
  });

  it('an abbreviated head SHA is the head', () => {
    expect(judge(pr([approve('alice', head.slice(0, 7))])).verdict).toBe(
      'approved',
    );
  });

  it('approval then dismissal is dismissed; a new approval after it counts', () => {
    const dismissed = review('alice', 'DISMISSED', {
      commitSha: c2.sha,
      submittedAt: at(10),
    });
    expect(judge(pr([dismissed])).verdict).toBe('dismissed');
    const result = judge(pr([dismissed, approve('alice', head, 40)]));
    expect(result.verdict).toBe('approved');
    expect(result.seniorApprovedAt).toBe(at(40));
  });

  it('approval then COMMENTED keeps the approval', () => {
    const result = judge(
      pr([
        approve('alice', head, 10),
        review('alice', 'COMMENTED', { commitSha: head, submittedAt: at(20) }),
      ]),
    );
    expect(result.verdict).toBe('approved');
  });

  it('approval then CHANGES_REQUESTED revokes it', () => {
    const result = judge(
      pr([
        approve('alice', head, 10),
        review('alice', 'CHANGES_REQUESTED', { submittedAt: at(20) }),
      ]),
    );
    expect(result.verdict).toBe('no_review');
    expect(result.reasons[0]).toBe('Reviewed by @alice, but nobody approved.');
    expect(result.approvers).toEqual([]);
  });

  it('orders reviews by time, not by list order', () => {
    const later = review('alice', 'CHANGES_REQUESTED', { submittedAt: at(50) });
    expect(judge(pr([later, approve('alice', head, 10)])).verdict).toBe(
      'no_review',
    );
  });

  it('ignores PENDING reviews', () => {
    expect(judge(pr([review('alice', 'PENDING')])).verdict).toBe('no_review');
  });

  it('author listed as reviewer does not count, another senior does', () => {
    const result = judge(
      pr([approve('alice', head, 5), approve('bob', head, 9)], {
        author: { login: 'Alice' },
      }),
    );
    expect(result.verdict).toBe('approved');
    expect(result.approvers).toEqual([
      expect.objectContaining({
        identity: 'alice',
        senior: true,
        ineligible: 'author',
      }),
      expect.objectContaining({ identity: 'bob', senior: true }),
    ]);
    expect(result.approvers[1].ineligible).toBeUndefined();
    expect(result.seniorApprovedAt).toBe(at(9));
  });

  it('a co-author (Co-authored-by line) approving is self-approval', () => {
    const coAuthored = commit(
      'Add cache\n\nCo-authored-by: Bob Builder <1234+bob@users.noreply.github.com>',
      {
        sha: sha('co'),
      },
    );
    const result = judge(
      pr([approve('bob')], { commits: [c1, coAuthored, c4] }),
    );
    expect(result.verdict).toBe('self_approved');
    expect(result.reasons[0]).toBe(
      `@bob cannot approve this change: they authored or co-authored commit ${coAuthored.sha.slice(
        0,
        7,
      )}.`,
    );
    expect(result.approvers[0].ineligible).toBe('co_author');
  });

  it('a commit author who is not the PR author approving is self-approval', () => {
    const byBob = commit('Tweak', {
      author: { name: 'Bob', email: 'bob@example.com', login: 'bob' },
    });
    expect(
      judge(pr([approve('bob')], { commits: [c1, byBob, c4] })).verdict,
    ).toBe('self_approved');
  });

  it('a quoted co-author line does not make the reviewer a co-author', () => {
    const quoted = commit('Revert\n\n> Co-authored-by: Bob <bob@example.com>', {
      sha: sha('q'),
    });
    const reviewer = { login: 'bob', email: 'bob@example.com' };
    expect(
      judge(
        pr(
          [approve('bob')].map(r => ({ ...r, reviewer })),
          { commits: [quoted, c4] },
        ),
      ).verdict,
    ).toBe('approved');
  });

  it('the initiator of a Copilot agent PR cannot approve it', () => {
    const agentCommit = commit(
      'Initial plan\n\nCo-authored-by: alice <77+alice@users.noreply.github.com>',
      {
        sha: head,
        author: {
          name: 'copilot-swe-agent[bot]',
          email: '198982749+Copilot@users.noreply.github.com',
        },
      },
    );
    const c = pr([approve('alice')], {
      author: { login: 'Copilot', type: 'Bot', id: 198982749 },
      initiator: { login: 'alice' },
      commits: [agentCommit],
    });
    const result = judge(c);
    expect(result.verdict).toBe('self_approved');
    expect(result.approvers[0].ineligible).toBe('initiator');
    expect(result.reasons).toEqual([
      '@alice cannot approve this change: they started the agent that wrote it.',
      'A senior engineer who did not write the change must approve it.',
    ]);
    expect(
      judge({ ...c, reviews: [approve('alice'), approve('bob')] }).verdict,
    ).toBe('approved');
  });

  it('bot approvals never count, including configured bot reviewers', () => {
    const bots = [
      approve('renovate-approve[bot]'),
      review('Copilot', 'APPROVED', {
        reviewer: { login: 'Copilot', type: 'Bot' },
        commitSha: head,
      }),
      approve('acme-review'),
    ];
    const result = judge(pr(bots), { botReviewers: ['ACME-Review'] });
    expect(result.verdict).toBe('bot_review_only');
    expect(result.approvers.map(a => a.ineligible)).toEqual([
      'bot',
      'bot',
      'bot',
    ]);
    expect(judge(pr(bots)).verdict).toBe('not_senior');
  });

  it('a bot approval next to a human comment is no_review, with a note', () => {
    const result = judge(
      pr([approve('helper[bot]'), review('carol', 'COMMENTED')]),
    );
    expect(result.verdict).toBe('no_review');
    expect(result.reasons).toContain(
      'The approval by @helper[bot] does not count: bots and AI reviewers cannot approve.',
    );
  });

  it('matches senior logins case-insensitively', () => {
    expect(judge(pr([approve('ALICE')])).verdict).toBe('approved');
  });

  it('lists every approval with its senior flag and reason', () => {
    const result = judge(
      pr([
        approve('carol', head, 1),
        approve('bob', c2.sha, 2),
        approve('x[bot]', head, 3),
      ]),
    );
    expect(result.verdict).toBe('approved_stale');
    expect(result.approvers).toEqual([
      {
        identity: 'carol',
        senior: false,
        ineligible: 'not_senior',
        commitSha: head,
        submittedAt: at(1),
      },
      {
        identity: 'bob',
        senior: true,
        ineligible: 'stale',
        commitSha: c2.sha,
        submittedAt: at(2),
      },
      {
        identity: 'x[bot]',
        senior: false,
        ineligible: 'bot',
        commitSha: head,
        submittedAt: at(3),
      },
    ]);
    expect(result.reasons).toContain(
      '@carol approved but is not a senior engineer.',
    );
  });
});

describe('judgeApproval policies', () => {
  it('twoPass needs a second distinct approver', () => {
    const policy = { twoPass: true };
    const alone = judge(pr([approve('alice')]), policy);
    expect(alone.verdict).toBe('not_senior');
    expect(alone.reasons).toEqual([
      'Approved by @alice (senior).',
      '1 more approval from another eligible reviewer is needed (two-pass review).',
    ]);
    const pair = judge(
      pr([approve('alice', head, 1), approve('carol', head, 2)]),
      policy,
    );
    expect(pair.verdict).toBe('approved');
    expect(pair.approvers.every(a => a.ineligible === undefined)).toBe(true);
    expect(pair.reasons).toEqual(['Approved by @alice (senior) and @carol.']);
  });

  it('twoPass needs one of the two to be senior', () => {
    const result = judge(pr([approve('carol'), approve('dave')]), {
      twoPass: true,
    });
    expect(result.verdict).toBe('not_senior');
    expect(result.reasons).toEqual([
      'Approved by @carol and @dave, who are not senior engineers.',
      '1 more senior approval is needed.',
    ]);
  });

  it('twoPass does not count the same person twice', () => {
    const result = judge(
      pr([approve('alice', head, 1), approve('Alice', head, 2)]),
      { twoPass: true },
    );
    expect(result.verdict).toBe('not_senior');
  });

  it('requiredSeniorApprovals 2 needs two distinct seniors', () => {
    const policy = { requiredSeniorApprovals: 2 };
    const one = judge(pr([approve('alice'), approve('carol')]), policy);
    expect(one.verdict).toBe('not_senior');
    expect(one.reasons).toContain('1 more senior approval is needed.');
    expect(
      judge(pr([approve('alice', head, 3), approve('bob', head, 1)]), policy),
    ).toMatchObject({
      verdict: 'approved',
      seniorApprovedAt: at(1),
    });
  });

  it('requiredSeniorApprovals below 1 still needs one', () => {
    expect(judge(pr([]), { requiredSeniorApprovals: 0 }).verdict).toBe(
      'no_review',
    );
  });
});

describe('judgeApproval on plain git trailers', () => {
  const trailer = (name: string, email: string): ChangeReview => ({
    reviewer: { name, email },
    state: 'APPROVED',
    source: 'trailer',
  });

  it('a direct push with a senior Reviewed-by trailer is judged like a PR', () => {
    const c = change({
      kind: 'direct_push',
      commits: [c1],
      headSha: sha('other'),
      reviews: [trailer('Sam', 'sam@example.com')],
    });
    const result = judge(c);
    expect(result.verdict).toBe('approved');
    expect(result.approvers).toEqual([
      { identity: 'sam@example.com', senior: true },
    ]);
  });

  it('a Reviewed-by trailer from the author is self-approval', () => {
    const author = { name: 'Sam', email: 'SAM@example.com' };
    const c = change({
      kind: 'direct_push',
      author,
      commits: [commit('Fix', { author })],
      reviews: [trailer('Sam', 'sam@example.com')],
    });
    expect(judge(c).verdict).toBe('self_approved');
  });
});

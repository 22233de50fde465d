import { change, commit, review, sha } from '../testing/builders';
import { judgeWithSeniors } from '../testing/judge';
import { Change, ChangeReview } from '../types';
import { movedOntoHead } from './movedApprovals';

/*
 * As GitHub reports a pull request that was rebased after its approval
 * (PRQL/prql#6158): the review, submitted at 06:09, names the rebased
 * head, which was committed at 07:40.
 */
const first = commit('Bump js-yaml', {
  sha: sha('first'),
  committedAt: '2026-08-07T05:58:00Z',
});
const rebased = commit('Bump js-yaml', {
  sha: sha('rebased'),
  committedAt: '2026-08-07T07:40:16Z',
});

function pr(approval: Partial<ChangeReview>, overrides: Partial<Change> = {}) {
  return change({
    commits: [rebased],
    headSha: rebased.sha,
    reviews: [
      review('alice', 'APPROVED', {
        commitSha: rebased.sha,
        submittedAt: '2026-08-07T06:09:36Z',
        ...approval,
      }),
    ],
    ...overrides,
  });
}

const judge = judgeWithSeniors(['alice']);

describe('approvals a force-push moved onto the head', () => {
  it('are stale: the head was committed after the approval', () => {
    const c = pr({});
    expect(movedOntoHead(c, c.reviews[0])).toBe(rebased);
    const result = judge(c);
    expect(result.verdict).toBe('approved_stale');
    expect(result.reasons[0]).toBe(
      `Approved by @alice before the final commit (${rebased.sha.slice(
        0,
        7,
      )}) was made; a force-push after the approval carried it over to that commit.`,
    );
  });

  it.each<[string, Change]>([
    [
      'the head committed before the approval',
      pr({ submittedAt: '2026-08-07T07:45:00Z' }),
    ],
    [
      'a committer clock up to ten minutes ahead',
      pr({ submittedAt: '2026-08-07T07:31:00Z' }),
    ],
    ['no submission time', pr({ submittedAt: undefined })],
    [
      'the head not among the commits read',
      pr({}, { commits: [first], headSha: rebased.sha }),
    ],
    [
      'no commit time',
      pr({}, { commits: [{ ...rebased, committedAt: undefined }] }),
    ],
  ])('are not when nothing says so: %s', (_, c) => {
    expect(movedOntoHead(c, c.reviews[0])).toBeUndefined();
    expect(judge(c).verdict).toBe('approved');
  });

  it('are judged like any approval on an earlier commit by the policy', () => {
    expect(judge(pr({}), { allowStaleApprovals: true }).verdict).toBe(
      'approved',
    );
    // a rebase may have changed anything: not excused as a base update
    expect(judge(pr({}), { allowBaseBranchUpdates: true }).verdict).toBe(
      'approved_stale',
    );
  });

  it('leave an approval on an earlier commit to the usual rule', () => {
    const c = pr({ commitSha: first.sha }, { commits: [first, rebased] });
    expect(movedOntoHead(c, c.reviews[0])).toBeUndefined();
    expect(judge(c).reasons[0]).toMatch(
      /^Approved by @alice on an earlier commit/,
    );
  });
});

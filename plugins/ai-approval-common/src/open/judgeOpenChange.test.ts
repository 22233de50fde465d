import { DEFAULT_APPROVAL_POLICY } from '../approval/policy';
import { judgeApproval } from '../approval/judgeApproval';
import { createSeniorSet } from '../approval/seniorSet';
import { change, commit, review } from '../testing/builders';
import { judgeOpenChange } from './judgeOpenChange';
import { OpenChange, RequestedReviewer } from './types';

const seniors = createSeniorSet(['Grace', 'linus']);
const first = commit('Add retry budget');
const second = commit('Address review');

function open(overrides: Partial<OpenChange> = {}): OpenChange {
  return {
    ...change({ commits: [first, second], headSha: second.sha }),
    isDraft: false,
    createdAt: '2026-12-01T09:00:00Z',
    readyAt: '2026-12-01T09:00:00Z',
    updatedAt: '2026-12-02T09:00:00Z',
    requested: [],
    ...overrides,
  };
}

function judge(pr: OpenChange, teamMembers?: (team: string) => string[]) {
  const verdict = judgeApproval({
    change: pr,
    policy: DEFAULT_APPROVAL_POLICY,
    seniors,
  });
  return judgeOpenChange({ change: pr, verdict, seniors, teamMembers });
}

const grace: RequestedReviewer = { kind: 'user', name: 'Grace' };
const bob: RequestedReviewer = { kind: 'user', name: 'bob' };
const onHead = { commitSha: second.sha, submittedAt: '2026-12-02T10:00:00Z' };
const onFirst = { commitSha: first.sha, submittedAt: '2026-12-01T10:00:00Z' };

describe('judgeOpenChange', () => {
  it.each([
    {
      name: 'a senior approved the head',
      pr: open({ reviews: [review('grace', 'APPROVED', onHead)] }),
      state: 'ready',
      reason: /ready to merge/,
      waitingOn: [],
    },
    {
      name: 'nobody reviewed, a senior is requested',
      pr: open({ requested: [grace, bob] }),
      state: 'waiting_for_senior',
      reason: /^Waiting on @Grace to approve the head \(/,
      waitingOn: ['Grace'],
    },
    {
      name: 'nobody is requested',
      pr: open(),
      state: 'waiting_for_senior',
      reason: /^No reviewer is requested: request a senior/,
      waitingOn: [],
    },
    {
      name: 'only a non-senior is requested and approved',
      pr: open({
        requested: [bob],
        reviews: [review('bob', 'APPROVED', onHead)],
      }),
      state: 'waiting_for_senior',
      reason:
        /^Approved by @bob, who is not a senior engineer\. @bob is requested, but not as a senior/,
      waitingOn: [],
    },
    {
      name: 'a senior approved, then a commit was pushed',
      pr: open({
        requested: [grace],
        reviews: [review('grace', 'APPROVED', onFirst)],
      }),
      state: 'stale_approval',
      reason:
        /^Approved by @grace on an earlier commit .*; 1 commit was pushed after\. Waiting on @Grace/,
      waitingOn: ['Grace'],
    },
    {
      name: 'a reviewer asked for changes after a senior approved',
      pr: open({
        reviews: [
          review('grace', 'APPROVED', onHead),
          review('bob', 'CHANGES_REQUESTED', {
            ...onHead,
            submittedAt: '2026-12-02T11:00:00Z',
          }),
        ],
      }),
      state: 'changes_requested',
      reason: /^Changes requested by @bob: the author must address them/,
      waitingOn: [],
    },
    {
      name: 'changes were requested, then the same person approved',
      pr: open({
        reviews: [
          review('bob', 'CHANGES_REQUESTED', onFirst),
          review('grace', 'APPROVED', onHead),
          review('bob', 'APPROVED', onHead),
        ],
      }),
      state: 'ready',
      reason: /ready to merge/,
      waitingOn: [],
    },
    {
      name: 'a draft, even with an approval',
      pr: open({
        isDraft: true,
        readyAt: undefined,
        requested: [grace],
        reviews: [review('grace', 'APPROVED', onHead)],
      }),
      state: 'draft',
      reason: /^A draft: mark it ready for review/,
      waitingOn: [],
    },
  ])('$name: $state', ({ pr, state, reason, waitingOn }) => {
    const judged = judge(pr);
    expect(judged.state).toBe(state);
    expect(judged.reason).toMatch(reason);
    expect(judged.waitingOn).toEqual(waitingOn);
  });

  it('waits on the senior members of a requested team, once each', () => {
    const pr = open({
      requested: [{ kind: 'team', name: 'acme/platform' }, grace],
    });
    const judged = judge(pr, team =>
      team === 'acme/platform' ? ['grace', 'linus', 'bob'] : [],
    );
    expect(judged.waitingOn).toEqual(['Grace', 'linus']);
    expect(judged.reason).toMatch(/^Waiting on @Grace and @linus/);
  });

  it('names a requested team it cannot expand', () => {
    const pr = open({ requested: [{ kind: 'team', name: 'acme/platform' }] });
    expect(judge(pr).reason).toMatch(
      /^Waiting on @acme\/platform: a senior must approve the head/,
    );
  });

  it('no longer waits on a senior who approved the head', () => {
    const pr = open({
      requested: [grace, { kind: 'user', name: 'linus' }],
      reviews: [review('bob', 'APPROVED', onHead)],
    });
    expect(judge(pr).waitingOn).toEqual(['Grace', 'linus']);
    const approved = open({
      requested: [grace, { kind: 'user', name: 'linus' }],
      reviews: [review('GRACE', 'APPROVED', onHead)],
    });
    expect(judge(approved).state).toBe('ready');
  });
});

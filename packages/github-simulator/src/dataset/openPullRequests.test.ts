import { GithubDataset } from './GithubDataset';
import { SENIOR_REVIEWERS } from './identities';
import { SimPullRequest } from './types';

const ref = { owner: 'acme', name: 'service-0' };
const seniors = new Set(SENIOR_REVIEWERS.map(p => p.actor.login));

function head(pr: SimPullRequest) {
  return pr.commits[pr.commits.length - 1].oid;
}

describe('open pull requests', () => {
  const dataset = GithubDataset.generate({
    mergedPullRequestsPerRepository: 30,
    openPullRequestsPerRepository: 60,
  });
  const open = dataset.openPullRequests(ref);

  it('leaves the merged pull requests as they were without open ones', () => {
    const without = GithubDataset.generate({
      mergedPullRequestsPerRepository: 30,
    });
    expect(without.pullRequests(ref)).toEqual(dataset.pullRequests(ref));
    expect(without.openPullRequests(ref)).toEqual([]);
  });

  it('has every live state, each built as its truth says', () => {
    expect(open).toHaveLength(60);
    const states = new Set(open.map(pr => pr.openTruth!.liveState));
    expect(states.size).toBe(5);
    for (const pr of open) {
      const truth = pr.openTruth!;
      const approvals = pr.reviews.filter(r => r.state === 'APPROVED');
      const seniorOnHead = approvals.some(
        r => seniors.has(r.author.login) && r.commitOid === head(pr),
      );
      expect(pr.truth.aiAssisted).toBe(true);
      expect(pr.isDraft).toBe(truth.liveState === 'draft');
      expect(seniorOnHead).toBe(truth.liveState === 'ready');
      // a stale approval names the first commit, not the head
      const staleOnFirst = approvals.every(
        r => r.commitOid === pr.commits[0].oid,
      );
      expect(truth.liveState !== 'stale_approval' || staleOnFirst).toBe(true);
      // waiting on requested seniors only
      for (const login of truth.waitingOn) {
        expect(seniors.has(login)).toBe(true);
        expect(pr.reviewRequests).toContainEqual(
          expect.objectContaining({
            actor: expect.objectContaining({ login }),
          }),
        );
      }
    }
    expect(
      open.some(pr => pr.reviewRequests?.some(r => r.type === 'Team')),
    ).toBe(true);
  });

  it('drops a request once the person reviews, and a push makes approvals stale', () => {
    const pr = dataset.openPullRequest(
      ref,
      '2025-05-30T10:00:00Z',
      'waiting_for_senior',
    );
    const senior =
      pr.openTruth!.waitingOn[0] ?? SENIOR_REVIEWERS[0].actor.login;
    dataset.reviewPullRequest(ref, pr.number, {
      login: senior,
      state: 'APPROVED',
      at: '2025-05-30T11:00:00Z',
    });
    expect(
      pr.reviewRequests!.some(
        r => r.type !== 'Team' && r.actor.login === senior,
      ),
    ).toBe(false);
    const approvedHead = head(pr);
    dataset.pushToPullRequest(ref, pr.number, '2025-05-30T12:00:00Z');
    expect(head(pr)).not.toBe(approvedHead);
    expect(pr.headRefOid).toBe(head(pr));
    expect(pr.updatedAt).toBe('2025-05-30T12:00:00Z');
  });

  it('closes and merges open pull requests', () => {
    const [a, b] = dataset.openPullRequests(ref);
    dataset.closePullRequest(ref, a.number, '2025-05-31T10:00:00Z');
    const merged = dataset.mergePullRequest(
      ref,
      b.number,
      '2025-05-31T11:00:00Z',
    );
    const numbers = dataset.openPullRequests(ref).map(pr => pr.number);
    expect(numbers).not.toContain(a.number);
    expect(numbers).not.toContain(b.number);
    expect(merged.mergeCommit).toBeDefined();
    expect(dataset.pullRequests(ref)[0].number).toBe(b.number);
    expect(() =>
      dataset.closePullRequest(ref, a.number, '2025-06-01T00:00:00Z'),
    ).toThrow(/No open pull request/);
  });
});

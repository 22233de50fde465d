import { GithubDataset } from './GithubDataset';

const ref = { owner: 'acme', name: 'service-0' };

describe('GithubDataset', () => {
  const dataset = GithubDataset.generate({
    mergedPullRequestsPerRepository: 600,
  });
  const prs = dataset.pullRequests(ref);

  it('is deterministic for a seed', () => {
    const again = GithubDataset.generate({
      mergedPullRequestsPerRepository: 600,
    });
    expect(again.pullRequests(ref)).toEqual(prs);
    const other = GithubDataset.generate({
      seed: 7,
      mergedPullRequestsPerRepository: 600,
    });
    expect(other.pullRequests(ref)).not.toEqual(prs);
  });

  it('has the requested number of merged pull requests, newest update first', () => {
    expect(prs).toHaveLength(600);
    const times = prs.map(pr => pr.updatedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(dataset.repositories[0].pullRequests.length).toBeGreaterThan(600);
  });

  it('covers the shapes a source must handle', () => {
    const logins = new Set(prs.map(pr => pr.author.login));
    expect(logins).toContain('copilot-swe-agent');
    expect(logins).toContain('dependabot');
    const reviews = prs.flatMap(pr => pr.reviews);
    expect(new Set(reviews.map(r => r.state))).toEqual(
      new Set(['APPROVED', 'COMMENTED', 'CHANGES_REQUESTED', 'DISMISSED']),
    );
    expect(reviews.some(r => r.author.login === 'coderabbitai')).toBe(true);
    expect(prs.some(pr => pr.commits.length > 100)).toBe(true);
    expect(prs.some(pr => pr.reviews.length > 40)).toBe(true);
    expect(prs.some(pr => pr.labels.length > 20)).toBe(true);
    expect(
      prs.some(pr => /Co-Authored-By: Claude/i.test(pr.commits[0].message)),
    ).toBe(true);
    expect(prs.filter(pr => pr.initiator).length).toBeGreaterThan(10);
    expect(dataset.directPushes(ref)).toHaveLength(5);
  });

  it('records stale approvals given on an earlier commit', () => {
    const stale = prs.filter(pr =>
      pr.reviews.some(
        r => r.state === 'APPROVED' && r.commitOid !== pr.headRefOid,
      ),
    );
    expect(stale.length).toBeGreaterThan(0);
  });

  it('can touch and add pull requests', () => {
    const copy = GithubDataset.generate({ mergedPullRequestsPerRepository: 5 });
    const oldest = copy.pullRequests(ref)[4];
    copy.touchPullRequest(ref, oldest.number, '2025-06-02T00:00:00Z');
    expect(copy.pullRequests(ref)[0].number).toBe(oldest.number);
    const added = copy.mergeNewPullRequest(ref, '2025-06-03T00:00:00Z');
    expect(copy.pullRequests(ref)[0]).toBe(added);
    expect(copy.repositories[0].history[0].commit).toBe(added.mergeCommit);
  });
});

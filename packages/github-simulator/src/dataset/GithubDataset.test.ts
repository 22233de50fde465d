import { GithubDataset } from './GithubDataset';
import { PEOPLE, SENIOR_REVIEWERS } from './identities';
import { AI_TRAILERS, TRAP_LINES } from './messages';
import { AI_LABELS } from './pullRequestTruth';

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

  it('submits each review after the commit it names, in submission order', () => {
    for (const pr of prs) {
      const committed = new Map(
        pr.commits.map(c => [c.oid, Date.parse(c.committer.date)]),
      );
      const times = pr.reviews.map(r => Date.parse(r.submittedAt));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      for (const review of pr.reviews.filter(r => !r.truth)) {
        expect(Date.parse(review.submittedAt)).toBeGreaterThan(
          committed.get(review.commitOid)!,
        );
      }
    }
  });

  it('records approvals a force-push moved onto a head made after them', () => {
    const moved = prs.flatMap(pr =>
      pr.reviews
        .filter(r => r.truth?.movedByForcePush)
        .map(review => ({ pr, review })),
    );
    expect(moved.length).toBeGreaterThan(10);
    for (const { pr, review } of moved) {
      const head = pr.commits[pr.commits.length - 1];
      expect(review.commitOid).toBe(pr.headRefOid);
      expect(Date.parse(review.submittedAt)).toBeLessThan(
        Date.parse(head.committer.date),
      );
    }
  });

  it('records the ground truth of what it generated', () => {
    const kinds = new Set(prs.map(pr => pr.truth.authorKind));
    expect(kinds).toEqual(
      new Set([
        'human',
        'human-ai',
        'copilot-agent',
        'devin',
        'claude-bot',
        'dependabot',
      ]),
    );
    for (const pr of prs) {
      const { truth } = pr;
      expect(truth.aiAssisted).toBe(truth.aiMarkers.length > 0);
      const agent = ['copilot-agent', 'devin', 'claude-bot'].includes(
        truth.authorKind,
      );
      expect(truth.aiMarkers.includes('agent-author')).toBe(agent);
    }
    // "thanks @Copilot" in quoted release notes is no AI marker
    for (const pr of prs.filter(p => p.truth.authorKind === 'dependabot')) {
      const labelled = pr.labels.some(l => AI_LABELS.includes(l));
      expect(pr.truth.aiMarkers).toEqual(labelled ? ['label'] : []);
    }
    for (const pr of prs.filter(p => p.author.type === 'User')) {
      expect(pr.truth.writers).toContain(pr.author.login);
    }
    for (const pr of prs.filter(p => p.initiator)) {
      expect(pr.truth.writers).toContain(pr.initiator!.login);
    }
    // a human pull request whose only AI-looking line is a trap is not AI-assisted
    const traps = prs.filter(
      pr =>
        pr.truth.authorKind === 'human' &&
        pr.commits.some(c => TRAP_LINES.some(t => c.message.includes(t))),
    );
    expect(traps.length).toBeGreaterThan(0);
    expect(
      traps.filter(pr => pr.truth.aiMarkers.length === 0).length,
    ).toBeGreaterThan(0);
    // Claudia is named as a co-author in a trap line: she co-wrote those
    const claudia = prs.filter(pr =>
      pr.commits.some(c =>
        c.message.includes('Co-authored-by: Claudia Ferreira'),
      ),
    );
    expect(
      claudia.every(pr => pr.truth.writers.includes('claudia-ferreira')),
    ).toBe(true);
    const pushes = dataset.directPushes(ref);
    expect(pushes.every(c => typeof c.truth?.aiAssisted === 'boolean')).toBe(
      true,
    );
    expect(
      pushes.every(
        c =>
          c.truth!.aiAssisted === AI_TRAILERS.some(t => c.message.includes(t)),
      ),
    ).toBe(true);
  });

  it('names a fixed set of senior reviewers among its people', () => {
    expect(SENIOR_REVIEWERS.length).toBeGreaterThan(3);
    expect(SENIOR_REVIEWERS.every(p => PEOPLE.includes(p))).toBe(true);
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

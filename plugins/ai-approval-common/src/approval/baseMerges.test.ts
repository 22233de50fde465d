import { change, commit, review, sha } from '../testing/builders';
import { judgeWithSeniors } from '../testing/judge';
import { Change } from '../types';
import { onlyBaseMergesAfter } from './baseMerges';
import { ApprovalPolicy } from './policy';

describe('merges of the base branch', () => {
  it.each<[string, string, boolean]>([
    // GitHub's "Update branch" button
    ["Merge branch 'main' into fix/retry-handling", 'main', true],
    ["Merge branch 'main' into fix/retry-handling\r\n", 'main', true],
    // git pull, git merge origin/main
    [
      "Merge branch 'main' of https://github.com/acme/api into fix",
      'main',
      true,
    ],
    ["Merge branch 'main' of github.com:acme/api into fix", 'main', true],
    ["Merge remote-tracking branch 'origin/main' into fix", 'main', true],
    ["Merge remote-tracking branch 'upstream/main'", 'main', true],
    ["Merge branch 'main'", 'main', true],
    ["Merge branch 'release/2.x' into backport", 'release/2.x', true],
    ["Merge branch 'main' into fix", 'refs/heads/main', true],
    // not the base branch, or not a plain merge subject
    ["Merge branch 'develop' into fix", 'main', false],
    ["Merge branch 'main-old' into fix", 'main', false],
    ["Merge remote-tracking branch 'origin/mainline' into fix", 'main', false],
    ["Merge branch 'main' into fix and add retries", 'main', false],
    ['Merge pull request #12 from acme/main', 'main', false],
    ['Fix retries', 'main', false],
    ['Revert "Merge branch \'main\' into fix"', 'main', false],
    ['', 'main', false],
  ])('%j on base %s -> %s', (message, base, expected) => {
    const approved = commit('Add parser', { sha: sha('approved') });
    const merge = commit(message, { sha: sha('merge') });
    const c = change({ baseRef: base, commits: [approved, merge] });
    expect(onlyBaseMergesAfter(c, approved.sha)).toBe(expected);
  });
});

const c1 = commit('Add parser', { sha: sha('one') });
const c2 = commit('Fix parser', { sha: sha('two') });
const update = commit("Merge branch 'main' into fix/retry-handling", {
  sha: sha('update'),
});
const pull = commit(
  "Merge branch 'main' of https://github.com/acme/api into fix/retry-handling",
  { sha: sha('pull') },
);
const other = commit("Merge branch 'feature/cache' into fix/retry-handling", {
  sha: sha('other'),
});

function pr(commits = [c1, update], overrides: Partial<Change> = {}): Change {
  return change({
    commits,
    headSha: commits[commits.length - 1].sha,
    reviews: [
      review('alice', 'APPROVED', {
        commitSha: c1.sha,
        submittedAt: '2025-06-01T10:30:00Z',
      }),
    ],
    ...overrides,
  });
}

const judge = judgeWithSeniors(['alice']);
const verdict = (c: Change, policy: Partial<ApprovalPolicy> = {}) =>
  judge(c, policy).verdict;
const reasons = (c: Change) => judge(c).reasons;

describe('approvals followed by merges of the base branch', () => {
  const allow = { allowBaseBranchUpdates: true };

  it.each<[string, Change, boolean]>([
    ['one Update branch merge', pr(), true],
    ['two merges, Update branch and git pull', pr([c1, update, pull]), true],
    ['a merge, then a new commit', pr([c1, update, c2]), false],
    ['a new commit, then a merge', pr([c1, c2, update]), false],
    ['a merge of another branch', pr([c1, other]), false],
    ['no base branch known', pr(undefined, { baseRef: undefined }), false],
    ['the approved commit is gone', pr([c2, update]), false],
    ['approved on the head', pr([update, c1]), false],
  ])('%s: only base merges after -> %s', (_, c, expected) => {
    expect(onlyBaseMergesAfter(c, c1.sha)).toBe(expected);
    expect(verdict(c, allow)).toBe(
      expected || c.headSha === c1.sha ? 'approved' : 'approved_stale',
    );
  });

  it('are stale by default, as any commit after the approval is, and the reason says what was pushed', () => {
    expect(verdict(pr())).toBe('approved_stale');
    expect(verdict(pr([c1, update, pull]))).toBe('approved_stale');
    expect(reasons(pr([c1, update, pull]))[0]).toBe(
      `Approved by @alice on an earlier commit (${c1.sha.slice(
        0,
        7,
      )}); 2 commits were pushed after, merging main in.`,
    );
    expect(reasons(pr([c1, update, c2]))[0]).toMatch(
      /; 2 commits were pushed after\.$/,
    );
  });
});

import { GitLogCommit } from './parseGitLog';
import { landedOnSideBranch } from './sideBranch';

function commit(sha: string, parents: string[] = []): GitLogCommit {
  return {
    sha,
    parents,
    authorName: 'A',
    authorEmail: 'a@example.com',
    authorTime: 0,
    committerName: 'A',
    committerEmail: 'a@example.com',
    committerTime: 0,
    message: sha,
  };
}

const shas = (groups: ReturnType<typeof landedOnSideBranch>) =>
  groups.map(g => [g.landing.sha, g.brought.map(c => c.sha)]);

describe('landedOnSideBranch', () => {
  it('groups by the merged branch, a commit going to the oldest that reaches it', () => {
    // a1 <- a2 (merges s) <- a3 (merges t, a child of s)
    const a1 = commit('a1', ['base']);
    const s = commit('s', ['base']);
    const a2 = commit('a2', ['a1', 's']);
    const t = commit('t', ['s']);
    const a3 = commit('a3', ['a2', 't']);
    const merge = commit('m', ['main', 'a3']);
    // oldest first: the reverse of git's topological walk
    expect(shas(landedOnSideBranch(merge, [a1, s, a2, t, a3]))).toEqual([
      ['a3', ['t']],
      ['a2', ['s']],
      ['a1', []],
    ]);
  });

  it('hands out commits one by one when no merged parent is among them', () => {
    const merge = commit('m', ['main', 'elsewhere']);
    expect(
      shas(landedOnSideBranch(merge, [commit('c1'), commit('c2', ['c1'])])),
    ).toEqual([
      ['c2', []],
      ['c1', []],
    ]);
  });

  it('reads each branch of an octopus merge', () => {
    const x1 = commit('x1', ['base']);
    const x2 = commit('x2', ['x1']);
    const y1 = commit('y1', ['base']);
    const merge = commit('m', ['main', 'x2', 'y1']);
    expect(shas(landedOnSideBranch(merge, [y1, x1, x2]))).toEqual([
      ['x2', []],
      ['x1', []],
      ['y1', []],
    ]);
  });
});

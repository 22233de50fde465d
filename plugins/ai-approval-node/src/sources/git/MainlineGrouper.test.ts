import { MainlineGrouper } from './MainlineGrouper';
import { GitLogCommit } from './parseGitLog';

function commit(sha: string, ...parents: string[]): GitLogCommit {
  return {
    sha,
    parents,
    authorName: '',
    authorEmail: '',
    authorTime: 0,
    committerName: '',
    committerEmail: '',
    committerTime: 0,
    message: sha,
  };
}

/** Feeds commits in the given (topological) order; returns landing -> brought. */
function group(mainline: string[], order: GitLogCommit[]) {
  const grouper = new MainlineGrouper(new Set(mainline), mainline[0]);
  const out: string[] = [];
  const record = (groups: ReturnType<MainlineGrouper['end']>, when: string) =>
    groups.forEach(g =>
      out.push(
        `${g.landing.sha}:${g.brought.map(b => b.sha).join(',')}@${when}`,
      ),
    );
  for (const c of order) {
    record(grouper.push(c), c.sha);
  }
  record(grouper.end(), 'end');
  return out;
}

describe('MainlineGrouper', () => {
  it('hands out each change as soon as nothing pending can still join it', () => {
    // m2 merges x2 <- x1 (forked from m1); m1 is a direct push on m0
    expect(
      group(
        ['m2', 'm1', 'm0'],
        [
          commit('m2', 'm1', 'x2'),
          commit('x2', 'x1'),
          commit('x1', 'm1'),
          commit('m1', 'm0'),
          commit('m0'),
        ],
      ),
    ).toEqual(['m2:x1,x2@x1', 'm1:@m1', 'm0:@m0']);
  });

  it('gives a commit shared by two merges to the older one', () => {
    // c is reachable from m0's side (via a) and from m1's side (via b):
    // m1 landed first, so c belongs to m1 and m0 only brought a
    const order = [
      commit('m0', 'm1', 'a'),
      commit('a', 'c'),
      commit('m1', 'm2', 'b'),
      commit('b', 'c'),
      commit('c', 'm2'),
      commit('m2'),
    ];
    expect(group(['m0', 'm1', 'm2'], order)).toEqual([
      'm0:a@b',
      'm1:c,b@c',
      'm2:@m2',
    ]);
  });

  it('never hands a mainline commit to a side branch', () => {
    // m0 merges m2, an older mainline commit, as its second parent; x's
    // parent is m2 as well: neither makes m2 part of a change
    expect(
      group(
        ['m0', 'm1', 'm2'],
        [
          commit('m0', 'm1', 'm2'),
          commit('m1', 'm2', 'x'),
          commit('x', 'm2'),
          commit('m2'),
        ],
      ),
    ).toEqual(['m0:@m0', 'm1:x@x', 'm2:@m2']);
  });

  it('hands out changes held back by parents outside the range at the end', () => {
    // 'older' is below the walked range: it is never printed
    expect(
      group(
        ['m1', 'm0'],
        [commit('m1', 'm0', 'x'), commit('x', 'older'), commit('m0')],
      ),
    ).toEqual(['m1:x@end', 'm0:@end']);
  });
});

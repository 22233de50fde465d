import { LandedCommits, MainlineGrouper } from './MainlineGrouper';
import { GitLogCommit } from './parseGitLog';

/**
 * The commits a merge brought in, grouped as they landed on the branch that
 * was merged: each commit of that branch's first-parent chain with the
 * commits it brought in itself. A merge that is no pull request (a
 * maintainer pulling a subsystem tree, `git merge` of a topic branch) is not
 * one change: each patch it brings was reviewed, or not, on its own, and
 * says so in its own trailers.
 *
 * The grouping is {@link MainlineGrouper}'s, with the merged branch's chain
 * as the mainline (one chain after the other for an octopus merge).
 * `brought` is oldest first, as the grouper hands it out: the reverse of
 * git's topological walk. The groups come newest first.
 */
export function landedOnSideBranch(
  merge: GitLogCommit,
  brought: readonly GitLogCommit[],
): LandedCommits[] {
  const bySha = new Map(brought.map(commit => [commit.sha, commit]));
  let rest = [...brought].reverse();
  const landed: LandedCommits[] = [];
  for (const parent of merge.parents.slice(1)) {
    const chain = new Set<string>();
    for (let c = bySha.get(parent); c; c = bySha.get(c.parents[0])) {
      chain.add(c.sha);
    }
    if (chain.size === 0) {
      continue;
    }
    const grouper = new MainlineGrouper(chain, parent);
    const groups = rest.flatMap(commit => grouper.push(commit));
    groups.push(...grouper.end());
    const taken = new Set(
      groups.flatMap(g => [g.landing, ...g.brought]).map(c => c.sha),
    );
    rest = rest.filter(commit => !taken.has(commit.sha));
    landed.push(...groups);
  }
  // commits no merged parent reaches (the grouper never hands out such a
  // merge): each on its own, newest first
  return landed.concat(rest.map(landing => ({ landing, brought: [] })));
}

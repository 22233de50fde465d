import { LandedCommits } from './MainlineGrouper';
import { GitLogCommit } from './parseGitLog';

/**
 * The commits a merge brought in, grouped as they landed on the branch that
 * was merged: each commit of that branch's first-parent chain with the
 * commits it brought in itself. A merge that is no pull request (a
 * maintainer pulling a subsystem tree, `git merge` of a topic branch) is not
 * one change: each patch it brings was reviewed, or not, on its own, and
 * says so in its own trailers.
 *
 * `brought` is oldest first, as {@link MainlineGrouper} hands it out: the
 * reverse of a topological walk, so every child comes after its parents.
 * The groups come newest first, each with its commits oldest first. A
 * commit belongs to the oldest chain commit that reaches it, as on the
 * mainline.
 */
export function landedOnSideBranch(
  merge: GitLogCommit,
  brought: readonly GitLogCommit[],
): LandedCommits[] {
  const bySha = new Map(brought.map(commit => [commit.sha, commit]));
  // the chains of the merged parents (several for an octopus), newest first
  const owner = new Map<string, number>();
  const landings: GitLogCommit[] = [];
  for (const parent of merge.parents.slice(1)) {
    let commit = bySha.get(parent);
    while (commit && !owner.has(commit.sha)) {
      owner.set(commit.sha, landings.length);
      landings.push(commit);
      commit = bySha.get(commit.parents[0]);
    }
  }
  if (landings.length === 0) {
    // no merged parent among the commits (cannot happen for what the
    // grouper hands out): each commit on its own, newest first
    return brought.map(landing => ({ landing, brought: [] })).reverse();
  }
  const groups: GitLogCommit[][] = landings.map(() => []);
  // children before parents: an owner is final when its commit is reached
  const handed = new Map<string, number>();
  for (let i = brought.length - 1; i >= 0; i--) {
    const commit = brought[i];
    let own = owner.get(commit.sha);
    if (own === undefined) {
      own = handed.get(commit.sha) ?? landings.length - 1;
      groups[own].push(commit);
    }
    for (const parent of commit.parents) {
      if (bySha.has(parent) && !owner.has(parent)) {
        handed.set(parent, Math.max(handed.get(parent) ?? 0, own));
      }
    }
  }
  return landings.map((landing, i) => ({
    landing,
    brought: groups[i].reverse(),
  }));
}

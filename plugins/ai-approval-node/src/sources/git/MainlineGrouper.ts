import { GitLogCommit } from './parseGitLog';

/** A commit that landed on the branch and the commits it brought in. */
export interface LandedCommits {
  /** the first-parent (mainline) commit */
  landing: GitLogCommit;
  /**
   * commits reachable from the landing commit but not from its first
   * parent (the PR's commits for a merge), oldest first
   */
  brought: GitLogCommit[];
}

/** shared empty result of most pushes; never mutated */
const NONE: LandedCommits[] = [];

interface OpenGroup {
  /** index of the landing commit on the first-parent chain, tip = 0 */
  owner: number;
  landing: GitLogCommit;
  brought: GitLogCommit[];
  /** pending commits that may still turn out to belong here */
  pending: number;
}

/**
 * Groups a `git log --topo-order` stream into landed changes, in one pass.
 *
 * Mainline commits are numbered from the tip (0, 1, 2...). Topological order
 * prints them in that order, so a commit is on the mainline exactly when it
 * is the first parent of the previous mainline commit: only parents need
 * asking the mainline list. A side commit C belongs to the oldest mainline
 * commit that reaches it: that one reaches C and its first parent does not.
 * Topological order prints every child before its parents, so when C is
 * printed all its children are known and its owner is the highest owner
 * among them. Owners are handed down from children to
 * parents through `pending`, which holds only commits whose children have been
 * printed and that are not yet printed themselves: the frontier of the walk,
 * as wide as the number of branches in flight, not as long as the history.
 *
 * A group is complete, and handed out, once its landing commit is printed and
 * no pending commit may still turn out to belong to it. Git's topological
 * order prints a merge's side branch right after the merge, so groups leave
 * in the order they landed, a few commits after they started.
 */
export class MainlineGrouper {
  private readonly pending = new Map<string, OpenGroup>();
  private readonly open = new Map<number, OpenGroup>();
  private nextMainline = 0;
  private nextToEmit = 0;
  /** the mainline commit the walk prints next */
  private nextMainlineSha: string | undefined;

  /**
   * @param mainline - the first-parent chain of the walked range. Parents
   *   outside the range are never printed; the changes they hold back are
   *   handed out by {@link MainlineGrouper.end}.
   * @param tip - the newest commit of the range (the first one printed)
   */
  constructor(
    private readonly mainline: { has(sha: string): boolean },
    tip: string,
  ) {
    this.nextMainlineSha = tip;
  }

  /** Takes the next commit of the walk; returns the groups it completed. */
  push(commit: GitLogCommit): LandedCommits[] {
    let group: OpenGroup;
    const parents = commit.parents;
    // a mainline commit's first parent is the next mainline commit
    let firstSideParent = 0;
    if (commit.sha === this.nextMainlineSha) {
      this.nextMainlineSha = parents[0];
      firstSideParent = 1;
      group = {
        owner: this.nextMainline++,
        landing: commit,
        brought: [],
        pending: 0,
      };
      this.open.set(group.owner, group);
    } else {
      const pendingGroup = this.pending.get(commit.sha);
      if (pendingGroup === undefined) {
        // not reachable from the walked tip through printed commits: cannot
        // happen for a single-tip walk; ignore rather than misattribute
        return NONE;
      }
      group = pendingGroup;
      this.pending.delete(commit.sha);
      group.pending -= 1;
      group.brought.push(commit);
    }
    for (let i = firstSideParent; i < parents.length; i++) {
      const parent = parents[i];
      if (!this.mainline.has(parent)) {
        this.handDown(parent, group);
      }
    }
    return this.open.get(this.nextToEmit)?.pending === 0 ? this.flush() : NONE;
  }

  /** Hands out the groups left when the walk has ended. */
  end(): LandedCommits[] {
    const rest = [...this.open.values()]
      .sort((a, b) => a.owner - b.owner)
      .map(complete);
    this.open.clear();
    this.pending.clear();
    return rest;
  }

  private handDown(parent: string, group: OpenGroup) {
    const previous = this.pending.get(parent);
    if (previous === undefined) {
      this.pending.set(parent, group);
      group.pending += 1;
    } else if (group.owner > previous.owner) {
      this.pending.set(parent, group);
      previous.pending -= 1;
      group.pending += 1;
    }
  }

  /**
   * Hands out the complete groups at the head of the line. A group exists
   * from the moment its landing commit is printed (commits are only handed
   * down from existing groups), so an absent head is not printed yet.
   */
  private flush(): LandedCommits[] {
    let done: LandedCommits[] = NONE;
    for (;;) {
      const group = this.open.get(this.nextToEmit);
      if (!group || group.pending > 0) {
        return done;
      }
      this.open.delete(this.nextToEmit);
      this.nextToEmit += 1;
      done = [...done, complete(group)];
    }
  }
}

function complete(group: OpenGroup): LandedCommits {
  // the walk prints newest first; PRs list their commits oldest first
  return { landing: group.landing, brought: group.brought.reverse() };
}

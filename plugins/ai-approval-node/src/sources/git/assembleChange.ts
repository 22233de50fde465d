import {
  Change,
  ChangeCommit,
  ChangeKind,
  Identity,
} from '@ai-approval/backstage-plugin-ai-approval-common/domain';
import { isoTime } from './dates';
import { classifyLandingCommit, LandingInfo } from './landingCommit';
import { LandedCommits } from './MainlineGrouper';
import { landedOnSideBranch } from './sideBranch';
import { GitLogCommit } from './parseGitLog';
import { identity, reviewedOn, reviewTrailersOf } from './trailers';
import { changeWebUrl, RepositoryWebLocation } from './webUrls';

/** What the whole scan knows about the repository. */
export interface AssemblyContext {
  /** the scanned branch, used as the base ref of every change */
  branch?: string;
  web?: RepositoryWebLocation;
}

/**
 * The same few hundred people write a whole history: their identities are
 * built once and shared (read-only) by the commits, which spares the parsing
 * and most of the garbage. Bounded, so a huge history cannot grow it.
 */
const identities = new Map<string, Map<string, Identity>>();

/** The last identity looked up for authors and for committers. */
interface LastIdentity {
  name?: string;
  email?: string;
  identity?: Identity;
}
const lastAuthor: LastIdentity = {};
const lastCommitter: LastIdentity = {};

/**
 * {@link cachedIdentity}, remembering the last answer: consecutive commits
 * mostly have the same author, and the same committer, which then costs a
 * string comparison instead of two lookups.
 */
function sameAsLast(last: LastIdentity, name: string, email: string) {
  if (last.identity && last.name === name && last.email === email) {
    return last.identity;
  }
  const found = cachedIdentity(name, email);
  last.name = name;
  last.email = email;
  last.identity = found;
  return found;
}

function cachedIdentity(name: string, email: string): Identity {
  let byName = identities.get(email);
  if (!byName) {
    if (identities.size >= 10000) {
      identities.clear();
    }
    byName = new Map();
    identities.set(email, byName);
  }
  let found = byName.get(name);
  if (!found) {
    found = identity(name, email);
    byName.set(name, found);
  }
  return found;
}

/** A commit of the log as the domain core sees it. */
export function toChangeCommit(commit: GitLogCommit): ChangeCommit {
  const authoredAt = isoTime(commit.authorTime);
  const changeCommit: ChangeCommit = {
    sha: commit.sha,
    message: commit.message,
    author: sameAsLast(lastAuthor, commit.authorName, commit.authorEmail),
    committer: sameAsLast(
      lastCommitter,
      commit.committerName,
      commit.committerEmail,
    ),
    authoredAt,
    committedAt:
      commit.committerTime === commit.authorTime
        ? authoredAt
        : isoTime(commit.committerTime),
  };
  if (commit.note) {
    changeCommit.aiNote = commit.note;
  }
  return changeCommit;
}

/**
 * The commits of a change: a PR / MR merge consists of the commits it
 * brought in; a squash merge, a direct push or a merge that is no PR of the
 * commit itself (what such a merge brought in is split off by
 * {@link assembleChanges}).
 */
function commitsOf(
  kind: ChangeKind,
  landing: ChangeCommit,
  brought: ChangeCommit[],
): ChangeCommit[] {
  return kind === 'direct_push' || brought.length === 0 ? [landing] : brought;
}

/** Builds the change a landed commit stands for. */
function assembleChange(
  { landing, brought }: LandedCommits,
  info: LandingInfo,
  context: AssemblyContext,
  landedAt: string | undefined,
): Change {
  const isPrMerge = landing.parents.length > 1 && info.kind !== 'direct_push';
  const landingCommit = toChangeCommit(landing);
  const broughtCommits = brought.map(toChangeCommit);
  const change = {
    kind: info.kind,
    title: info.title,
    // a PR's author wrote its first commit; the merge is the merger's
    author: (broughtCommits[0] ?? landingCommit).author,
  } as Change;
  // absent optional fields are left out, so JSON output stays tidy
  if (info.number !== undefined) change.number = info.number;
  const url =
    changeWebUrl(context.web, info.kind, info.number, landing.sha) ??
    reviewedOn(landing.message);
  if (url) change.url = url;
  if (info.body) change.body = info.body;
  if (info.headRef) change.headRef = info.headRef;
  const baseRef = info.baseRef ?? context.branch;
  if (baseRef) change.baseRef = baseRef;
  change.headSha = isPrMerge ? landing.parents[1] : landing.sha;
  change.mergeSha = landing.sha;
  change.mergedAt = landedAt ?? landingCommit.committedAt;
  change.commits = commitsOf(info.kind, landingCommit, broughtCommits);
  if (change.commits[0] !== landingCommit) {
    // the merge commit's own message counts for the change it lands
    change.mergeCommit = landingCommit;
  }
  change.reviews = reviewTrailersOf(landing, brought, info.approvedBy);
  change.reviewSource = 'trailers';
  return change;
}

/**
 * The changes a landed commit stands for, newest first: one for a PR / MR
 * merge, a squash merge or a pushed commit. A merge that is no PR stands for
 * itself and, after it, for each change of the branch it merged
 * ({@link landedOnSideBranch}, again for merges within that branch), all
 * landed when the merge did.
 */
export function assembleChanges(
  group: LandedCommits,
  context: AssemblyContext,
  landedAt?: string,
  out: Change[] = [],
): Change[] {
  const { landing, brought } = group;
  const isMerge = landing.parents.length > 1;
  const info = classifyLandingCommit(landing.message, isMerge);
  if (info.kind !== 'direct_push' || brought.length === 0) {
    out.push(assembleChange(group, info, context, landedAt));
    return out;
  }
  const merge = assembleChange(
    { landing, brought: [] },
    info,
    context,
    landedAt,
  );
  out.push(merge);
  for (const side of landedOnSideBranch(landing, brought)) {
    assembleChanges(side, context, merge.mergedAt, out);
  }
  return out;
}

import { Change, ChangeCommit } from '@internal/plugin-ai-approval-common';
import { classifyLandingCommit } from './landingCommit';
import { LandedCommits } from './MainlineGrouper';
import { GitLogCommit } from './parseGitLog';
import { identity, reviewedOn, reviewTrailers } from './trailers';
import { changeWebUrl, RepositoryWebLocation } from './webUrls';

/** What the whole scan knows about the repository. */
export interface AssemblyContext {
  /** the scanned branch, used as the base ref of every change */
  branch?: string;
  web?: RepositoryWebLocation;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
let cachedDay = NaN;
let cachedDate = '';

/**
 * ISO time of a git timestamp. Equal to `new Date(s * 1000).toISOString()`
 * but several times faster: commits of a day share the formatted date.
 */
export function isoTime(seconds: number): string {
  const day = Math.floor(seconds / 86400);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDate = new Date(day * 86400000).toISOString().slice(0, 11);
  }
  const rest = seconds - day * 86400;
  const hours = Math.floor(rest / 3600);
  const minutes = Math.floor((rest % 3600) / 60);
  return `${cachedDate}${pad2(hours)}:${pad2(minutes)}:${pad2(rest % 60)}.000Z`;
}

/** A commit of the log as the domain core sees it. */
export function toChangeCommit(commit: GitLogCommit): ChangeCommit {
  return {
    sha: commit.sha,
    message: commit.message,
    author: identity(commit.authorName, commit.authorEmail),
    committer: identity(commit.committerName, commit.committerEmail),
    authoredAt: isoTime(commit.authorTime),
    committedAt: isoTime(commit.committerTime),
  };
}

/**
 * Builds the change a landed commit stands for. A PR / MR merge consists of
 * the commits it brought in; a squash merge or a direct push of the commit
 * itself; a merge that is no PR (`git merge` pushed straight to the branch)
 * of itself and everything it brought in, since all of it reached the branch
 * without review.
 */
export function assembleChange(
  { landing, brought }: LandedCommits,
  context: AssemblyContext,
): Change {
  const isMerge = landing.parents.length > 1;
  const info = classifyLandingCommit(landing.message, isMerge);
  const landingCommit = toChangeCommit(landing);
  const broughtCommits = brought.map(toChangeCommit);
  let commits: ChangeCommit[];
  if (!isMerge) {
    commits = [landingCommit];
  } else if (info.kind === 'direct_push' || broughtCommits.length === 0) {
    commits = [...broughtCommits, landingCommit];
  } else {
    commits = broughtCommits;
  }
  const author =
    isMerge && broughtCommits.length > 0
      ? broughtCommits[0].author
      : landingCommit.author;
  const change = { kind: info.kind, title: info.title, author } as Change;
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
  change.headSha = isMerge ? landing.parents[1] : landing.sha;
  change.mergeSha = landing.sha;
  change.mergedAt = landingCommit.committedAt;
  change.commits = commits;
  change.reviews = reviewTrailers([
    landing.message,
    ...brought.map(commit => commit.message),
  ]);
  return change;
}

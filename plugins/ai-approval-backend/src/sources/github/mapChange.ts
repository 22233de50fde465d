import {
  Change,
  ChangeCommit,
  ChangeReview,
  Identity,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { RawCommit, RawPullRequest, RawReview } from './graphqlTypes';
import { actorIdentity, gitIdentity } from './mapIdentity';

/** A commit as the domain core sees it. */
export function toChangeCommit(commit: RawCommit): ChangeCommit {
  return {
    sha: commit.oid,
    message: commit.message,
    author: gitIdentity(commit.author),
    committer: gitIdentity(commit.committer),
    authoredAt: commit.authoredDate,
    committedAt: commit.committedDate,
  };
}

/** A review; `commitSha` is the commit it was given on (stale when not the head). */
export function toChangeReview(review: RawReview): ChangeReview {
  return {
    reviewer: actorIdentity(review.author),
    state: review.state,
    ...(review.submittedAt ? { submittedAt: review.submittedAt } : {}),
    ...(review.commit ? { commitSha: review.commit.oid } : {}),
    source: 'review',
  };
}

/** A merged pull request, with all its labels, reviews and commits read. */
export function toChange(pr: RawPullRequest, initiator?: Identity): Change {
  return {
    kind: 'pull_request',
    number: pr.number,
    title: pr.title,
    url: pr.url,
    author: actorIdentity(pr.author),
    ...(initiator ? { initiator } : {}),
    labels: pr.labels.nodes.map(l => l.name),
    body: pr.body,
    headRef: pr.headRefName,
    baseRef: pr.baseRefName,
    headSha: pr.headRefOid,
    ...(pr.mergeCommit ? { mergeSha: pr.mergeCommit.oid } : {}),
    ...(pr.mergedAt ? { mergedAt: pr.mergedAt } : {}),
    commits: pr.commits.nodes.map(n => toChangeCommit(n.commit)),
    reviews: pr.reviews.nodes.map(toChangeReview),
  };
}

/** A commit that reached the branch without a pull request. */
export function toDirectPush(commit: RawCommit, url?: string): Change {
  const changeCommit = toChangeCommit(commit);
  return {
    kind: 'direct_push',
    title: commit.message.split(/\r?\n/, 1)[0],
    ...(url ? { url } : {}),
    author: changeCommit.author,
    headSha: commit.oid,
    mergeSha: commit.oid,
    mergedAt: commit.committedDate,
    commits: [changeCommit],
    reviews: [],
  };
}

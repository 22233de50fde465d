import {
  SimActor,
  SimCommit,
  SimPullRequest,
  SimReview,
} from '../dataset/types';

/** REST spells bot logins with `[bot]`; the Copilot agent is `Copilot`. */
export function restLogin(actor: SimActor): string {
  if (actor.type !== 'Bot') {
    return actor.login;
  }
  return actor.login === 'copilot-swe-agent'
    ? 'Copilot'
    : `${actor.login}[bot]`;
}

function user(actor: SimActor | undefined) {
  return actor
    ? { login: restLogin(actor), id: actor.databaseId, type: actor.type }
    : null;
}

/** A pull request as `GET /repos/{o}/{r}/pulls` returns it. */
export function restPullRequest(pr: SimPullRequest, base: string) {
  return {
    url: `${base}/pulls/${pr.number}`,
    id: pr.number,
    node_id: pr.id,
    number: pr.number,
    state: pr.state === 'OPEN' ? 'open' : 'closed',
    title: pr.title,
    body: pr.body,
    user: user(pr.author),
    labels: pr.labels.map(name => ({ name })),
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.closedAt ?? null,
    merged_at: pr.mergedAt ?? null,
    merge_commit_sha: pr.mergeCommit?.oid ?? null,
    head: { ref: pr.headRefName, sha: pr.headRefOid },
    base: { ref: pr.baseRefName },
  };
}

/** A review as `GET .../pulls/{n}/reviews` returns it. */
export function restReview(review: SimReview) {
  return {
    id: review.databaseId,
    user: user(review.author),
    state: review.state,
    submitted_at: review.submittedAt,
    commit_id: review.commitOid,
    body: '',
  };
}

/** A commit as `GET .../pulls/{n}/commits` returns it. */
export function restCommit(commit: SimCommit) {
  const git = (a: SimCommit['author']) => ({
    name: a.name,
    email: a.email,
    date: a.date,
  });
  return {
    sha: commit.oid,
    commit: {
      message: commit.message,
      author: git(commit.author),
      committer: git(commit.committer),
    },
    author: user(commit.author.user),
    committer: user(commit.committer.user),
  };
}

import { Random } from '../random';
import { generateMergeCommit } from './generateCommits';
import {
  generateOpenPullRequest,
  pickLiveState,
} from './generateOpenPullRequest';
import { sortHistory } from './generateRepository';
import { PEOPLE, personGitActor } from './identities';
import { commitMessage } from './messages';
import {
  SimOpenTruth,
  SimPullRequest,
  SimRepository,
  SimReviewState,
} from './types';

const HOUR = 3600_000;

/** Opens a new AI-assisted pull request in the given live state. */
export function openPullRequest(
  repo: SimRepository,
  random: Random,
  at: string,
  liveState: SimOpenTruth['liveState'],
): SimPullRequest {
  const pr = generateOpenPullRequest(
    random,
    {
      repositoryId: repo.id,
      owner: repo.owner,
      number: repo.pullRequests.length + 1,
      createdMs: Date.parse(at),
    },
    liveState,
  );
  repo.pullRequests.push(pr);
  return pr;
}

/** `count` open pull requests opened over the `spanDays` before `endMs`. */
export function addOpenPullRequests(
  repo: SimRepository,
  random: Random,
  count: number,
  endMs: number,
  spanDays = 10,
) {
  for (let i = 0; i < count; i++) {
    const at = endMs - random.int(1, spanDays * 24) * HOUR;
    openPullRequest(
      repo,
      random,
      new Date(at).toISOString(),
      pickLiveState(random),
    );
  }
}

function requireOpen(repo: SimRepository, number: number): SimPullRequest {
  const pr = repo.pullRequests.find(p => p.number === number);
  if (!pr || pr.state !== 'OPEN') {
    throw new Error(
      `No open pull request #${number} in ${repo.owner}/${repo.name}`,
    );
  }
  return pr;
}

/** The author pushes one more commit: approvals given before go stale. */
export function pushToPullRequest(
  repo: SimRepository,
  random: Random,
  number: number,
  at: string,
) {
  const pr = requireOpen(repo, number);
  const author = PEOPLE.find(p => p.actor.login === pr.author.login);
  const actor = author
    ? personGitActor(author, at)
    : {
        name: pr.author.login,
        email: `${pr.author.login}@example.com`,
        date: at,
      };
  const commit = {
    oid: random.oid(),
    message: commitMessage(random),
    author: actor,
    committer: actor,
  };
  pr.commits.push(commit);
  pr.headRefOid = commit.oid;
  pr.updatedAt = at;
  pr.openTruth = undefined; // the generator no longer knows its state
  return commit;
}

/** A person reviews the head; their pending request is gone, as on GitHub. */
export function reviewPullRequest(
  repo: SimRepository,
  random: Random,
  number: number,
  review: { login: string; state: SimReviewState; at: string },
) {
  const pr = requireOpen(repo, number);
  const person = PEOPLE.find(p => p.actor.login === review.login);
  if (!person) {
    throw new Error(`No person ${review.login} in the simulated organisation`);
  }
  pr.reviews.push({
    databaseId: Math.floor(random.next() * 1e9),
    author: person.actor,
    state: review.state,
    submittedAt: review.at,
    commitOid: pr.headRefOid,
  });
  pr.reviewRequests = (pr.reviewRequests ?? []).filter(
    r => r.type === 'Team' || r.actor.login !== review.login,
  );
  pr.updatedAt = review.at;
  pr.openTruth = undefined;
}

/** Closes a pull request without merging it. */
export function closePullRequest(
  repo: SimRepository,
  number: number,
  at: string,
) {
  const pr = requireOpen(repo, number);
  pr.state = 'CLOSED';
  pr.closedAt = at;
  pr.updatedAt = at;
}

/** Squash-merges an open pull request onto the default branch. */
export function mergePullRequest(
  repo: SimRepository,
  random: Random,
  number: number,
  at: string,
): SimPullRequest {
  const pr = requireOpen(repo, number);
  const mergedBy =
    PEOPLE.find(p => p.actor.login === pr.author.login) ?? PEOPLE[0];
  const mergeCommit = generateMergeCommit(random, {
    number: pr.number,
    title: pr.title,
    headRefName: pr.headRefName,
    owner: repo.owner,
    commits: pr.commits,
    mergedBy,
    mergedAt: at,
  });
  Object.assign(pr, {
    state: 'MERGED',
    mergedAt: at,
    closedAt: at,
    updatedAt: at,
    mergeCommit,
    reviewRequests: [],
  });
  repo.history.push({ commit: mergeCommit, pullRequestNumber: pr.number });
  sortHistory(repo.history);
  return pr;
}

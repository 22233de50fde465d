import { Random } from '../random';
import { nodeId } from './generatePullRequest';
import { PEOPLE, Person, personGitActor, SENIOR_REVIEWERS } from './identities';
import { commitMessage, pullRequestBody, subject } from './messages';
import { pullRequestTruth } from './pullRequestTruth';
import {
  SimCommit,
  SimOpenTruth,
  SimPullRequest,
  SimReview,
  SimReviewRequest,
  SimTimelineEvent,
} from './types';

const MINUTE = 60_000;

/** The live states, and how often the generator builds each. */
const STATE_WEIGHTS: ReadonlyArray<[SimOpenTruth['liveState'], number]> = [
  ['waiting_for_senior', 0.4],
  ['ready', 0.2],
  ['stale_approval', 0.15],
  ['changes_requested', 0.1],
  ['draft', 0.15],
];

/** Picks a live state with the generator's weights. */
export function pickLiveState(random: Random): SimOpenTruth['liveState'] {
  let roll = random.next();
  for (const [state, weight] of STATE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return state;
  }
  return 'waiting_for_senior';
}

/** The team every simulated organisation asks for a senior review. */
export const SENIOR_TEAM_SLUG = 'seniors';

const isSenior = (p: Person) =>
  SENIOR_REVIEWERS.some(s => s.actor.login === p.actor.login);

/** Where and when an open pull request lives. */
export interface OpenSlot {
  repositoryId: string;
  owner: string;
  number: number;
  /** when it was opened */
  createdMs: number;
}

function commitAt(random: Random, author: Person, ms: number, ai: boolean) {
  const date = new Date(ms).toISOString();
  const actor = personGitActor(author, date);
  return {
    oid: random.oid(),
    message: commitMessage(random, { ai }),
    author: actor,
    committer: actor,
  } satisfies SimCommit;
}

function review(
  random: Random,
  by: Person,
  state: SimReview['state'],
  commit: SimCommit,
  ms: number,
): SimReview {
  return {
    databaseId: Math.floor(random.next() * 1e9),
    author: by.actor,
    state,
    submittedAt: new Date(ms).toISOString(),
    commitOid: commit.oid,
  };
}

/**
 * An open, AI-assisted pull request (its first commit has an AI trailer)
 * by a person who is not a senior, built to be in the given live state.
 * Reviews and review requests follow GitHub: a person's request is gone
 * once they review, and comes back only when re-requested.
 */
export function generateOpenPullRequest(
  random: Random,
  slot: OpenSlot,
  liveState: SimOpenTruth['liveState'],
): SimPullRequest {
  const author = random.pick(PEOPLE.filter(p => !isSenior(p)));
  const senior = random.pick(SENIOR_REVIEWERS);
  const peer = random.pick(PEOPLE.filter(p => !isSenior(p) && p !== author));
  const opened = slot.createdMs;
  const first = commitAt(random, author, opened - 60 * MINUTE, true);
  const stale = liveState === 'stale_approval';
  // a stale approval is given on the first commit, then one is pushed
  const second = commitAt(
    random,
    author,
    opened + (stale ? 120 : -30) * MINUTE,
    false,
  );
  const reviews: SimReview[] = [];
  let requests: SimReviewRequest[] = [];
  let waitingOn: string[] = [];
  const person = (p: Person): SimReviewRequest => ({
    type: 'User',
    actor: p.actor,
  });
  if (liveState === 'ready') {
    reviews.push(
      review(random, senior, 'APPROVED', second, opened + 60 * MINUTE),
    );
  } else if (liveState === 'stale_approval') {
    reviews.push(
      review(random, senior, 'APPROVED', first, opened + 60 * MINUTE),
    );
    if (random.chance(0.5)) {
      requests = [person(senior)]; // re-requested after the push
      waitingOn = [senior.actor.login];
    }
  } else if (liveState === 'changes_requested') {
    reviews.push(
      review(random, peer, 'CHANGES_REQUESTED', second, opened + 45 * MINUTE),
    );
    requests = [person(senior)];
    waitingOn = [senior.actor.login];
  } else if (liveState === 'waiting_for_senior') {
    if (random.chance(0.3)) {
      requests = [
        { type: 'Team', organization: slot.owner, slug: SENIOR_TEAM_SLUG },
      ];
    } else {
      requests = [person(senior), person(peer)];
      waitingOn = [senior.actor.login];
    }
  }
  const draft = liveState === 'draft';
  const timeline: SimTimelineEvent[] = [];
  let readyMs = opened;
  if (!draft && random.chance(0.3)) {
    // opened as a draft, marked ready half an hour later
    readyMs = opened + 30 * MINUTE;
    timeline.push({
      type: 'ReadyForReviewEvent',
      actor: author.actor,
      createdAt: new Date(readyMs).toISOString(),
    });
  }
  const times = [
    opened,
    readyMs,
    Date.parse(second.committer.date),
    ...reviews.map(r => Date.parse(r.submittedAt)),
  ];
  const number = slot.number;
  const pr: Omit<SimPullRequest, 'truth'> = {
    id: nodeId('PR', `${slot.repositoryId}:${number}`),
    number,
    state: 'OPEN',
    title: subject(random),
    body: pullRequestBody(random, false),
    author: author.actor,
    labels: [],
    headRefName: `feature/${author.actor.login}-${number}`,
    baseRefName: 'main',
    headRefOid: second.oid,
    createdAt: new Date(opened).toISOString(),
    updatedAt: new Date(Math.max(...times)).toISOString(),
    commits: [first, second],
    reviews,
    timeline,
    isDraft: draft,
    reviewRequests: requests,
    openTruth: { liveState, waitingOn },
  };
  const chosen = {
    kind: 'human-ai' as const,
    actor: author.actor,
    person: author,
  };
  return { ...pr, truth: pullRequestTruth(chosen, pr) };
}

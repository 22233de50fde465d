import { Random } from '../random';
import { branchName, chooseAuthor, ChosenAuthor } from './chooseAuthor';
import { generateCommits, generateMergeCommit } from './generateCommits';
import { generateReviews } from './generateReviews';
import { PEOPLE } from './identities';
import { pullRequestBody, subject } from './messages';
import { pullRequestTruth } from './pullRequestTruth';
import {
  SimCommit,
  SimPullRequest,
  SimPullRequestState,
  SimReview,
  SimTimelineEvent,
} from './types';

const HOUR = 3600_000;

const LABELS = [
  'bug',
  'enhancement',
  'documentation',
  'dependencies',
  'needs-review',
  'ai-generated',
  '🤖 ai-copilot',
];

/** How often rare shapes occur. */
export interface GenerationProfile {
  /** share of pull requests with more commits, reviews or labels than one page */
  overflowRate: number;
  /** share of pull requests closed without merging */
  closedRate: number;
}

/** Where and when a generated pull request lives. */
export interface PullRequestSlot {
  repositoryId: string;
  owner: string;
  number: number;
  createdMs: number;
  state?: SimPullRequestState;
}

type Overflow = 'commits' | 'reviews' | 'labels' | undefined;

function chooseOverflow(random: Random, profile: GenerationProfile): Overflow {
  if (!random.chance(profile.overflowRate)) {
    return undefined;
  }
  return random.pick(['commits', 'reviews', 'labels'] as const);
}

function labelsFor(random: Random, author: ChosenAuthor, overflow: Overflow) {
  if (overflow === 'labels') {
    return Array.from({ length: 25 }, (_, i) => `area/part-${i}`);
  }
  const labels = random.sample(LABELS, random.int(0, 2));
  if (author.kind === 'human-ai' && random.chance(0.4)) {
    labels.push('ai-assisted');
  }
  return labels;
}

/** Copilot assigns the PR to, and requests a review from, whoever started it. */
function timelineFor(
  author: ChosenAuthor,
  createdMs: number,
): SimTimelineEvent[] {
  const createdAt = new Date(createdMs + 60_000).toISOString();
  const actor = author.actor;
  if (author.kind === 'copilot-agent' && author.initiator) {
    const initiator = author.initiator.actor;
    return [
      { type: 'AssignedEvent', actor, subject: initiator, createdAt },
      { type: 'ReviewRequestedEvent', actor, subject: initiator, createdAt },
    ];
  }
  if (author.person) {
    const next = (author.person.actor.databaseId + 1) % PEOPLE.length;
    const reviewer = PEOPLE[next].actor;
    return [
      { type: 'ReviewRequestedEvent', actor, subject: reviewer, createdAt },
    ];
  }
  return [];
}

export function nodeId(prefix: string, key: string): string {
  return `${prefix}_${Buffer.from(key).toString('base64url')}`;
}

interface Times {
  closedMs: number;
  updatedMs: number;
}

function timesFor(
  random: Random,
  createdMs: number,
  reviews: SimReview[],
): Times {
  const lastReview = reviews[reviews.length - 1];
  const lastReviewMs = lastReview ? Date.parse(lastReview.submittedAt) : 0;
  const closedMs = Math.max(
    createdMs + random.int(1, 96) * HOUR,
    lastReviewMs + HOUR,
  );
  const lag = random.chance(0.5) ? 0 : random.int(1, 48) * HOUR;
  return { closedMs, updatedMs: closedMs + lag };
}

function generateBody(
  random: Random,
  author: ChosenAuthor,
  slot: PullRequestSlot,
  overflow: Overflow,
) {
  const commits = generateCommits(random, {
    kind: author.kind,
    author: author.actor,
    person: author.person,
    initiator: author.initiator,
    count: overflow === 'commits' ? random.int(101, 180) : random.int(1, 6),
    startMs: slot.createdMs - 2 * HOUR,
  });
  const reviews = generateReviews(random, {
    author: author.actor,
    commits,
    startMs: slot.createdMs,
    overflow: overflow === 'reviews',
  });
  return { commits, reviews };
}

/** Generates one pull request; merged unless the slot or the dice say otherwise. */
export function generatePullRequest(
  random: Random,
  slot: PullRequestSlot,
  profile: GenerationProfile,
): SimPullRequest {
  const author = chooseAuthor(random);
  const overflow = chooseOverflow(random, profile);
  const { commits, reviews } = generateBody(random, author, slot, overflow);
  const times = timesFor(random, slot.createdMs, reviews);
  const state =
    slot.state ?? (random.chance(profile.closedRate) ? 'CLOSED' : 'MERGED');
  const pr: Omit<SimPullRequest, 'truth'> = {
    id: nodeId('PR', `${slot.repositoryId}:${slot.number}`),
    number: slot.number,
    state,
    title: subject(random),
    body: pullRequestBody(
      random,
      author.kind === 'human-ai' && random.chance(0.3),
    ),
    author: author.actor,
    labels: labelsFor(random, author, overflow),
    headRefName: branchName(author, slot.number),
    baseRefName: 'main',
    headRefOid: commits[commits.length - 1].oid,
    createdAt: new Date(slot.createdMs).toISOString(),
    updatedAt: new Date(times.updatedMs).toISOString(),
    commits,
    reviews,
    timeline: timelineFor(author, slot.createdMs),
    initiator:
      author.kind === 'copilot-agent' ? author.initiator?.actor : undefined,
  };
  return close(
    random,
    { ...pr, truth: pullRequestTruth(author, pr) },
    author,
    slot,
    times,
  );
}

function close(
  random: Random,
  pr: SimPullRequest,
  author: ChosenAuthor,
  slot: PullRequestSlot,
  times: Times,
): SimPullRequest {
  if (pr.state === 'OPEN') {
    return { ...pr, updatedAt: new Date(times.closedMs).toISOString() };
  }
  const closedAt = new Date(times.closedMs).toISOString();
  if (pr.state === 'CLOSED') {
    return { ...pr, closedAt };
  }
  const mergeCommit: SimCommit = generateMergeCommit(random, {
    number: pr.number,
    title: pr.title,
    headRefName: pr.headRefName,
    owner: slot.owner,
    commits: pr.commits,
    mergedBy: author.person ?? author.initiator ?? random.pick(PEOPLE),
    mergedAt: closedAt,
  });
  return { ...pr, mergedAt: closedAt, closedAt, mergeCommit };
}

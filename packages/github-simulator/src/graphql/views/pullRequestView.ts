import {
  SimPullRequest,
  SimReview,
  SimReviewRequest,
  SimTimelineEvent,
} from '../../dataset/types';
import { TIMEOUT_MESSAGE } from '../../server/faults';
import { connection, ConnectionArgs } from '../connection';
import { actorView } from './actorView';
import type { RepositoryIndex } from './RepositoryIndex';

interface ReviewArgs extends ConnectionArgs {
  states?: string[] | null;
  author?: string | null;
}

interface TimelineArgs extends ConnectionArgs {
  itemTypes?: string[] | null;
  since?: string | null;
}

/** `ASSIGNED_EVENT` -> `AssignedEvent` */
function typeName(itemType: string): string {
  return itemType
    .toLowerCase()
    .split('_')
    .map(w => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function reviewView(
  review: SimReview,
  pr: SimPullRequest,
  index: RepositoryIndex,
) {
  const commit = pr.commits.find(c => c.oid === review.commitOid);
  return {
    __typename: 'PullRequestReview',
    id: `PRR_${review.databaseId}`,
    databaseId: review.databaseId,
    author: actorView(review.author),
    state: review.state,
    submittedAt: review.submittedAt,
    createdAt: review.submittedAt,
    commit: commit ? index.commitView(commit) : null,
  };
}

function timelineView(event: SimTimelineEvent, i: number, pr: SimPullRequest) {
  const subject = event.subject ? actorView(event.subject) : null;
  return {
    __typename: event.type,
    id: `${event.type}_${pr.number}_${i}`,
    actor: actorView(event.actor),
    createdAt: event.createdAt,
    assignee: subject,
    requestedReviewer: subject,
  };
}

function reviews(pr: SimPullRequest, args: ReviewArgs) {
  return pr.reviews.filter(
    r =>
      (!args.states || args.states.includes(r.state)) &&
      (!args.author || r.author.login === args.author),
  );
}

function timeline(pr: SimPullRequest, args: TimelineArgs) {
  const wanted = args.itemTypes?.map(typeName);
  return pr.timeline
    .map((event, i) => timelineView(event, i, pr))
    .filter(
      (view, i) =>
        (!wanted || wanted.includes(view.__typename)) &&
        (!args.since || pr.timeline[i].createdAt >= args.since),
    );
}

/** The `RequestedReviewer` union: a `User`, `Bot` or `Team`. */
function reviewRequestView(request: SimReviewRequest) {
  if (request.type === 'Team') {
    return {
      __typename: 'Team',
      id: `T_${request.organization}_${request.slug}`,
      slug: request.slug,
      name: request.slug,
      combinedSlug: `${request.organization}/${request.slug}`,
      organization: { __typename: 'Organization', login: request.organization },
    };
  }
  return actorView(request.actor);
}

/** A `PullRequest` object. */
export function pullRequestView(
  pr: SimPullRequest,
  index: RepositoryIndex,
): object {
  return {
    __typename: 'PullRequest',
    id: pr.id,
    number: pr.number,
    title: pr.title,
    body: pr.body,
    url: `${index.url}/pull/${pr.number}`,
    state: pr.state,
    merged: pr.state === 'MERGED',
    createdAt: pr.createdAt,
    updatedAt: pr.updatedAt,
    mergedAt: pr.mergedAt ?? null,
    closedAt: pr.closedAt ?? null,
    closed: pr.state !== 'OPEN',
    headRefName: pr.headRefName,
    baseRefName: pr.baseRefName,
    headRefOid: pr.headRefOid,
    author: actorView(pr.author),
    mergeCommit: pr.mergeCommit ? index.commitView(pr.mergeCommit) : null,
    repository: () => index.repositoryView(),
    labels: (args: ConnectionArgs) =>
      connection(pr.labels, args, name => ({
        __typename: 'Label',
        id: `LA_${Buffer.from(name).toString('base64url')}`,
        name,
      })),
    reviews: (args: ReviewArgs) =>
      connection(reviews(pr, args), args, r => reviewView(r, pr, index)),
    commits: (args: ConnectionArgs) =>
      connection(pr.commits, args, c => ({
        __typename: 'PullRequestCommit',
        id: `PRC_${c.oid}`,
        commit: index.commitView(c),
      })),
    isDraft: Boolean(pr.isDraft),
    reviewRequests: (args: ConnectionArgs) =>
      connection(pr.reviewRequests ?? [], args, request => ({
        __typename: 'ReviewRequest',
        id: `RR_${pr.number}_${pr.reviewRequests!.indexOf(request)}`,
        requestedReviewer: reviewRequestView(request),
      })),
    timelineItems: (args: TimelineArgs) => {
      if (pr.timelineFails) {
        throw new Error(TIMEOUT_MESSAGE);
      }
      return connection(timeline(pr, args), args, view => view);
    },
  };
}

import {
  Identity,
  OpenChange,
  RequestedReviewer,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { RawOpenPullRequest, RawRequestedReviewer } from './graphqlTypes';
import { toChange } from './mapChange';
import { normalizeLogin } from './mapIdentity';

function requested(
  reviewer: RawRequestedReviewer | null,
): RequestedReviewer | undefined {
  if (reviewer?.__typename === 'Team' && reviewer.combinedSlug) {
    return { kind: 'team', name: reviewer.combinedSlug };
  }
  if (reviewer?.login) {
    return {
      kind: 'user',
      name: normalizeLogin({
        __typename: reviewer.__typename,
        login: reviewer.login,
      }),
    };
  }
  return undefined;
}

/** The last time it was marked ready for review; its creation when never a draft. */
function readyAt(pr: RawOpenPullRequest): string | undefined {
  if (pr.isDraft) {
    return undefined;
  }
  const ready = pr.timelineItems.nodes
    .filter(i => i.__typename === 'ReadyForReviewEvent' && i.createdAt)
    .map(i => i.createdAt!)
    .sort();
  return ready[ready.length - 1] ?? pr.createdAt;
}

/** An open pull request as the core judges it. */
export function toOpenChange(
  pr: RawOpenPullRequest,
  initiator?: Identity,
): OpenChange {
  const ready = readyAt(pr);
  return {
    ...toChange(pr, initiator),
    isDraft: pr.isDraft,
    createdAt: pr.createdAt,
    ...(ready ? { readyAt: ready } : {}),
    updatedAt: pr.updatedAt,
    requested: pr.reviewRequests.nodes
      .map(n => requested(n.requestedReviewer))
      .filter((r): r is RequestedReviewer => Boolean(r)),
  };
}

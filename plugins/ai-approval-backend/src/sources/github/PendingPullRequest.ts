import { Identity } from '@ai-approval/backstage-plugin-ai-approval-common';
import { findInitiator } from './findInitiator';
import {
  RawActor,
  RawPage,
  RawPullRequest,
  RawTimelineItem,
} from './graphqlTypes';
import { toChange } from './mapChange';
import { FollowUpRequest, InnerConnection } from './queries';
import { MergedPullRequest } from './types';

const INNER: InnerConnection[] = ['labels', 'reviews', 'commits'];

/**
 * A pull request read from a page, completed by follow-up queries when an
 * inner connection has more pages or the agent's initiator must be looked up.
 */
export class PendingPullRequest {
  private timelineWanted: boolean;
  private initiator?: Identity;

  constructor(
    private readonly pr: RawPullRequest,
    private readonly isAgent: (actor: RawActor) => boolean,
  ) {
    this.timelineWanted = Boolean(pr.author && isAgent(pr.author));
  }

  /** The follow-ups still needed; empty when the pull request is complete. */
  requests(): FollowUpRequest[] {
    const requests: FollowUpRequest[] = INNER.filter(
      kind => this.pr[kind].pageInfo.hasNextPage,
    ).map(kind => ({
      pullRequestId: this.pr.id,
      kind,
      after: this.pr[kind].pageInfo.endCursor,
    }));
    if (this.timelineWanted) {
      requests.push({ pullRequestId: this.pr.id, kind: 'timeline' });
    }
    return requests;
  }

  /** The pull request's web address, for messages. */
  get url(): string {
    return this.pr.url;
  }

  get complete(): boolean {
    return this.requests().length === 0;
  }

  /** Adds the answer to one follow-up (the `... on PullRequest` object). */
  apply(request: FollowUpRequest, node: Record<string, any> | null) {
    if (request.kind === 'timeline') {
      this.timelineWanted = false;
      const items: RawTimelineItem[] = node?.timelineItems?.nodes ?? [];
      this.initiator = findInitiator(items, this.isAgent);
      return;
    }
    const page: RawPage<any> | undefined = node?.[request.kind];
    const current = this.pr[request.kind] as RawPage<any>;
    if (!page) {
      // the pull request vanished; keep what we have
      current.pageInfo = { hasNextPage: false, endCursor: null };
      return;
    }
    current.nodes.push(...page.nodes);
    const stuck = page.pageInfo.endCursor === request.after;
    current.pageInfo = stuck
      ? { hasNextPage: false, endCursor: null }
      : page.pageInfo;
  }

  result(): MergedPullRequest {
    return {
      change: toChange(this.pr, this.initiator),
      updatedAt: this.pr.updatedAt,
    };
  }
}

import { Identity } from '@ai-approval/backstage-plugin-ai-approval-common';
import { findInitiator } from './findInitiator';
import {
  RawActor,
  RawPage,
  RawPullRequest,
  RawTimelineItem,
} from './graphqlTypes';
import { FollowUpRequest, InnerConnection } from './queries';

const INNER: InnerConnection[] = ['labels', 'reviews', 'commits'];

/** Turns a complete pull request into what a reader yields. */
export type PullRequestMapper<R extends RawPullRequest, T> = (
  pr: R,
  initiator?: Identity,
) => T;

/**
 * A pull request read from a page, completed by follow-up queries when an
 * inner connection has more pages or the agent's initiator must be looked
 * up (unless the page brought its timeline inline).
 */
export class PendingPullRequest<
  R extends RawPullRequest = RawPullRequest,
  T = unknown,
> {
  private timelineWanted: boolean;
  private initiator?: Identity;

  constructor(
    private readonly pr: R,
    private readonly isAgent: (actor: RawActor) => boolean,
    private readonly toResult: PullRequestMapper<R, T>,
    inlineTimeline?: RawTimelineItem[],
  ) {
    const agentAuthor = Boolean(pr.author && isAgent(pr.author));
    this.timelineWanted = agentAuthor && !inlineTimeline;
    if (agentAuthor && inlineTimeline) {
      this.initiator = findInitiator(inlineTimeline, isAgent);
    }
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

  result(): T {
    return this.toResult(this.pr, this.initiator);
  }
}

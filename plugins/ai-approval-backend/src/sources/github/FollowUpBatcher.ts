import { LoggerService } from '@backstage/backend-plugin-api';
import {
  AdaptivePageSize,
  TimeoutRetryOptions,
  withTimeoutRetries,
} from './AdaptivePageSize';
import { GithubApiError } from './errors';
import { GithubGraphqlClient } from './GithubGraphqlClient';
import { PendingPullRequest } from './PendingPullRequest';
import { followUpQuery, FollowUpRequest } from './queries';
import { ONE_POINT_REQUESTS } from './queryCost';

interface Item {
  pr: PendingPullRequest<any, unknown>;
  request: FollowUpRequest;
}

/**
 * Collects the follow-ups of incomplete pull requests and sends them many
 * at a time: up to 149 single-connection follow-ups cost one point together,
 * where one query per pull request would cost a point each.
 */
export class FollowUpBatcher<T> {
  private pending: PendingPullRequest<any, T>[] = [];
  private readonly batch = new AdaptivePageSize(ONE_POINT_REQUESTS);

  constructor(
    private readonly client: GithubGraphqlClient,
    private readonly retry: TimeoutRetryOptions,
    private readonly logger?: LoggerService,
  ) {}

  add(pr: PendingPullRequest<any, T>) {
    this.pending.push(pr);
  }

  /** True when a full batch is waiting. */
  get full(): boolean {
    return this.items().length >= this.batch.preferred;
  }

  private items(): Item[] {
    return this.pending.flatMap(pr =>
      pr.requests().map(request => ({ pr, request })),
    );
  }

  /** Sends follow-ups until every pending pull request is complete. */
  async *drain(): AsyncGenerator<T> {
    while (this.pending.length) {
      const items = this.items();
      try {
        await withTimeoutRetries(
          this.batch,
          size => this.send(items.slice(0, size)),
          this.retry,
        );
      } catch (error) {
        this.skipUnreadableTimeline(items[0], error);
      }
      const done = this.pending.filter(pr => pr.complete);
      this.pending = this.pending.filter(pr => !pr.complete);
      for (const pr of done) {
        yield pr.result();
      }
    }
  }

  /**
   * GitHub fails every query of the timeline of some Copilot-agent pull
   * requests ("Something went wrong while executing your query",
   * cli/cli#11027). When that follow-up, sent alone, still times out after
   * every retry, the pull request is kept without its initiator (the agent's
   * commits name the initiator as co-author, so their approval stays
   * ineligible) instead of failing the whole repository. Any other
   * follow-up that keeps failing still fails the read.
   */
  private skipUnreadableTimeline(first: Item, error: unknown) {
    const gaveUp = error instanceof GithubApiError && error.status === 504;
    if (
      !gaveUp ||
      this.batch.current > 1 ||
      first.request.kind !== 'timeline'
    ) {
      throw error;
    }
    this.logger?.warn(
      `Skipped the timeline of ${first.pr.url}, which GitHub did not return: ${error.message}. ` +
        'Who started the coding agent is unknown for this pull request.',
    );
    first.pr.apply(first.request, null);
  }

  private async send(items: Item[]) {
    const { query, variables } = followUpQuery(items.map(i => i.request));
    const data = await this.client.query<Record<string, any>>(query, variables);
    items.forEach((item, i) => item.pr.apply(item.request, data[`f${i}`]));
  }
}

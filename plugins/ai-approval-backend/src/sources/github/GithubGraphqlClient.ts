import { LoggerService } from '@backstage/backend-plugin-api';
import { backoffMs } from './backoff';
import {
  classifyResponse,
  GraphqlError,
  RequestContext,
  ResponseOutcome,
} from './classifyResponse';
import { GithubApiError, RateLimitedError } from './errors';
import { RawRateLimit } from './graphqlTypes';
import {
  rateLimitFromBody,
  rateLimitFromHeaders,
  RateLimitTracker,
} from './rateLimit';
import { GithubApiStats } from './types';

/** How a client talks to one repository's GraphQL endpoint. */
export interface GithubGraphqlClientOptions {
  endpoint: string;
  host: string;
  owner: string;
  name: string;
  headers: () => Promise<Record<string, string>>;
  tracker: RateLimitTracker;
  stats: GithubApiStats;
  fetch: typeof fetch;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
  random: () => number;
  maxAttempts: number;
  maxRateLimitWaitMs: number;
  signal?: AbortSignal;
  logger?: LoggerService;
}

/**
 * Sends GraphQL queries for one repository: waits out rate limits (or throws
 * {@link RateLimitedError} when the wait is too long), retries transient
 * server errors with backoff, and counts requests and points.
 */
export class GithubGraphqlClient {
  constructor(private readonly options: GithubGraphqlClientOptions) {}

  /** Runs a query; throws `GithubTimeoutError` on timeouts for the caller to shrink. */
  async query<T>(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<T> {
    return (await this.run<T>(query, variables, false)).data;
  }

  /**
   * Runs a query of many aliases whose fields may fail one by one (a
   * repository deleted or out of reach comes back null with an error):
   * answers the data with those errors instead of throwing.
   */
  async queryPartial<T>(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ data: T; errors: GraphqlError[] }> {
    return this.run<T>(query, variables, true);
  }

  private async run<T>(
    query: string,
    variables: Record<string, unknown>,
    partial: boolean,
  ): Promise<{ data: T; errors: GraphqlError[] }> {
    for (let attempt = 1; ; attempt++) {
      await this.waitForBudget();
      const outcome = await this.send(query, variables, partial);
      if (outcome.kind === 'ok') {
        return { data: outcome.data as T, errors: outcome.errors ?? [] };
      }
      if (outcome.kind === 'fail' || outcome.kind === 'timeout') {
        throw outcome.error;
      }
      if (attempt >= this.options.maxAttempts) {
        throw outcome.kind === 'wait'
          ? new RateLimitedError(this.options.host, new Date(outcome.untilMs))
          : outcome.error;
      }
      if (outcome.kind === 'wait') {
        await this.waitUntil(outcome.untilMs, outcome.primary);
      } else {
        this.options.logger?.warn(`${outcome.error.message}; retrying`);
        await this.options.sleep(
          backoffMs(attempt, this.options.random),
          this.options.signal,
        );
      }
    }
  }

  /**
   * Does not spend a request on a budget known to be exhausted or paused
   * by a secondary limit that another read of the same budget met.
   */
  private async waitForBudget() {
    const { tracker, now } = this.options;
    const until = tracker.blockedUntil(now());
    if (until !== undefined) {
      await this.waitUntil(until, !tracker.pausedUntil(now()));
    }
  }

  private async waitUntil(untilMs: number, primary: boolean) {
    const { host, now, maxRateLimitWaitMs, tracker } = this.options;
    const waitMs = Math.max(0, untilMs - now()) + (primary ? 1000 : 0);
    // every read of this budget waits, not only the one that was told
    if (primary) {
      tracker.exhaust(untilMs);
    } else {
      tracker.pause(untilMs);
    }
    if (waitMs > maxRateLimitWaitMs) {
      throw new RateLimitedError(host, new Date(untilMs));
    }
    this.options.logger?.info(
      `GitHub rate limit for ${host}: waiting ${Math.ceil(waitMs / 1000)}s`,
    );
    await this.options.sleep(waitMs, this.options.signal);
  }

  private async send(
    query: string,
    variables: Record<string, unknown>,
    partial: boolean,
  ): Promise<ResponseOutcome> {
    const { options } = this;
    options.signal?.throwIfAborted();
    options.stats.requests += 1;
    let response: Response;
    try {
      response = await options.fetch(options.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(await options.headers()),
        },
        body: JSON.stringify({ query, variables }),
        signal: options.signal,
      });
    } catch (error) {
      options.signal?.throwIfAborted();
      return {
        kind: 'retry',
        error: new GithubApiError(`GitHub request failed: ${error}`),
      };
    }
    const body = await response.json().catch(() => undefined);
    this.record(response.headers, body?.data?.rateLimit);
    const ctx: RequestContext = {
      host: options.host,
      owner: options.owner,
      name: options.name,
      nowMs: options.now(),
      partial,
    };
    return classifyResponse(response.status, response.headers, body, ctx);
  }

  private record(headers: Headers, rateLimit: RawRateLimit | undefined) {
    const { tracker, stats } = this.options;
    tracker.update(rateLimitFromHeaders(headers));
    tracker.update(rateLimitFromBody(rateLimit));
    stats.points += rateLimit?.cost ?? 0;
    const { remaining, resetAtMs } = tracker.current;
    stats.rateLimitRemaining = remaining;
    stats.rateLimitResetAt = resetAtMs
      ? new Date(resetAtMs).toISOString()
      : undefined;
  }
}

import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  DefaultGithubCredentialsProvider,
  GithubCredentialsProvider,
  ScmIntegrationRegistry,
  ScmIntegrations,
} from '@backstage/integration';
import { Change } from '@ai-approval/backstage-plugin-ai-approval-common';
import { defaultSleep } from './backoff';
import { NoIntegrationError } from './errors';
import { agentMatcher } from './findInitiator';
import { GithubGraphqlClient } from './GithubGraphqlClient';
import { graphqlEndpoint } from './graphqlEndpoint';
import { RateLimitTracker } from './rateLimit';
import { ReadContext } from './ReadContext';
import { readDirectPushes } from './readDirectPushes';
import { readMergedPullRequests } from './readMergedPullRequests';
import { readOpenPullRequests } from './readOpenPullRequests';
import {
  readRepositoryStates,
  REPOSITORY_STATES_BATCH,
} from './readRepositoryStates';
import {
  GithubApiStats,
  GithubRead,
  GithubRepositoryRef,
  MergedPullRequest,
  OpenPullRequestRead,
  ReadDirectPushesOptions,
  ReadMergedPullRequestsOptions,
  ReadOpenPullRequestsOptions,
  RepositoryState,
} from './types';

/** Tuning and test seams of {@link GithubChangeSource}. @public */
export interface GithubChangeSourceOptions {
  /** HTTP client; global `fetch` by default */
  fetch?: typeof fetch;
  /** waits between retries; tests pass one that returns at once */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  /** source of jitter, [0, 1) */
  random?: () => number;
  /** attempts per request for 5xx and secondary limits, and timeouts at the smallest page. Default 5. */
  maxAttempts?: number;
  /** longest wait for a rate limit before throwing `RateLimitedError`. Default 5 minutes. */
  maxRateLimitWaitMs?: number;
  /** PR author logins of the Copilot coding agent, whose initiator is looked up. */
  agentLogins?: string[];
  logger?: LoggerService;
}

/** What {@link GithubChangeSource} is built from. @public */
export interface GithubChangeSourceDeps extends GithubChangeSourceOptions {
  integrations: ScmIntegrationRegistry;
  credentialsProvider: GithubCredentialsProvider;
}

/** Each iteration runs the read again, adding to the same `stats`. */
class StatsRead<T> implements GithubRead<T> {
  readonly stats: GithubApiStats = { requests: 0, points: 0 };

  constructor(
    private readonly start: (stats: GithubApiStats) => AsyncGenerator<T>,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return this.start(this.stats);
  }
}

/**
 * Reads merged pull requests and direct pushes from GitHub's GraphQL API,
 * with credentials from the `integrations.github` config (tokens or apps).
 * @public
 */
export class GithubChangeSource {
  private readonly trackers = new Map<string, RateLimitTracker>();

  /** Builds the source from root config (`integrations.github`). */
  static fromConfig(
    config: Config,
    options: GithubChangeSourceOptions = {},
  ): GithubChangeSource {
    const integrations = ScmIntegrations.fromConfig(config);
    const credentialsProvider =
      DefaultGithubCredentialsProvider.fromIntegrations(integrations);
    return new GithubChangeSource({
      ...options,
      integrations,
      credentialsProvider,
    });
  }

  constructor(private readonly deps: GithubChangeSourceDeps) {}

  /**
   * Merged pull requests updated after `updatedSince` (or all merged since
   * `backfillSince`). An unchanged repository costs one request.
   * @throws NoIntegrationError when no GitHub integration matches the host
   */
  readMergedPullRequests(
    repo: GithubRepositoryRef,
    options: ReadMergedPullRequestsOptions,
  ): GithubRead<MergedPullRequest> {
    this.endpointFor(repo);
    return new StatsRead(stats =>
      readMergedPullRequests(
        this.context(repo, stats, options.signal),
        options,
      ),
    );
  }

  /**
   * Open and draft pull requests updated after `updatedSince` (all of them
   * without it), and those closed since, to drop from the open set.
   * @throws NoIntegrationError when no GitHub integration matches the host
   */
  readOpenPullRequests(
    repo: GithubRepositoryRef,
    options: ReadOpenPullRequestsOptions = {},
  ): GithubRead<OpenPullRequestRead> {
    this.endpointFor(repo);
    return new StatsRead(stats =>
      readOpenPullRequests(this.context(repo, stats, options.signal), options),
    );
  }

  /**
   * Commits on the default branch (or `branch`) since `since` that no merged
   * pull request brought in, as `direct_push` changes.
   * @throws NoIntegrationError when no GitHub integration matches the host
   */
  readDirectPushes(
    repo: GithubRepositoryRef,
    options: ReadDirectPushesOptions,
  ): GithubRead<Change> {
    this.endpointFor(repo);
    return new StatsRead(stats =>
      readDirectPushes(this.context(repo, stats, options.signal), options),
    );
  }

  /**
   * The default-branch head and newest pull-request update of many
   * repositories, 100 per request (one point), in the order given; one
   * that is gone or out of reach, or on a host without an integration,
   * has an `error` and leaves the others be.
   */
  async readRepositoryStates(
    repos: GithubRepositoryRef[],
    options: { signal?: AbortSignal } = {},
  ): Promise<{ states: RepositoryState[]; stats: GithubApiStats }> {
    const stats: GithubApiStats = { requests: 0, points: 0 };
    const states: RepositoryState[] = new Array(repos.length);
    // an app's installation is per owner: one batch never mixes owners
    const groups = new Map<string, number[]>();
    repos.forEach((repo, i) => {
      if (!this.deps.integrations.github.byHost(repo.host)) {
        states[i] = { error: new NoIntegrationError(repo.host).message };
        return;
      }
      const key = `${repo.host}/${repo.owner}`.toLowerCase();
      groups.set(key, [...(groups.get(key) ?? []), i]);
    });
    for (const indexes of groups.values()) {
      for (let i = 0; i < indexes.length; i += REPOSITORY_STATES_BATCH) {
        const batch = indexes.slice(i, i + REPOSITORY_STATES_BATCH);
        const first = repos[batch[0]];
        const ctx = this.context(
          { ...first, name: `${batch.length} repositories` },
          stats,
          options.signal,
          first,
        );
        const read = await readRepositoryStates(
          ctx,
          batch.map(j => repos[j]),
        );
        read.forEach((state, j) => {
          states[batch[j]] = state;
        });
      }
    }
    return { states, stats };
  }

  private endpointFor(repo: GithubRepositoryRef): string {
    const integration = this.deps.integrations.github.byHost(repo.host);
    if (!integration) {
      throw new NoIntegrationError(repo.host);
    }
    return graphqlEndpoint(
      integration.config.apiBaseUrl ?? `https://${repo.host}/api/v3`,
    );
  }

  /**
   * One budget per host and credential: a token's spans every owner of its
   * host, a GitHub App's is per installation, i.e. per owner.
   */
  private tracker(repo: GithubRepositoryRef): RateLimitTracker {
    const integration = this.deps.integrations.github.byHost(repo.host);
    const perOwner = Boolean(integration?.config.apps?.length);
    const key = (
      perOwner ? `${repo.host}/${repo.owner}` : repo.host
    ).toLowerCase();
    if (!this.trackers.has(key)) {
      this.trackers.set(key, new RateLimitTracker());
    }
    return this.trackers.get(key)!;
  }

  private context(
    repo: GithubRepositoryRef,
    stats: GithubApiStats,
    signal?: AbortSignal,
    credentialsRepo: GithubRepositoryRef = repo,
  ): ReadContext {
    const d = this.deps;
    const retry = {
      maxAttempts: d.maxAttempts ?? 5,
      sleep: d.sleep ?? defaultSleep,
      random: d.random ?? Math.random,
      signal,
    };
    const { host, owner, name } = credentialsRepo;
    const url = `https://${host}/${owner}/${name}`;
    const client = new GithubGraphqlClient({
      ...repo,
      ...retry,
      endpoint: this.endpointFor(repo),
      headers: async () =>
        (await d.credentialsProvider.getCredentials({ url })).headers ?? {},
      tracker: this.tracker(repo),
      stats,
      fetch: d.fetch ?? ((input, init) => fetch(input, init)),
      now: d.now ?? Date.now,
      maxRateLimitWaitMs: d.maxRateLimitWaitMs ?? 5 * 60_000,
      logger: d.logger,
    });
    const isAgent = agentMatcher(
      d.agentLogins ?? ['copilot-swe-agent', 'Copilot'],
    );
    return { repo, client, retry, isAgent, signal, stats, logger: d.logger };
  }
}

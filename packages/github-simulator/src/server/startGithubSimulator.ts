import http from 'node:http';
import { AddressInfo } from 'node:net';
import { GithubDataset, GithubDatasetOptions } from '../dataset/GithubDataset';
import { loadGithubSchema } from '../graphql/schema';
import { FaultInjector, FaultOptions, SimulatorFault } from './faults';
import { route, send, SimulatorRequest, SimulatorState } from './handleRequest';
import { RateLimitBudget } from './RateLimitBudget';
import type { SimStatusPost } from '../rest/statusChecks';

/** Options for {@link startGithubSimulator}. @public */
export interface GithubSimulatorOptions {
  /** a dataset, or options to generate one */
  dataset?: GithubDataset | GithubDatasetOptions;
  /** GraphQL points per hour. Default 5,000 (a personal token). */
  graphqlPointsPerHour?: number;
  /** REST requests per hour. Default 5,000. */
  restRequestsPerHour?: number;
  /**
   * How an exhausted GraphQL budget is answered: `graphql-200` (documented:
   * HTTP 200 with `errors[{type: 'RATE_LIMITED'}]`) or `http-403`.
   */
  rateLimitedResponse?: 'graphql-200' | 'http-403';
  /** answer 502 to GraphQL queries that may return more nodes than this */
  timeoutAboveNodes?: number;
  /** reject requests without an Authorization header (401). Default true. */
  requireAuth?: boolean;
  /** clock for rate-limit windows */
  now?: () => number;
  /** port on 127.0.0.1 to listen on. Default 0: a free one */
  port?: number;
  /**
   * whether the token may write commit statuses and check runs; false
   * answers 403 as GitHub does for a token without that permission.
   * Default true.
   */
  statusWriteAllowed?: boolean;
}

/** A running simulator. @public */
export interface GithubSimulator {
  /** `http://127.0.0.1:<port>`; use it as the integration's `apiBaseUrl` */
  readonly url: string;
  /** `127.0.0.1:<port>`; use it as the integration's `host` */
  readonly host: string;
  /** the commit statuses and check runs clients created, oldest first */
  readonly statusPosts: SimStatusPost[];
  readonly graphqlUrl: string;
  readonly dataset: GithubDataset;
  readonly graphqlBudget: RateLimitBudget;
  readonly restBudget: RateLimitBudget;
  /** every request answered since start or the last {@link GithubSimulator.resetRequests} */
  readonly requests: SimulatorRequest[];
  /**
   * Calls `listener` with each request once it is answered, before the
   * response is sent (e.g. to cancel a client after N pages); returns a
   * function that removes the listener.
   */
  onRequest(listener: (request: SimulatorRequest) => void): () => void;
  /** answer the next matching request(s) with a failure */
  injectFault(fault: SimulatorFault, options?: FaultOptions): void;
  resetRequests(): void;
  close(): Promise<void>;
}

function createState(options: GithubSimulatorOptions): SimulatorState {
  const dataset =
    options.dataset instanceof GithubDataset
      ? options.dataset
      : GithubDataset.generate(options.dataset);
  const now = options.now ?? Date.now;
  return {
    env: {
      schema: loadGithubSchema(),
      dataset,
      budget: new RateLimitBudget(
        options.graphqlPointsPerHour ?? 5000,
        3600_000,
        now,
      ),
      faults: new FaultInjector(),
      rateLimitedResponse: options.rateLimitedResponse ?? 'graphql-200',
      timeoutAboveNodes: options.timeoutAboveNodes,
    },
    restBudget: new RateLimitBudget(
      options.restRequestsPerHour ?? 5000,
      3600_000,
      now,
    ),
    requests: [],
    listeners: new Set(),
    requireAuth: options.requireAuth ?? true,
    statusPosts: [],
    statusWriteAllowed: options.statusWriteAllowed ?? true,
    now,
  };
}

/**
 * Starts a local GitHub API simulator on 127.0.0.1 and a free port. GraphQL
 * queries are validated and executed against GitHub's published schema, so a
 * query GitHub would reject fails here too.
 * @public
 */
export async function startGithubSimulator(
  options: GithubSimulatorOptions = {},
): Promise<GithubSimulator> {
  const state = createState(options);
  const server = http.createServer((req, res) => {
    route(state, req).then(
      response => send(res, response),
      error =>
        send(res, {
          status: 500,
          headers: {},
          body: { message: String(error) },
        }),
    );
  });
  await new Promise<void>(resolve =>
    server.listen(options.port ?? 0, '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    host: `127.0.0.1:${port}`,
    graphqlUrl: `${url}/graphql`,
    dataset: state.env.dataset,
    graphqlBudget: state.env.budget,
    restBudget: state.restBudget,
    requests: state.requests,
    statusPosts: state.statusPosts,
    onRequest: listener => {
      state.listeners.add(listener);
      return () => state.listeners.delete(listener);
    },
    injectFault: (fault, faultOptions) =>
      state.env.faults.inject(fault, faultOptions),
    resetRequests: () => {
      state.requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close(error => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Failures the simulator can be told to answer with, shaped like GitHub's.
 * @public
 */
export type SimulatorFault =
  /** a query that timed out: HTTP 502 or 504 */
  | { kind: 'timeout'; status?: 502 | 504 }
  /** HTTP 200 with the "Something went wrong ... timeout" GraphQL error */
  | { kind: 'graphql-timeout' }
  /** a secondary rate limit: 403 or 429, with `retry-after` unless omitted */
  | {
      kind: 'secondary-rate-limit';
      status?: 403 | 429;
      retryAfterSeconds?: number | null;
    }
  /** any other server error */
  | { kind: 'server-error'; status?: 500 | 503 };

/** Which API a fault applies to, and how many times. @public */
export interface FaultOptions {
  api?: 'graphql' | 'rest';
  times?: number;
}

/** A simulated HTTP response. */
export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** GitHub's message for a query that timed out or hit one of its bugs. */
export const TIMEOUT_MESSAGE =
  'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `SIM0:0000:0000` when reporting this issue.';

/** Queues faults and hands them out, one per matching request. */
export class FaultInjector {
  private readonly queue: Array<{
    fault: SimulatorFault;
    api: string;
    left: number;
  }> = [];

  inject(fault: SimulatorFault, options: FaultOptions = {}) {
    const api = options.api ?? 'graphql';
    this.queue.push({ fault, api, left: options.times ?? 1 });
  }

  take(api: 'graphql' | 'rest'): SimulatorFault | undefined {
    const entry = this.queue.find(e => e.api === api && e.left > 0);
    if (!entry) {
      return undefined;
    }
    entry.left -= 1;
    if (entry.left === 0) {
      this.queue.splice(this.queue.indexOf(entry), 1);
    }
    return entry.fault;
  }
}

/** The response GitHub would send for a fault. */
export function faultResponse(fault: SimulatorFault): SimResponse {
  switch (fault.kind) {
    case 'timeout':
      return {
        status: fault.status ?? 502,
        headers: {},
        body: { data: null, errors: [{ message: TIMEOUT_MESSAGE }] },
      };
    case 'graphql-timeout':
      return {
        status: 200,
        headers: {},
        body: { data: null, errors: [{ message: TIMEOUT_MESSAGE }] },
      };
    case 'secondary-rate-limit': {
      const retry =
        fault.retryAfterSeconds === undefined ? 60 : fault.retryAfterSeconds;
      return {
        status: fault.status ?? 403,
        headers: retry === null ? {} : { 'retry-after': String(retry) },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        },
      };
    }
    default:
      return {
        status: fault.status ?? 500,
        headers: {},
        body: { message: 'Server Error' },
      };
  }
}

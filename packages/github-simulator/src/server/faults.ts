import type { RateLimitBudget } from './RateLimitBudget';

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
  | { kind: 'server-error'; status?: 500 | 503 }
  /**
   * the primary budget runs out: it stays spent until `x-ratelimit-reset`,
   * `resetInSeconds` from now (default 60). GraphQL answers as the
   * simulator's `rateLimitedResponse` says, REST with 403 (or `status`)
   */
  | { kind: 'primary-rate-limit'; resetInSeconds?: number; status?: 403 | 429 }
  /** the connection is closed halfway through the response body */
  | { kind: 'dropped-connection' }
  /** a complete HTTP response whose JSON body is cut short */
  | { kind: 'malformed-json' };

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
  /** how the body goes wrong on the wire, if it does */
  transport?: TransportFault['kind'];
}

/** A primary budget that runs out. */
export type PrimaryRateLimitFault = Extract<
  SimulatorFault,
  { kind: 'primary-rate-limit' }
>;

/** Faults that spoil a real answer on its way to the client. */
export type TransportFault = Extract<
  SimulatorFault,
  { kind: 'dropped-connection' | 'malformed-json' }
>;

/** Whether a fault spoils the real answer rather than replacing it. */
export function isTransportFault(
  fault: SimulatorFault | undefined,
): fault is TransportFault {
  return (
    fault?.kind === 'dropped-connection' || fault?.kind === 'malformed-json'
  );
}

/** GitHub's message for a query that timed out or hit one of its bugs. */
export const TIMEOUT_MESSAGE =
  'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `SIM0:0000:0000` when reporting this issue.';

/** Spends a budget until the fault's reset, as other clients would. */
export function exhaustBudget(
  budget: RateLimitBudget,
  fault: PrimaryRateLimitFault,
) {
  budget.setRemaining(0, (fault.resetInSeconds ?? 60) * 1000);
}

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

  /** The next fault for `api`; only one of `kind` when that is given. */
  take(
    api: 'graphql' | 'rest',
    kind?: SimulatorFault['kind'],
  ): SimulatorFault | undefined {
    const entry = this.queue.find(
      e => e.api === api && e.left > 0 && (!kind || e.fault.kind === kind),
    );
    if (!entry) {
      return undefined;
    }
    entry.left -= 1;
    if (entry.left === 0) {
      this.queue.splice(this.queue.indexOf(entry), 1);
    }
    return entry.fault;
  }

  /** The next primary budget exhaustion queued for `api`, if any. */
  takePrimaryLimit(api: 'graphql' | 'rest'): PrimaryRateLimitFault | undefined {
    return this.take(api, 'primary-rate-limit') as
      | PrimaryRateLimitFault
      | undefined;
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
    case 'server-error':
      return {
        status: fault.status ?? 500,
        headers: {},
        body: { message: 'Server Error' },
      };
    default:
      // budget and transport faults are applied where the answer is made
      throw new Error(`${fault.kind} is not answered by faultResponse`);
  }
}

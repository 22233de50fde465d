import { RawRateLimit } from './graphqlTypes';

/** What GitHub last told us about a rate-limit budget. */
export interface RateLimitState {
  remaining?: number;
  /** epoch milliseconds */
  resetAtMs?: number;
}

function num(value: string | null): number | undefined {
  if (value === null || value.trim() === '') {
    return undefined;
  }
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** Reads `x-ratelimit-remaining` and `x-ratelimit-reset` (epoch seconds). */
export function rateLimitFromHeaders(headers: Headers): RateLimitState {
  const reset = num(headers.get('x-ratelimit-reset'));
  return {
    remaining: num(headers.get('x-ratelimit-remaining')),
    resetAtMs: reset === undefined ? undefined : reset * 1000,
  };
}

/** Reads the `rateLimit { remaining resetAt }` a query selected. */
export function rateLimitFromBody(
  rateLimit: RawRateLimit | undefined,
): RateLimitState {
  if (!rateLimit) {
    return {};
  }
  const resetAtMs = Date.parse(rateLimit.resetAt);
  return {
    remaining: rateLimit.remaining,
    resetAtMs: Number.isNaN(resetAtMs) ? undefined : resetAtMs,
  };
}

/** `retry-after` in milliseconds (GitHub sends whole seconds). */
export function retryAfterMs(headers: Headers): number | undefined {
  const seconds = num(headers.get('retry-after'));
  return seconds === undefined ? undefined : seconds * 1000;
}

/**
 * The shared knowledge of one budget (one host and owner): every read that
 * uses it learns when it is exhausted without spending a request to find out.
 */
export class RateLimitTracker {
  private state: RateLimitState = {};
  /** a secondary limit: no request of this budget before this time */
  private pauseUntilMs = 0;

  update(next: RateLimitState) {
    this.state = {
      remaining: next.remaining ?? this.state.remaining,
      resetAtMs: next.resetAtMs ?? this.state.resetAtMs,
    };
  }

  /** Marks the budget as spent until `resetAtMs`. */
  exhaust(resetAtMs: number) {
    this.state = { remaining: 0, resetAtMs };
  }

  /** A secondary limit: every read of this budget waits until `untilMs`. */
  pause(untilMs: number) {
    this.pauseUntilMs = Math.max(this.pauseUntilMs, untilMs);
  }

  /** The end of a secondary-limit pause still running, if any. */
  pausedUntil(nowMs: number): number | undefined {
    return this.pauseUntilMs > nowMs ? this.pauseUntilMs : undefined;
  }

  get current(): RateLimitState {
    return this.state;
  }

  /** When the budget is known to be spent or paused, the time it comes back. */
  blockedUntil(nowMs: number): number | undefined {
    const paused = this.pausedUntil(nowMs);
    if (paused !== undefined) {
      return paused;
    }
    const { remaining, resetAtMs } = this.state;
    if (remaining === undefined || remaining > 0 || resetAtMs === undefined) {
      return undefined;
    }
    return resetAtMs > nowMs ? resetAtMs : undefined;
  }
}

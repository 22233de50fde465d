/** A snapshot of a rate-limit window. @public */
export interface RateLimitSnapshot {
  limit: number;
  used: number;
  remaining: number;
  resetAt: Date;
}

/**
 * A primary rate-limit window: `limit` points (GraphQL) or requests (REST)
 * per window, reset when the window ends.
 * @public
 */
export class RateLimitBudget {
  private used = 0;
  private resetAtMs: number;

  constructor(
    readonly limit: number,
    private readonly windowMs: number = 3600_000,
    private readonly now: () => number = Date.now,
  ) {
    this.resetAtMs = now() + windowMs;
  }

  private roll() {
    if (this.now() >= this.resetAtMs) {
      this.used = 0;
      this.resetAtMs = this.now() + this.windowMs;
    }
  }

  /** Charges `cost` if the window has room for it; false when exhausted. */
  tryCharge(cost: number): boolean {
    this.roll();
    if (cost > this.limit - this.used) {
      return false;
    }
    this.used += cost;
    return true;
  }

  /** For tests: pretend other clients used the budget. */
  setRemaining(remaining: number, resetInMs?: number) {
    this.used = this.limit - remaining;
    if (resetInMs !== undefined) {
      this.resetAtMs = this.now() + resetInMs;
    }
  }

  snapshot(): RateLimitSnapshot {
    this.roll();
    return {
      limit: this.limit,
      used: this.used,
      remaining: this.limit - this.used,
      resetAt: new Date(this.resetAtMs),
    };
  }

  /** The `x-ratelimit-*` headers GitHub sends with every API response. */
  headers(resource: 'graphql' | 'core'): Record<string, string> {
    const s = this.snapshot();
    return {
      'x-ratelimit-limit': String(s.limit),
      'x-ratelimit-remaining': String(s.remaining),
      'x-ratelimit-used': String(s.used),
      'x-ratelimit-reset': String(Math.ceil(s.resetAt.getTime() / 1000)),
      'x-ratelimit-resource': resource,
    };
  }
}

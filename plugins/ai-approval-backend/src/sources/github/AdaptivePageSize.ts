import { backoffMs } from './backoff';
import { GithubApiError, GithubTimeoutError } from './errors';

/**
 * A page size that halves when GitHub times out and grows back, doubling
 * after a few successful pages, up to the size that is cheapest per item.
 */
export class AdaptivePageSize {
  private size: number;
  private successes = 0;

  constructor(
    readonly preferred: number,
    readonly min = 1,
    private readonly growAfter = 2,
  ) {
    this.size = preferred;
  }

  get current(): number {
    return this.size;
  }

  /** Halves the size; false when it is already at the minimum. */
  shrink(): boolean {
    this.successes = 0;
    if (this.size <= this.min) {
      return false;
    }
    this.size = Math.max(this.min, Math.floor(this.size / 2));
    return true;
  }

  succeeded() {
    this.successes += 1;
    if (this.size < this.preferred && this.successes >= this.growAfter) {
      this.size = Math.min(this.preferred, this.size * 2);
      this.successes = 0;
    }
  }
}

/** How to pause between attempts after timeouts. */
export interface TimeoutRetryOptions {
  maxAttempts: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  signal?: AbortSignal;
}

/**
 * Runs `run` with the current page size; on a timeout halves the size and
 * tries again after a backoff. Gives up (a `GithubApiError` with status 504)
 * once the size cannot shrink any more and `maxAttempts` timeouts have
 * happened.
 */
export async function withTimeoutRetries<T>(
  size: AdaptivePageSize,
  run: (pageSize: number) => Promise<T>,
  options: TimeoutRetryOptions,
): Promise<T> {
  for (let timeouts = 1; ; timeouts++) {
    try {
      const result = await run(size.current);
      size.succeeded();
      return result;
    } catch (error) {
      if (!(error instanceof GithubTimeoutError)) {
        throw error;
      }
      const tried = size.current;
      if (!size.shrink() && timeouts >= options.maxAttempts) {
        throw new GithubApiError(
          `${error.message}; gave up after ${timeouts} timeouts (page size ${tried})`,
          504,
        );
      }
      await options.sleep(
        backoffMs(Math.min(timeouts, 5), options.random),
        options.signal,
      );
    }
  }
}

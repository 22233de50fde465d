import { CustomErrorBase } from '@backstage/errors';

/**
 * The repository's host has no `integrations.github` entry.
 * @public
 */
export class NoIntegrationError extends CustomErrorBase {
  name = 'NoIntegrationError' as const;

  constructor(readonly host: string) {
    super(
      `No GitHub integration configured for host ${host}; add it under integrations.github`,
    );
  }
}

/**
 * GitHub answered NOT_FOUND for the repository.
 * @public
 */
export class RepositoryNotFoundError extends CustomErrorBase {
  name = 'RepositoryNotFoundError' as const;

  constructor(owner: string, repo: string, host: string) {
    super(
      `Repository ${owner}/${repo} not found on ${host} or not accessible with the configured credentials`,
    );
  }
}

/**
 * The rate limit is exhausted and waiting for it would take longer than
 * allowed; retry after `resetAt`.
 * @public
 */
export class RateLimitedError extends CustomErrorBase {
  name = 'RateLimitedError' as const;

  constructor(readonly host: string, readonly resetAt: Date) {
    super(
      `GitHub API rate limit for ${host} exhausted until ${resetAt.toISOString()}`,
    );
  }
}

/**
 * GitHub answered with an error that retrying will not fix, or kept failing
 * after the allowed retries.
 * @public
 */
export class GithubApiError extends CustomErrorBase {
  name = 'GithubApiError' as const;

  constructor(message: string, readonly status?: number) {
    super(message);
  }
}

/**
 * A query timed out (502/504 or GitHub's "Something went wrong while
 * executing your query" error); a smaller page may succeed.
 * @public
 */
export class GithubTimeoutError extends CustomErrorBase {
  name = 'GithubTimeoutError' as const;
}

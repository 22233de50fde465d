/**
 * An error GitHub reports with a top-level `type` (`NOT_FOUND`,
 * `RATE_LIMITED`, `EXCESSIVE_PAGINATION`...), next to `message` and `path`.
 */
export class GithubTypedError extends Error {
  constructor(readonly type: string, message: string) {
    super(message);
    this.name = 'GithubTypedError';
  }
}

/** The JSON shape of one entry of a GraphQL response's `errors`. */
export interface GraphqlErrorBody {
  type?: string;
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: Record<string, unknown>;
}

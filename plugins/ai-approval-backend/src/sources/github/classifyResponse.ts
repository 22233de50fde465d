import {
  GithubApiError,
  GithubTimeoutError,
  RepositoryNotFoundError,
} from './errors';
import { rateLimitFromHeaders, retryAfterMs } from './rateLimit';

/** What to do with one HTTP response from GitHub's GraphQL endpoint. */
export type ResponseOutcome =
  /** `errors`: those of single fields, when the request accepts them */
  | { kind: 'ok'; data: any; errors?: GraphqlError[] }
  /** rate limited: retry no earlier than `untilMs` */
  | { kind: 'wait'; untilMs: number; primary: boolean }
  /** the query timed out; a smaller one may pass */
  | { kind: 'timeout'; error: GithubTimeoutError }
  /** a transient server error: retry with backoff */
  | { kind: 'retry'; error: GithubApiError }
  | { kind: 'fail'; error: Error };

/** Enough of the request to write a useful error. */
export interface RequestContext {
  host: string;
  owner: string;
  name: string;
  nowMs: number;
  /** errors of single fields (a null alias) leave the rest of the data usable */
  partial?: boolean;
}

/** An entry of a GraphQL response's `errors`. */
export interface GraphqlError {
  type?: string;
  message?: string;
  path?: Array<string | number>;
}

const TIMEOUT =
  /timeout|timed out|Something went wrong while executing your query/i;
const SECONDARY = /secondary rate limit|abuse/i;
const DEFAULT_WAIT_MS = 60_000;

function resetMs(headers: Headers, ctx: RequestContext): number {
  return rateLimitFromHeaders(headers).resetAtMs ?? ctx.nowMs + DEFAULT_WAIT_MS;
}

function messageOf(body: any, status: number): string {
  const text = body?.message ?? body?.errors?.[0]?.message;
  return text ? `${status} ${text}` : `HTTP ${status}`;
}

function classifyErrors(
  errors: GraphqlError[],
  headers: Headers,
  ctx: RequestContext,
): ResponseOutcome {
  if (errors.some(e => e.type === 'RATE_LIMITED' || e.type === 'RATE_LIMIT')) {
    const after = retryAfterMs(headers);
    const untilMs =
      after !== undefined ? ctx.nowMs + after : resetMs(headers, ctx);
    return { kind: 'wait', untilMs, primary: true };
  }
  if (
    errors.some(e => e.type === 'NOT_FOUND' && e.path?.[0] === 'repository')
  ) {
    return {
      kind: 'fail',
      error: new RepositoryNotFoundError(ctx.owner, ctx.name, ctx.host),
    };
  }
  const messages = errors.map(e =>
    e.type ? `${e.type}: ${e.message}` : e.message,
  );
  if (errors.some(e => TIMEOUT.test(e.message ?? ''))) {
    return {
      kind: 'timeout',
      error: new GithubTimeoutError(
        `GitHub query timed out: ${messages.join('; ')}`,
      ),
    };
  }
  const where = `${ctx.owner}/${ctx.name} on ${ctx.host}`;
  return {
    kind: 'fail',
    error: new GithubApiError(
      `GitHub GraphQL query for ${where} failed: ${messages.join('; ')}`,
      200,
    ),
  };
}

/** An error of one field (one alias), not of the whole request. */
function isFieldError(error: GraphqlError): boolean {
  return (
    Boolean(error.path?.length) &&
    error.type !== 'RATE_LIMITED' &&
    error.type !== 'RATE_LIMIT' &&
    !TIMEOUT.test(error.message ?? '')
  );
}

function classifyLimited(
  status: number,
  headers: Headers,
  body: any,
  ctx: RequestContext,
): ResponseOutcome | undefined {
  const after = retryAfterMs(headers);
  if (after !== undefined) {
    return { kind: 'wait', untilMs: ctx.nowMs + after, primary: false };
  }
  if (rateLimitFromHeaders(headers).remaining === 0) {
    return { kind: 'wait', untilMs: resetMs(headers, ctx), primary: true };
  }
  if (SECONDARY.test(messageOf(body, status))) {
    // GitHub: without retry-after, wait at least one minute
    return {
      kind: 'wait',
      untilMs: ctx.nowMs + DEFAULT_WAIT_MS,
      primary: false,
    };
  }
  return undefined;
}

/**
 * Sorts a GitHub GraphQL response into success, rate limit, timeout,
 * transient failure or permanent failure.
 */
export function classifyResponse(
  status: number,
  headers: Headers,
  body: any,
  ctx: RequestContext,
): ResponseOutcome {
  if (status === 403 || status === 429) {
    const limited = classifyLimited(status, headers, body, ctx);
    if (limited) {
      return limited;
    }
  }
  if (status === 502 || status === 504) {
    return {
      kind: 'timeout',
      error: new GithubTimeoutError(
        `GitHub timed out (${messageOf(body, status)})`,
      ),
    };
  }
  if (status >= 500) {
    return {
      kind: 'retry',
      error: new GithubApiError(
        `GitHub server error ${messageOf(body, status)}`,
        status,
      ),
    };
  }
  if (status !== 200) {
    const hint =
      status === 401
        ? ' - check the token or app of the GitHub integration'
        : '';
    const error = new GithubApiError(
      `GitHub API request for ${ctx.host} failed: ${messageOf(
        body,
        status,
      )}${hint}`,
      status,
    );
    return { kind: 'fail', error };
  }
  if (Array.isArray(body?.errors) && body.errors.length) {
    if (ctx.partial && body.data && body.errors.every(isFieldError)) {
      return { kind: 'ok', data: body.data, errors: body.errors };
    }
    return classifyErrors(body.errors, headers, ctx);
  }
  if (!body?.data) {
    return {
      kind: 'retry',
      error: new GithubApiError('GitHub returned no data', status),
    };
  }
  return { kind: 'ok', data: body.data };
}

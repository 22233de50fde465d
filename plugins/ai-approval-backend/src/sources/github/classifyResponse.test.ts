import { classifyResponse } from './classifyResponse';

const ctx = { host: 'github.com', owner: 'o', name: 'r', nowMs: 1_000_000 };
const headers = (h: Record<string, string> = {}) => new Headers(h);

describe('classifyResponse', () => {
  it('accepts data', () => {
    expect(classifyResponse(200, headers(), { data: { a: 1 } }, ctx)).toEqual({
      kind: 'ok',
      data: { a: 1 },
    });
  });

  it.each(['RATE_LIMITED', 'RATE_LIMIT'])(
    'waits for the reset on a %s error',
    type => {
      const outcome = classifyResponse(
        200,
        headers({ 'x-ratelimit-remaining': '3', 'x-ratelimit-reset': '2000' }),
        { errors: [{ type, message: 'API rate limit already exceeded' }] },
        ctx,
      );
      expect(outcome).toEqual({
        kind: 'wait',
        untilMs: 2_000_000,
        primary: true,
      });
    },
  );

  it('waits a minute on a secondary limit without retry-after', () => {
    const outcome = classifyResponse(
      403,
      headers(),
      { message: 'You have exceeded a secondary rate limit' },
      ctx,
    );
    expect(outcome).toEqual({
      kind: 'wait',
      untilMs: 1_060_000,
      primary: false,
    });
  });

  it('fails on other 403s', () => {
    const outcome = classifyResponse(
      403,
      headers(),
      { message: 'Resource protected by SAML' },
      ctx,
    );
    expect(outcome).toMatchObject({ kind: 'fail', error: { status: 403 } });
  });

  it('treats 502, 504 and timeout errors as timeouts, other 5xx as retryable', () => {
    expect(classifyResponse(502, headers(), undefined, ctx).kind).toBe(
      'timeout',
    );
    expect(classifyResponse(504, headers(), undefined, ctx).kind).toBe(
      'timeout',
    );
    expect(classifyResponse(500, headers(), undefined, ctx).kind).toBe('retry');
    expect(
      classifyResponse(
        200,
        headers(),
        {
          errors: [
            { message: 'Something went wrong while executing your query.' },
          ],
        },
        ctx,
      ).kind,
    ).toBe('timeout');
  });

  it('names the errors GitHub reported', () => {
    const outcome = classifyResponse(
      200,
      headers(),
      { errors: [{ type: 'INSUFFICIENT_SCOPES', message: 'needs read:org' }] },
      ctx,
    );
    expect(outcome).toMatchObject({
      kind: 'fail',
      error: {
        message:
          'GitHub GraphQL query for o/r on github.com failed: INSUFFICIENT_SCOPES: needs read:org',
      },
    });
  });
});

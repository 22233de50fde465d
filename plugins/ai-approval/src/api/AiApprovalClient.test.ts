import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { mockApis, registerMswTestHooks } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { AiApprovalClient } from './AiApprovalClient';

const baseUrl = 'http://backstage.test/api/ai-approval';
const server = setupServer();

interface Seen {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
}

/** Answers every request with `answer` and records what was asked. */
function record(answer: () => Response) {
  const seen: Seen[] = [];
  server.use(
    http.all(`${baseUrl}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const text = await request.text();
      seen.push({
        method: request.method,
        path: url.pathname.slice('/api/ai-approval'.length),
        query: Object.fromEntries(url.searchParams),
        body: text ? JSON.parse(text) : undefined,
      });
      return answer();
    }),
  );
  return seen;
}

describe('AiApprovalClient', () => {
  registerMswTestHooks(server);
  const client = new AiApprovalClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://backstage.test' }),
    fetchApi: { fetch: (input, init) => fetch(input, init) },
  });

  it('reads an entity summary for a window', async () => {
    const seen = record(() => HttpResponse.json({ entityRef: 'x' }));
    await expect(
      client.getEntitySummary('component:default/payments-api', { days: 30 }),
    ).resolves.toEqual({ entityRef: 'x' });
    expect(seen).toEqual([
      {
        method: 'GET',
        path: '/entities/component/default/payments-api/summary',
        query: { days: '30' },
        body: undefined,
      },
    ]);
  });

  it('encodes entity ref parts in the path', async () => {
    const seen = record(() => HttpResponse.json({}));
    await client.getEntitySummary('component:my-ns/a b');
    expect(seen[0].path).toBe('/entities/component/my-ns/a%20b/summary');
    expect(seen[0].query).toEqual({});
  });

  it('lists changes with filters and paging, dropping empty ones', async () => {
    const seen = record(() => HttpResponse.json({ totalCount: 0, items: [] }));
    await client.getChanges('component:default/payments-api', {
      days: 90,
      verdict: 'unapproved',
      includeNonAi: false,
      search: '',
      limit: 20,
      offset: 40,
    });
    expect(seen[0].path).toBe(
      '/entities/component/default/payments-api/changes',
    );
    expect(seen[0].query).toEqual({
      days: '90',
      verdict: 'unapproved',
      includeNonAi: 'false',
      limit: '20',
      offset: '40',
    });
  });

  it('reads a sorted, filtered scorecard page', async () => {
    const seen = record(() =>
      HttpResponse.json({ groupBy: 'entity', totalCount: 0, items: [] }),
    );
    await client.getScorecard({
      groupBy: 'entity',
      days: 180,
      owner: 'group:default/payments',
      filter: 'pay',
      orderBy: 'compliance',
      order: 'asc',
      limit: 50,
      offset: 0,
    });
    expect(seen[0].path).toBe('/scorecard');
    expect(seen[0].query).toEqual({
      groupBy: 'entity',
      days: '180',
      owner: 'group:default/payments',
      filter: 'pay',
      orderBy: 'compliance',
      order: 'asc',
      limit: '50',
      offset: '0',
    });
  });

  it('reads the open changes of an entity', async () => {
    const seen = record(() => HttpResponse.json({ items: [] }));
    await client.getOpenChanges('component:default/payments-api');
    expect(seen[0].path).toBe(
      '/entities/component/default/payments-api/open-changes',
    );
  });

  it('reads the reviewer load of a group', async () => {
    const seen = record(() => HttpResponse.json({ items: [] }));
    await client.getReviewerLoad({ days: 90, group: 'group:default/payments' });
    expect(seen[0].path).toBe('/reviewers');
    expect(seen[0].query).toEqual({
      days: '90',
      group: 'group:default/payments',
    });
  });

  it('exempts a change with a reason', async () => {
    const seen = record(() => HttpResponse.json({ id: 'c/1' }));
    await expect(client.exemptChange('c/1', 'Hotfix')).resolves.toEqual({
      id: 'c/1',
    });
    expect(seen[0]).toMatchObject({
      method: 'PUT',
      path: '/changes/c%2F1/exemption',
      body: { reason: 'Hotfix' },
    });
  });

  it('removes an exemption', async () => {
    const seen = record(() => HttpResponse.json({ id: '7' }));
    await client.removeExemption('7');
    expect(seen[0]).toMatchObject({
      method: 'DELETE',
      path: '/changes/7/exemption',
    });
  });

  it('queues a refresh and accepts an empty 202', async () => {
    const seen = record(() => new HttpResponse(null, { status: 202 }));
    await expect(
      client.refreshEntity('component:default/payments-api'),
    ).resolves.toBeUndefined();
    expect(seen[0]).toMatchObject({
      method: 'POST',
      path: '/entities/component/default/payments-api/refresh',
    });
  });

  it('turns a Backstage error body into a ResponseError', async () => {
    record(() =>
      HttpResponse.json(
        {
          error: { name: 'NotAllowedError', message: 'Not allowed' },
          request: { method: 'PUT', url: '/changes/1/exemption' },
          response: { statusCode: 403 },
        },
        { status: 403, statusText: 'Forbidden' },
      ),
    );
    const error = await client.exemptChange('1', 'x').catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(403);
    expect(error.body.error).toEqual({
      name: 'NotAllowedError',
      message: 'Not allowed',
    });
    expect(error.cause).toMatchObject({
      name: 'NotAllowedError',
      message: 'Not allowed',
    });
  });

  it('reports a 404 for an unknown entity', async () => {
    record(() =>
      HttpResponse.json(
        {
          error: { name: 'NotFoundError', message: 'No entity' },
          response: { statusCode: 404 },
        },
        { status: 404 },
      ),
    );
    await expect(
      client.getEntitySummary('component:default/nope'),
    ).rejects.toMatchObject({ name: 'ResponseError', statusCode: 404 });
  });
});

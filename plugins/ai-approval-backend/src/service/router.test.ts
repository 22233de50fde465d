import { AuditorService } from '@backstage/backend-plugin-api';
import {
  mockServices,
  ServiceMock,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  ChangeRow,
  DEFAULT_WINDOW_DAYS,
  windowRange,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import request from 'supertest';
import { spec } from '../schema/openapi.generated';
import { Scenario, startScenario } from '../__testUtils__/scenario';
import {
  AiApprovalBackend,
  startAiApprovalBackend,
} from '../__testUtils__/startAiApprovalBackend';

jest.setTimeout(120_000);

const API = '/api/ai-approval';
const ENTITY = `${API}/entities/component/default/payments`;
const UNKNOWN = `${API}/entities/component/default/nope`;

type Method = 'get' | 'post' | 'put' | 'delete';

/** Every route but /health, with a valid request. */
const ROUTES: Array<[Method, string, object?]> = [
  ['get', `${ENTITY}/summary`],
  ['get', `${ENTITY}/changes`],
  ['post', `${ENTITY}/refresh`],
  ['get', `${API}/scorecard`],
  ['get', `${API}/reviewers`],
  ['put', `${API}/changes/1/exemption`, { reason: 'hotfix during an outage' }],
  ['delete', `${API}/changes/1/exemption`],
];

function send(
  backend: AiApprovalBackend,
  [method, path, body]: (typeof ROUTES)[number],
) {
  const req = request(backend.server)[method](path);
  return body ? req.send(body) : req;
}

describe('the ai-approval HTTP API', () => {
  it('documents the default window that it applies', () => {
    expect(spec.components.parameters.days.schema.default).toBe(
      DEFAULT_WINDOW_DAYS,
    );
  });

  const databases = TestDatabases.create({ ids: ['POSTGRES_16', 'SQLITE_3'] });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let scenario: Scenario;
    let backend: AiApprovalBackend;
    let denied: AiApprovalBackend;
    let auditor: ServiceMock<AuditorService>;

    beforeAll(async () => {
      scenario = await startScenario();
      const knex = await databases.init(databaseId);
      auditor = mockServices.auditor.mock();
      backend = await startAiApprovalBackend({
        knex,
        entities: scenario.entities,
        github: scenario.simulator,
        aiApproval: { seniors: { groups: ['group:default/senior-engineers'] } },
        auditor,
      });
      await backend.sync();
      denied = await startAiApprovalBackend({
        knex,
        entities: scenario.entities,
        deny: true,
      });
    });

    afterAll(async () => {
      await backend.stop();
      await denied.stop();
      await scenario.simulator.close();
    });

    async function changes(query = '') {
      const res = await request(backend.server).get(
        `${ENTITY}/changes?limit=500${query}`,
      );
      expect(res.status).toBe(200);
      return res.body.items as ChangeRow[];
    }

    it('answers health without credentials', async () => {
      const res = await request(backend.server)
        .get(`${API}/health`)
        .set('Authorization', 'Bearer mock-none-token');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok' });
    });

    it.each(ROUTES)(
      'answers %s %s with 401 without credentials',
      async (...route) => {
        const res = await send(backend, route).set(
          'Authorization',
          'Bearer mock-none-token',
        );
        expect(res.status).toBe(401);
      },
    );

    it.each(ROUTES)(
      'answers %s %s with 403 without permission',
      async (...route) => {
        const res = await send(denied, route);
        expect(res.status).toBe(403);
        expect(res.body.error.name).toBe('NotAllowedError');
      },
    );

    it.each([
      ['get', `${ENTITY}/summary?days=0`, /days/],
      ['get', `${ENTITY}/summary?days=731`, /days/],
      ['get', `${ENTITY}/summary?days=ninety`, /days/],
      ['get', `${ENTITY}/changes?days=1.5`, /days/],
      ['get', `${ENTITY}/changes?verdict=fine`, /verdict/],
      ['get', `${ENTITY}/changes?limit=0`, /limit/],
      ['get', `${API}/scorecard?groupBy=team`, /groupBy/],
      ['get', `${API}/scorecard?days=-1`, /days/],
      ['get', `${API}/scorecard?orderBy=owner`, /orderBy/],
      ['get', `${API}/scorecard?offset=-1`, /offset/],
      ['get', `${API}/reviewers?days=x`, /days/],
      ['put', `${API}/changes/abc/exemption`, /id/],
      ['delete', `${API}/changes/abc/exemption`, /id/],
      // longer than any id a bigint column holds
      ['put', `${API}/changes/99999999999999999999/exemption`, /id/],
      ['delete', `${API}/changes/99999999999999999999/exemption`, /id/],
    ] as const)('answers %s %s with 400', async (method, path, message) => {
      const res = await request(backend.server)
        [method](path)
        .send(method === 'put' ? { reason: 'r' } : undefined);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });

    it.each([
      ['', DEFAULT_WINDOW_DAYS],
      ['days=30', 30],
      ['days=180', 180],
    ] as const)(
      'answers every windowed read of %p over one window, the summary equal to the scorecard row',
      async (query, windowDays) => {
        const before = Date.now();
        const [summary, list, card, load] = await Promise.all(
          [
            `${ENTITY}/summary?${query}`,
            `${ENTITY}/changes?${query}`,
            `${API}/scorecard?groupBy=entity&limit=500&${query}`,
            `${API}/reviewers?${query}`,
          ].map(async path => {
            const res = await request(backend.server).get(path);
            expect(res.status).toBe(200);
            return res.body;
          }),
        );
        const { since } = windowRange(windowDays, before);
        for (const body of [summary, list, card, load]) {
          expect(body).toMatchObject({ windowDays, since });
          expect(Date.parse(body.until)).toBeGreaterThanOrEqual(before);
          expect(Date.parse(body.until)).toBeLessThanOrEqual(Date.now());
        }
        const row = card.items.find(
          (i: any) => i.ref === 'component:default/payments',
        );
        const counts = ({ totalChanges, aiChanges, approved, exempt }: any) => [
          totalChanges,
          aiChanges,
          approved,
          exempt,
        ];
        expect(counts(row)).toEqual(counts(summary));
        expect(summary.aiChanges).toBeGreaterThan(0);
      },
    );

    it.each([[{ reason: '' }], [{}], [{ reason: 'ok', extra: true }]])(
      'answers 400 to an exemption with body %j',
      async body => {
        const res = await request(backend.server)
          .put(`${API}/changes/1/exemption`)
          .send(body);
        expect(res.status).toBe(400);
      },
    );

    it.each([
      ['get', `${UNKNOWN}/summary`],
      ['get', `${UNKNOWN}/changes`],
      ['post', `${UNKNOWN}/refresh`],
      ['put', `${API}/changes/987654321/exemption`],
      ['delete', `${API}/changes/987654321/exemption`],
    ] as const)('answers %s %s with 404', async (method, path) => {
      const res = await request(backend.server)
        [method](path)
        .send(method === 'put' ? { reason: 'r' } : undefined);
      expect(res.status).toBe(404);
      expect(res.body.error.name).toBe('NotFoundError');
    });

    it('refuses to exempt a change that is not AI-assisted', async () => {
      const human = (await changes('&includeNonAi=true')).find(
        c => !c.aiAssisted,
      )!;
      const res = await request(backend.server)
        .put(`${API}/changes/${human.id}/exemption`)
        .send({ reason: 'not needed' });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/not AI-assisted/);
    });

    it('exempts a change and restores its verdict, and audits both', async () => {
      const summary = async () =>
        (await request(backend.server).get(`${ENTITY}/summary`)).body;
      const ownerRow = async () =>
        (
          await request(backend.server).get(`${API}/scorecard?groupBy=entity`)
        ).body.items.find((i: any) => i.ref === 'component:default/payments');
      const before = await summary();
      const cardBefore = await ownerRow();
      const change = (await changes('&verdict=unapproved'))[0];
      expect(change.verdict).not.toBe('exempt');
      auditor.createEvent.mockClear();

      const put = await request(backend.server)
        .put(`${API}/changes/${change.id}/exemption`)
        .send({ reason: 'hotfix during an outage' });
      expect(put.status).toBe(200);
      expect(put.body).toMatchObject({
        id: change.id,
        verdict: 'exempt',
        compliant: true,
        exemption: {
          by: 'user:default/mock',
          reason: 'hotfix during an outage',
        },
      });
      expect(await summary()).toMatchObject({
        exempt: before.exempt + 1,
        unapproved: before.unapproved - 1,
      });
      expect(await ownerRow()).toMatchObject({ exempt: cardBefore.exempt + 1 });
      expect((await changes('&verdict=exempt')).map(c => c.id)).toEqual([
        change.id,
      ]);

      const del = await request(backend.server).delete(
        `${API}/changes/${change.id}/exemption`,
      );
      expect(del.status).toBe(200);
      expect(del.body).toMatchObject({
        id: change.id,
        verdict: change.verdict,
        compliant: false,
      });
      expect(del.body.exemption).toBeUndefined();
      expect(await summary()).toMatchObject({
        exempt: before.exempt,
        unapproved: before.unapproved,
      });
      expect(await ownerRow()).toMatchObject({ exempt: cardBefore.exempt });

      const again = await request(backend.server).delete(
        `${API}/changes/${change.id}/exemption`,
      );
      expect(again.status).toBe(404);

      expect(
        auditor.createEvent.mock.calls.map(([e]) => [e.eventId, e.meta]),
      ).toEqual([
        [
          'exemption',
          {
            action: 'create',
            changeId: change.id,
            reason: 'hotfix during an outage',
          },
        ],
        ['exemption', { action: 'remove', changeId: change.id }],
        ['exemption', { action: 'remove', changeId: change.id }],
      ]);
      const events = await Promise.all(
        auditor.createEvent.mock.results.map(r => r.value),
      );
      expect(
        events.map(e => [
          e.success.mock.calls.length,
          e.fail.mock.calls.length,
        ]),
      ).toEqual([
        [1, 0],
        [1, 0],
        [0, 1],
      ]);
    });

    it('keeps an exemption when the sync reads the change again', async () => {
      const change = (await changes('&verdict=unapproved')).find(
        c => c.kind === 'pull_request',
      )!;
      await request(backend.server)
        .put(`${API}/changes/${change.id}/exemption`)
        .send({ reason: 'accepted risk' })
        .expect(200);
      const [owner, name] = change.repository.split('/');
      scenario.simulator.dataset.touchPullRequest(
        { owner, name },
        change.number!,
        new Date().toISOString(),
      );
      await backend.sync();
      const [row] = (await changes('&verdict=exempt')).filter(
        c => c.id === change.id,
      );
      expect(row).toMatchObject({
        verdict: 'exempt',
        exemption: { reason: 'accepted risk' },
      });
      await request(backend.server)
        .delete(`${API}/changes/${change.id}/exemption`)
        .expect(200);
    });

    it('starts a refresh of one entity and answers 202', async () => {
      const before = (await request(backend.server).get(`${ENTITY}/summary`))
        .body;
      const res = await request(backend.server).post(`${ENTITY}/refresh`);
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ status: 'started' });
      const lastSync = async () =>
        (await request(backend.server).get(`${ENTITY}/summary`)).body
          .repositories[0].lastSyncAt;
      for (
        let i = 0;
        i < 100 && (await lastSync()) === before.repositories[0].lastSyncAt;
        i++
      ) {
        await new Promise(resolve => setTimeout(resolve, 100));
      }
      expect(await lastSync()).not.toBe(before.repositories[0].lastSyncAt);
    });
  });
});

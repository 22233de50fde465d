import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { weekStart } from '@ai-approval/backstage-plugin-ai-approval-common';
import request from 'supertest';
import { aiApprovalPlugin } from './plugin';
import { rebuildEntityWeeks } from './database/rollup';

jest.setTimeout(60_000);

const service = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments',
    annotations: { 'github.com/project-slug': 'acme/payments' },
  },
  spec: { type: 'service', owner: 'group:default/team-a' },
};

describe('aiApprovalPlugin', () => {
  const databases = TestDatabases.create({
    ids: ['POSTGRES_16', 'SQLITE_3'],
  });

  async function start(databaseId: any, options: { deny?: boolean } = {}) {
    const knex = await databases.init(databaseId);
    const { server } = await startTestBackend({
      features: [
        aiApprovalPlugin,
        mockServices.database.factory({ knex }),
        mockServices.rootConfig.factory({
          data: {
            aiApproval: {
              schedule: {
                frequency: { hours: 24 },
                timeout: { minutes: 5 },
                initialDelay: { hours: 1 },
              },
            },
          },
        }),
        catalogServiceMock.factory({ entities: [service] }),
        ...(options.deny
          ? [
              mockServices.permissions.factory({
                result: AuthorizeResult.DENY,
              }),
            ]
          : []),
      ],
    });
    return { server, knex };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('answers health without credentials', async () => {
      const { server } = await start(databaseId);
      const res = await request(server)
        .get('/api/ai-approval/health')
        .set('Authorization', 'none');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok' });
    });

    it('rejects unauthenticated reads with 401', async () => {
      const { server } = await start(databaseId);
      const res = await request(server)
        .get('/api/ai-approval/entities/component/default/payments/summary')
        .set('Authorization', 'Bearer mock-none-token');
      expect(res.status).toBe(401);
    });

    it('rejects reads without permission with 403', async () => {
      const { server } = await start(databaseId, { deny: true });
      const res = await request(server).get('/api/ai-approval/scorecard');
      expect(res.status).toBe(403);
      expect(res.body.error.name).toBe('NotAllowedError');
    });

    it('rejects a bad window with 400', async () => {
      const { server } = await start(databaseId);
      const res = await request(server).get(
        '/api/ai-approval/entities/component/default/payments/summary?days=0',
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/days/);
    });

    it('answers 404 for an entity the catalog does not know', async () => {
      const { server } = await start(databaseId);
      const res = await request(server).get(
        '/api/ai-approval/entities/component/default/nope/summary',
      );
      expect(res.status).toBe(404);
      expect(res.body.error.message).toContain('component:default/nope');
    });

    it('answers an empty summary for a known entity not synced yet', async () => {
      const { server } = await start(databaseId);
      const res = await request(server).get(
        '/api/ai-approval/entities/component/default/payments/summary?days=30',
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        entityRef: 'component:default/payments',
        windowDays: 30,
        aiChanges: 0,
        compliance: null,
        repositories: [],
      });
    });

    it('reads stored changes from the database', async () => {
      const { server, knex } = await start(databaseId);
      await seed(knex);
      const res = await request(server).get(
        '/api/ai-approval/entities/component/default/payments/summary',
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        totalChanges: 3,
        aiChanges: 2,
        approved: 1,
        unapproved: 1,
        compliance: 0.5,
      });
      expect(res.body.repositories[0]).toMatchObject({ slug: 'acme/payments' });

      const card = await request(server).get('/api/ai-approval/scorecard');
      expect(card.body.items).toEqual([
        expect.objectContaining({ ref: 'group:default/team-a', aiChanges: 2 }),
      ]);
    });
  });
});

async function seed(knex: any) {
  const now = new Date();
  const [{ id }] = await knex('ai_approval_repositories')
    .insert({ source: 'github', host: 'github.com', slug: 'acme/payments' })
    .returning('id');
  await knex('ai_approval_entities').insert({
    entity_ref: 'component:default/payments',
    owner_ref: 'group:default/team-a',
    updated_at: now,
  });
  await knex('ai_approval_group_ancestors').insert({
    group_ref: 'group:default/team-a',
    ancestor_ref: 'group:default/team-a',
  });
  await knex('ai_approval_entity_repositories').insert({
    entity_ref: 'component:default/payments',
    repository_id: id,
  });
  const change = (n: number, ai: boolean, verdict: string | null) => ({
    repository_id: id,
    change_key: `pr:${n}`,
    kind: 'pull_request',
    number: n,
    merged_at: now.toISOString(),
    week_start: weekStart(now.toISOString()),
    ai_assisted: ai,
    confidence: ai ? 'high' : 'none',
    evidence: '[]',
    verdict,
    compliant: verdict === 'approved',
    payload: '{}',
    updated_at: now.toISOString(),
  });
  await knex('ai_approval_changes').insert([
    change(1, true, 'approved'),
    change(2, true, 'no_review'),
    change(3, false, null),
  ]);
  await rebuildEntityWeeks(knex, ['component:default/payments']);
}

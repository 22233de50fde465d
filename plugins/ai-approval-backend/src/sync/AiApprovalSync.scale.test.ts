import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  GithubSimulator,
  startGithubSimulator,
} from '@internal/github-simulator';
import { Knex } from 'knex';
import { readAiApprovalConfig } from '../config';
import { DatabaseApprovalStore } from '../database/DatabaseApprovalStore';
import { GithubChangeSource } from '../sources/github';
import { AiApprovalSync } from './AiApprovalSync';

jest.setTimeout(120_000);

const DAY = 86_400_000;
const REPOSITORIES = 6;

function entity(host: string, name: string, slug: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: { 'ai-approval/repositories': `http://${host}/${slug}` },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  };
}

/** One entity per simulator repository, and one whose repository is gone. */
function entities(host: string): Entity[] {
  return [
    ...Array.from({ length: REPOSITORIES }, (_, i) =>
      entity(host, `service-${i}`, `acme/service-${i}`),
    ),
    entity(host, 'ghost', 'acme/deleted-long-ago'),
  ];
}

/** Counts the repository reads under way at once (the check aside). */
function inFlightCounter() {
  const counter = { now: 0, max: 0 };
  const wrapped: typeof fetch = async (input, init) => {
    const batched = String(init?.body).includes('query RepositoryStates');
    if (!batched) {
      counter.now += 1;
      counter.max = Math.max(counter.max, counter.now);
    }
    try {
      return await fetch(input, init);
    } finally {
      if (!batched) {
        counter.now -= 1;
      }
    }
  };
  return { counter, fetch: wrapped };
}

describe('AiApprovalSync at scale', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_16', 'SQLITE_3'] });
  let simulator: GithubSimulator;

  beforeEach(async () => {
    simulator = await startGithubSimulator({
      dataset: {
        seed: 3,
        repositories: REPOSITORIES,
        mergedPullRequestsPerRepository: 20,
        spanDays: 30,
        now: new Date(Date.now() - DAY).toISOString(),
      },
      graphqlPointsPerHour: 100_000,
    });
  });

  afterEach(() => simulator.close());

  async function createSync(
    knex: Knex,
    options: { concurrency?: number; catalogPageSize?: number } = {},
  ) {
    const config = new ConfigReader({
      integrations: {
        github: [
          { host: simulator.host, apiBaseUrl: simulator.url, token: 't' },
        ],
      },
      aiApproval: {
        backfillDays: 60,
        github: { concurrency: options.concurrency ?? 4 },
      },
    });
    const store = await DatabaseApprovalStore.create({
      database: mockServices.database({ knex }),
    });
    const catalog = catalogServiceMock({ entities: entities(simulator.host) });
    const reads = inFlightCounter();
    const sync = new AiApprovalSync({
      config: readAiApprovalConfig(config),
      catalog,
      auth: mockServices.auth(),
      store,
      github: GithubChangeSource.fromConfig(config, { fetch: reads.fetch }),
      integrations: ScmIntegrations.fromConfig(config),
      logger: mockServices.logger.mock(),
      catalogPageSize: options.catalogPageSize,
    });
    return { sync, catalog, inFlight: reads.counter };
  }

  /** Repository reads (merged pull-request pages) per repository name. */
  function mergedReads() {
    const reads: Record<string, number> = {};
    for (const r of simulator.requests) {
      if (r.query?.includes('query MergedPullRequests')) {
        const name = String(r.variables?.name);
        reads[name] = (reads[name] ?? 0) + 1;
      }
    }
    return reads;
  }

  function repositories(knex: Knex) {
    return knex('ai_approval_repositories')
      .orderBy('slug')
      .select('slug', 'last_error', 'last_success_at', 'cursor');
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('asks about every repository in one request, then reads only the changed ones', async () => {
      const knex = await databases.init(databaseId);
      const { sync } = await createSync(knex);
      await sync.syncAll();
      expect(Object.keys(mergedReads()).length).toBe(REPOSITORIES);

      simulator.resetRequests();
      await sync.syncAll();
      expect(mergedReads()).toEqual({});
      const checks = simulator.requests.filter(r =>
        r.query?.includes('query RepositoryStates'),
      );
      expect(checks.map(c => c.cost)).toEqual([1]);

      const at = new Date(Date.now() - 60_000).toISOString();
      const ref = (name: string) => ({ owner: 'acme', name });
      simulator.dataset.mergeNewPullRequest(ref('service-1'), at);
      simulator.dataset.pushDirectly(ref('service-4'), at);
      simulator.resetRequests();
      await sync.syncAll();
      expect(mergedReads()).toEqual({ 'service-1': 1, 'service-4': 1 });
      const changes = await knex('ai_approval_changes').count({ n: '*' });
      expect(Number(changes[0].n)).toBeGreaterThan(REPOSITORIES * 20);
    });

    it('records a repository that is gone as its error and syncs the others', async () => {
      const knex = await databases.init(databaseId);
      const { sync } = await createSync(knex);
      await sync.syncAll();
      await sync.syncAll();
      const rows = await repositories(knex);
      expect(rows.length).toBe(REPOSITORIES + 1);
      const ghost = rows.find(r => r.slug === 'acme/deleted-long-ago');
      expect(ghost.last_error).toMatch(/acme\/deleted-long-ago not found/);
      expect(ghost.cursor).toBeNull();
      for (const row of rows.filter(r => r !== ghost)) {
        expect(row.last_error).toBeNull();
        expect(row.last_success_at).toBeTruthy();
        expect(row.cursor).toBeTruthy();
      }
      // the gone repository was never read on its own
      expect(mergedReads()['deleted-long-ago']).toBeUndefined();
    });

    it.each([1, 2])(
      'reads at most %p repositories at once',
      async concurrency => {
        const knex = await databases.init(databaseId);
        const { sync, inFlight } = await createSync(knex, { concurrency });
        await sync.syncAll();
        expect(inFlight.max).toBe(concurrency);
        expect(inFlight.now).toBe(0);
      },
    );

    it('reads the catalog in pages and links the entities of every page', async () => {
      const knex = await databases.init(databaseId);
      const { sync, catalog } = await createSync(knex, { catalogPageSize: 2 });
      const query = jest.spyOn(catalog, 'queryEntities');
      const getEntities = jest.spyOn(catalog, 'getEntities');
      await sync.syncAll();
      const components = query.mock.calls.filter(
        ([request]) =>
          !request ||
          !('filter' in request) ||
          JSON.stringify(request.filter).includes('Component'),
      );
      // 7 components, 2 a page; the Group/User read is paged too
      expect(query.mock.calls.length).toBeGreaterThanOrEqual(4);
      expect(components.some(([r]) => r && 'cursor' in r)).toBe(true);
      expect(getEntities).not.toHaveBeenCalled();
      const linked = await knex('ai_approval_entities').pluck('entity_ref');
      expect(linked.sort()).toEqual(
        [
          'component:default/ghost',
          ...Array.from(
            { length: REPOSITORIES },
            (_, i) => `component:default/service-${i}`,
          ),
        ].sort(),
      );
      expect(Object.keys(mergedReads()).length).toBe(REPOSITORIES);
    });
  });
});

import { TestDatabases } from '@backstage/backend-test-utils';
import { PEOPLE } from '@internal/github-simulator';
import {
  ChangeListResponse,
  ChangeRow,
  EntitySummary,
  ScorecardResponse,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { Knex } from 'knex';
import request from 'supertest';
import {
  ancestorsOf,
  GROUPS,
  PRINCIPAL_LOGINS,
} from './__testUtils__/organisation';
import {
  countsOf,
  ExpectedChange,
  mondayOf,
  OraclePolicy,
  reviewerLoadOf,
  scorecardRowOf,
} from './__testUtils__/oracle';
import {
  BACKFILL_DAYS,
  DEFAULT_POLICY,
  Scenario,
  since,
  startScenario,
  UNKNOWN_HOST,
} from './__testUtils__/scenario';
import { AiApprovalBackend } from './__testUtils__/startAiApprovalBackend';

jest.setTimeout(180_000);

const API = '/api/ai-approval';

function keyOf(row: ChangeRow): string {
  return row.number !== undefined
    ? `pr:${row.number}`
    : `commit:${row.url!.split('/').pop()}`;
}

async function summary(backend: AiApprovalBackend, name: string) {
  const res = await request(backend.server).get(
    `${API}/entities/component/default/${name}/summary?days=${BACKFILL_DAYS}`,
  );
  expect(res.status).toBe(200);
  return res.body as EntitySummary;
}

async function changes(backend: AiApprovalBackend, name: string) {
  const res = await request(backend.server).get(
    `${API}/entities/component/default/${name}/changes?days=${BACKFILL_DAYS}&includeNonAi=true&limit=500`,
  );
  expect(res.status).toBe(200);
  expect(res.body.items.length).toBe(res.body.totalCount);
  expectPeopleFromCatalog(res.body);
  return res.body.items as ChangeRow[];
}

/**
 * Every author and approver the catalog knows (by login or e-mail, in any
 * case) is named by their User; nobody else is, bots included.
 */
function expectPeopleFromCatalog(body: ChangeListResponse) {
  const named = new Set(
    body.items.flatMap(r => [r.author, ...r.approvers.map(a => a.identity)]),
  );
  named.delete(undefined);
  const expected: ChangeListResponse['people'] = {};
  for (const identity of named as Set<string>) {
    const key = identity.toLowerCase();
    const person = PEOPLE.find(p => p.actor.login === key || p.email === key);
    if (person) {
      expected[identity] = {
        userRef: `user:default/${person.actor.login}`,
        displayName: person.name,
      };
    }
  }
  expect(body.people).toEqual(expected);
}

/** Compares what the API says about every change with the oracle. */
async function expectChangesAsOracle(
  backend: AiApprovalBackend,
  expected: Map<string, ExpectedChange[]>,
) {
  const mismatches: string[] = [];
  let approvedByKnownPeople = 0;
  for (const [name, truth] of expected) {
    const rows = await changes(backend, name);
    approvedByKnownPeople += rows.filter(r =>
      r.approvers.some(a => PEOPLE.some(p => p.actor.login === a.identity)),
    ).length;
    const got = new Map(rows.map(r => [`${r.repository} ${keyOf(r)}`, r]));
    expect(got.size).toBe(rows.length);
    expect(rows.length).toBe(truth.length);
    for (const t of truth) {
      const row = got.get(`${t.slug} ${t.key}`);
      const seen = row ? `${row.aiAssisted}/${row.verdict}` : 'missing';
      if (seen !== `${t.aiAssisted}/${t.verdict}`) {
        mismatches.push(
          `${name} ${t.slug} ${t.key}: expected ${t.aiAssisted}/${t.verdict}, got ${seen}`,
        );
      }
      if (row?.aiAssisted && !row.evidence.length) {
        mismatches.push(
          `${name} ${t.slug} ${t.key}: AI-assisted without evidence`,
        );
      }
    }
  }
  expect(mismatches).toEqual([]);
  // the people check in changes() looked at catalog users, not only at bots
  expect(approvedByKnownPeople).toBeGreaterThan(50);
}

async function expectSummariesAsOracle(
  backend: AiApprovalBackend,
  expected: Map<string, ExpectedChange[]>,
) {
  for (const [name, truth] of expected) {
    expect({ name, ...(await summary(backend, name)) }).toMatchObject({
      name,
      ...countsOf(truth),
    });
  }
}

/** Rows of the changes table that a sync must leave alone. */
function snapshot(knex: Knex) {
  return knex('ai_approval_changes')
    .orderBy('id')
    .select(
      'id',
      'repository_id',
      'change_key',
      'verdict',
      'payload',
      'updated_at',
    );
}

/** GraphQL requests for merged pull requests, per repository name. */
function pullRequestPages(scenario: Scenario) {
  const pages = new Map<string, number>();
  for (const r of scenario.simulator.requests) {
    if (r.query?.includes('query MergedPullRequests')) {
      const name = String(r.variables?.name);
      pages.set(name, (pages.get(name) ?? 0) + 1);
    }
  }
  return pages;
}

/** Batched checks of which repositories changed. */
function repositoryStateRequests(scenario: Scenario) {
  return scenario.simulator.requests.filter(r =>
    r.query?.includes('query RepositoryStates'),
  ).length;
}

describe('the ai-approval sync, run by the plugin against the GitHub simulator', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_16', 'SQLITE_3'] });
  let scenario: Scenario;
  let backend: AiApprovalBackend | undefined;

  beforeEach(async () => {
    scenario = await startScenario();
  });

  afterEach(async () => {
    await backend?.stop();
    backend = undefined;
    await scenario.simulator.close();
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('stores every change of the window with the verdict the dataset implies', async () => {
      const knex = await databases.init(databaseId);
      backend = await scenario.start(knex);
      await backend.sync();
      const expected = scenario.expected();

      const all = [...expected.values()].flat();
      const verdicts = new Set(all.map(c => c.verdict));
      // the dataset exercises the rule, not one happy path
      expect(countsOf(all).aiChanges).toBeGreaterThan(100);
      expect([...verdicts].sort()).toEqual(
        expect.arrayContaining([
          'approved',
          'approved_stale',
          'direct_push',
          'no_review',
          'not_senior',
        ]),
      );

      await expectSummariesAsOracle(backend, expected);
      await expectChangesAsOracle(backend, expected);
    });

    it('rolls up the scorecard by owner group, nested groups included, by system and by entity, and counts reviewer load', async () => {
      const knex = await databases.init(databaseId);
      backend = await scenario.start(knex);
      await backend.sync();
      const expected = scenario.expected();

      /** The oracle's scorecard: rows by ref, over whole weeks of the window. */
      const oracleCard = (groupBy: string, days: number, owner?: string) => {
        const rows = new Map<
          string,
          { entities: number; changes: ExpectedChange[] }
        >();
        for (const service of scenario.services) {
          if (owner && !ancestorsOf(service.owner).includes(owner)) {
            continue;
          }
          const refs =
            groupBy === 'owner'
              ? ancestorsOf(service.owner).filter(
                  g => !owner || ancestorsOf(g).includes(owner),
                )
              : [
                  groupBy === 'system'
                    ? service.system
                    : `component:default/${service.name}`,
                ];
          for (const ref of refs.filter((r): r is string => Boolean(r))) {
            const row = rows.get(ref) ?? { entities: 0, changes: [] };
            row.entities += 1;
            row.changes.push(...expected.get(service.name)!);
            rows.set(ref, row);
          }
        }
        const firstWeek = mondayOf(Date.now() - days * 86_400_000);
        return [...rows.keys()].sort().map(ref => ({
          ref,
          ...scorecardRowOf(
            rows.get(ref)!.entities,
            rows.get(ref)!.changes,
            firstWeek,
          ),
        }));
      };
      const card = async (query: string) => {
        const res = await request(backend!.server).get(
          `${API}/scorecard?${query}`,
        );
        expect(res.status).toBe(200);
        return res.body as ScorecardResponse;
      };
      const platform = encodeURIComponent(GROUPS.platform);
      const product = encodeURIComponent(GROUPS.product);
      for (const [query, groupBy, days, owner] of [
        ['groupBy=owner&days=90', 'owner', 90],
        ['groupBy=owner&days=30', 'owner', 30],
        [
          `groupBy=owner&days=90&owner=${platform}`,
          'owner',
          90,
          GROUPS.platform,
        ],
        ['groupBy=system&days=90', 'system', 90],
        [
          `groupBy=system&days=30&owner=${platform}`,
          'system',
          30,
          GROUPS.platform,
        ],
        ['groupBy=entity&days=30', 'entity', 30],
        [
          `groupBy=entity&days=90&owner=${product}`,
          'entity',
          90,
          GROUPS.product,
        ],
      ] as Array<[string, string, number, string?]>) {
        const truth = oracleCard(groupBy, days, owner);
        const got = await card(query);
        expect({ query, totalCount: got.totalCount, items: got.items }).toEqual(
          {
            query,
            totalCount: truth.length,
            items: truth.map(row => expect.objectContaining(row)),
          },
        );
      }
      const engineering = (await card('groupBy=owner&days=90')).items.find(
        i => i.ref === GROUPS.engineering,
      )!;
      expect(engineering.totalChanges).toBe(
        countsOf([...expected.values()].flat()).totalChanges,
      );

      // sorted by a measure, filtered by name, one page at a time
      const ranked = oracleCard('entity', 90)
        .filter(r => r.ref.includes('e'))
        .sort(
          (a, b) => b.unapproved - a.unapproved || a.ref.localeCompare(b.ref),
        );
      const page = await card(
        'groupBy=entity&days=90&orderBy=unapproved&filter=E&limit=2&offset=1',
      );
      expect(page.totalCount).toBe(ranked.length);
      expect(page.items.map(i => [i.ref, i.unapproved])).toEqual(
        ranked.slice(1, 3).map(r => [r.ref, r.unapproved]),
      );
      expect((await card('groupBy=entity&days=90&offset=50')).totalCount).toBe(
        scenario.services.length,
      );

      const load = reviewerLoadOf([...expected.values()].flat());
      const reviewers = await request(backend.server).get(
        `${API}/reviewers?days=${BACKFILL_DAYS}`,
      );
      expect(reviewers.status).toBe(200);
      const total = [...load.values()].reduce(
        (s, l) => s + l.seniorApprovals,
        0,
      );
      expect(reviewers.body.totalSeniorApprovals).toBe(total);
      expect(
        Object.fromEntries(
          reviewers.body.items.map((i: any) => [
            i.reviewer,
            { aiReviews: i.aiReviews, seniorApprovals: i.seniorApprovals },
          ]),
        ),
      ).toEqual(Object.fromEntries(load));
      expect(reviewers.body.items[0].userRef).toMatch(/^user:default\//);
    });

    it('changes nothing on a second sync, which asks about every repository in one request and reads only the changed ones', async () => {
      const knex = await databases.init(databaseId);
      backend = await scenario.start(knex);
      await backend.sync();
      const before = await snapshot(knex);
      const weeks = await knex('ai_approval_entity_weeks').orderBy([
        'entity_ref',
        'week_start',
      ]);

      scenario.simulator.resetRequests();
      await backend.sync();
      expect(await snapshot(knex)).toEqual(before);
      expect(
        await knex('ai_approval_entity_weeks').orderBy([
          'entity_ref',
          'week_start',
        ]),
      ).toEqual(weeks);
      expect(Object.fromEntries(pullRequestPages(scenario))).toEqual({});
      expect(repositoryStateRequests(scenario)).toBe(1);
      expect(
        scenario.simulator.requests.some(r =>
          r.query?.includes('PullRequestFollowUps'),
        ),
      ).toBe(false);

      // a pull request is touched, one merged, a commit pushed straight to main
      const { dataset } = scenario.simulator;
      const recent = (hours: number) =>
        new Date(Date.now() - hours * 3600_000).toISOString();
      const touched = dataset.pullRequests({
        owner: 'acme',
        name: 'service-0',
      })[3];
      dataset.touchPullRequest(
        { owner: 'acme', name: 'service-0' },
        touched.number,
        recent(3),
      );
      const merged = dataset.mergeNewPullRequest(
        { owner: 'acme', name: 'service-3' },
        recent(2),
      );
      const pushed = dataset.pushDirectly(
        { owner: 'acme', name: 'service-4' },
        recent(1),
      );
      scenario.simulator.resetRequests();
      await backend.sync();
      const after = await snapshot(knex);
      const added = after.filter(r => !before.some(b => b.id === r.id));
      expect(added.map(r => r.change_key).sort()).toEqual(
        [`commit:${pushed.oid}`, `pr:${merged.number}`].sort(),
      );
      const updated = before.filter(
        b =>
          JSON.stringify(after.find(a => a.id === b.id)) !== JSON.stringify(b),
      );
      expect(updated.map(r => r.change_key)).toEqual(
        updated.length ? [`pr:${touched.number}`] : [],
      );
      // the others are unchanged and not read
      expect(Object.fromEntries(pullRequestPages(scenario))).toEqual({
        'service-0': 1,
        'service-3': 1,
        'service-4': 1,
      });
      expect(repositoryStateRequests(scenario)).toBe(1);

      // and the next sync, with nothing new, leaves every row alone
      await backend.sync();
      expect(await snapshot(knex)).toEqual(after);
    });

    it('ends with the same rows when a sync is cancelled halfway and run again', async () => {
      const knex = await databases.init(databaseId);
      // one repository at a time, so the cancel lands between two of them
      backend = await scenario.start(knex, { github: { concurrency: 1 } });
      const { simulator } = scenario;
      // cancel once service-1's pull requests are stored, before its cursor moves
      const stop = simulator.onRequest(r => {
        if (
          r.query?.includes('query DirectPushes') &&
          r.variables?.name === 'service-1'
        ) {
          backend!.scheduler.cancelTask('ai-approval-sync');
        }
      });
      await expect(backend.sync()).rejects.toThrow(/cancelled/);
      stop();
      const partial = await knex('ai_approval_changes as c')
        .join('ai_approval_repositories as r', 'r.id', 'c.repository_id')
        .groupBy('r.slug')
        .select('r.slug', knex.raw('count(*) as n'));
      const stored = Object.fromEntries(
        partial.map(p => [p.slug, Number(p.n)]),
      );
      expect(stored['acme/service-1']).toBeGreaterThan(0);
      expect(stored['acme/service-2']).toBeUndefined();
      const ledger = await summary(backend, 'ledger');
      expect(
        ledger.repositories.find(r => r.slug === 'acme/service-1')?.lastError,
      ).toMatch(/cancelled/);

      await backend.sync();
      const expected = scenario.expected();
      const rows = await knex('ai_approval_changes').select(
        'repository_id',
        'change_key',
      );
      const keys = new Set(rows.map(r => `${r.repository_id} ${r.change_key}`));
      expect(keys.size).toBe(rows.length);
      expect(rows.length).toBe([...expected.values()].flat().length);
      await expectSummariesAsOracle(backend, expected);
      await expectChangesAsOracle(backend, expected);
      const repaired = await summary(backend, 'ledger');
      expect(
        repaired.repositories.every(r => !r.lastError && r.lastSuccessAt),
      ).toBe(true);
    });

    it('judges stored changes again when the policy or the senior group changes', async () => {
      const knex = await databases.init(databaseId);
      backend = await scenario.start(knex);
      await backend.sync();
      const ids = await knex('ai_approval_changes')
        .orderBy('id')
        .select('id', 'change_key');
      await backend.stop();

      const twoSeniors: OraclePolicy = {
        ...DEFAULT_POLICY,
        requiredSeniorApprovals: 2,
      };
      backend = await scenario.start(knex, {
        policy: { requiredSeniorApprovals: 2 },
      });
      await backend.sync();
      await expectSummariesAsOracle(backend, scenario.expected(twoSeniors));
      await expectChangesAsOracle(backend, scenario.expected(twoSeniors));
      expect(
        countsOf([...scenario.expected(twoSeniors).values()].flat()).approved,
      ).toBeLessThan(
        countsOf([...scenario.expected().values()].flat()).approved,
      );
      await backend.stop();

      const principals: OraclePolicy = {
        seniors: new Set(PRINCIPAL_LOGINS),
        requiredSeniorApprovals: 1,
      };
      backend = await scenario.start(knex, {
        seniors: { groups: [GROUPS.principals] },
      });
      await backend.sync();
      await expectSummariesAsOracle(backend, scenario.expected(principals));
      await expectChangesAsOracle(backend, scenario.expected(principals));
      const load = reviewerLoadOf(
        [...scenario.expected(principals).values()].flat(),
      );
      const reviewers = await request(backend.server).get(
        `${API}/reviewers?days=${BACKFILL_DAYS}`,
      );
      expect(reviewers.body.items.map((i: any) => i.reviewer).sort()).toEqual(
        [...load.keys()].sort(),
      );

      expect(
        await knex('ai_approval_changes')
          .orderBy('id')
          .select('id', 'change_key'),
      ).toEqual(ids);
    });

    it('reports repositories it cannot read and still syncs the others', async () => {
      const knex = await databases.init(databaseId);
      backend = await scenario.start(knex);
      await backend.sync();

      const legacy = await summary(backend, 'legacy-billing');
      expect(legacy.repositories).toEqual([
        expect.objectContaining({
          host: UNKNOWN_HOST,
          slug: 'acme/legacy-billing',
          lastError: expect.stringContaining(
            `No GitHub integration configured for host ${UNKNOWN_HOST}`,
          ),
        }),
      ]);
      expect(legacy.repositories[0].lastSuccessAt).toBeUndefined();
      // never read: no history to speak of
      expect(legacy.repositories[0].historySince).toBeUndefined();
      const ghost = await summary(backend, 'ghost');
      expect(ghost.repositories[0].lastError).toMatch(
        /acme\/does-not-exist not found/,
      );

      // the first sync reads the default window: back to a Monday
      const horizon = Date.parse(since(BACKFILL_DAYS));
      const firstHistory = new Map<string, string | undefined>();
      for (const name of ['payments', 'ledger', 'storefront', 'search']) {
        const { repositories, totalChanges } = await summary(backend, name);
        expect(totalChanges).toBeGreaterThan(0);
        for (const repo of repositories) {
          expect(repo).toMatchObject({
            host: scenario.simulator.host,
            pointsSpent: expect.any(Number),
          });
          expect(repo.lastError).toBeUndefined();
          expect(repo.lastSuccessAt).toBeDefined();
          expect(repo.requestsMade).toBeGreaterThan(0);
          // the backfill horizon of this first sync
          expect(Date.parse(repo.historySince!)).toBe(horizon);
          firstHistory.set(repo.slug, repo.historySince);
        }
      }
      // later syncs read from a later horizon; where history starts stays
      await new Promise(resolve => setTimeout(resolve, 20));
      await backend.sync();
      const { repositories } = await summary(backend, 'payments');
      for (const repo of repositories) {
        expect(repo.historySince).toBe(firstHistory.get(repo.slug));
      }
    });
  });
});

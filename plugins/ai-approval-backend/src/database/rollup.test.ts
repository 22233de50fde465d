import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { windowRange } from '@ai-approval/backstage-plugin-ai-approval-common';
import { GROUPS } from '../__testUtils__/organisation';
import { mondayOf } from '../__testUtils__/oracle';
import { SeededEntity, seedStore } from '../__testUtils__/seedStore';
import { DatabaseApprovalStore } from './DatabaseApprovalStore';

jest.setTimeout(60_000);

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** Noon on the Wednesday `weeks` weeks back: never near a week's edge. */
function weeksAgo(weeks: number): string {
  const monday = Date.parse(mondayOf(Date.now())) - weeks * WEEK;
  return new Date(monday + 2 * DAY + 12 * 3600_000).toISOString();
}

interface Seeded extends Omit<SeededEntity, 'changes'> {
  /** weeks back of each change, and whether it is AI-assisted and approved */
  changes: Array<[weeks: number, ai: boolean, approved: boolean]>;
}

function seed(store: DatabaseApprovalStore, knex: Knex, entities: Seeded[]) {
  return seedStore(
    store,
    knex,
    entities.map(e => ({
      ...e,
      changes: e.changes.map(([weeks, ai, approved]) => ({
        mergedAt: weeksAgo(weeks),
        ai,
        approved,
      })),
    })),
  );
}

/** What a scorecard row should count over whole weeks since `days` ago. */
function expectedCounts(changes: Seeded['changes'], days: number) {
  const firstWeek = mondayOf(Date.now() - days * DAY);
  const inWindow = changes.filter(
    ([weeks]) => mondayOf(weeksAgo(weeks)) >= firstWeek,
  );
  const ai = inWindow.filter(([, isAi]) => isAi);
  const approved = ai.filter(([, , ok]) => ok).length;
  return {
    totalChanges: inWindow.length,
    aiChanges: ai.length,
    approved,
    unapproved: ai.length - approved,
  };
}

describe('the weekly rollups the scorecard reads', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_16', 'SQLITE_3'] });

  async function start(databaseId: any) {
    const knex = await databases.init(databaseId);
    const store = await DatabaseApprovalStore.create({
      database: mockServices.database({ knex }),
    });
    return { knex, store };
  }

  const card = (
    store: DatabaseApprovalStore,
    groupBy: 'owner' | 'system' | 'entity',
    days: number,
    owner?: string,
  ) =>
    store.getScorecard({
      groupBy,
      window: windowRange(days),
      limit: 100,
      offset: 0,
      owner,
    });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    // active now and then, with quiet weeks in between and a long quiet start
    const sparse: Seeded = {
      entity: 'component:default/sparse',
      owner: GROUPS.platformCore,
      system: 'system:default/payments',
      changes: [
        [0, true, true],
        [1, true, false],
        [4, false, false],
        [4, true, true],
        [9, true, false],
        [20, true, true],
      ],
    };
    const busy: Seeded = {
      entity: 'component:default/busy',
      owner: GROUPS.product,
      system: 'system:default/payments',
      changes: Array.from(
        { length: 30 },
        (_, i) =>
          [i % 12, i % 3 > 0, i % 2 === 0] as [number, boolean, boolean],
      ),
    };
    const quiet: Seeded = {
      entity: 'component:default/quiet',
      owner: GROUPS.product,
      changes: [],
    };

    it.each([3, 7, 10, 30, 35, 64, 90, 200, 730])(
      'counts an entity with quiet weeks right over %p days',
      async days => {
        const { knex, store } = await start(databaseId);
        await seed(store, knex, [sparse, busy, quiet]);
        const { items } = await card(store, 'entity', days);
        const byRef = new Map(items.map(i => [i.ref, i]));
        expect(byRef.get(sparse.entity)).toMatchObject(
          expectedCounts(sparse.changes, days),
        );
        expect(byRef.get(busy.entity)).toMatchObject(
          expectedCounts(busy.changes, days),
        );
        expect(byRef.get(quiet.entity)).toMatchObject({
          totalChanges: 0,
          aiChanges: 0,
          compliance: null,
        });

        const payments = (await card(store, 'system', days)).items[0];
        expect(payments).toMatchObject({
          ref: 'system:default/payments',
          entityCount: 2,
          totalChanges: expectedCounts(
            [...sparse.changes, ...busy.changes],
            days,
          ).totalChanges,
        });
        const narrowed = await card(store, 'system', days, GROUPS.platform);
        expect(narrowed.items).toEqual([
          expect.objectContaining({
            entityCount: 1,
            ...expectedCounts(sparse.changes, days),
          }),
        ]);
      },
    );

    it('names services by their title, filters on it, and gives the first day counted', async () => {
      const { knex, store } = await start(databaseId);
      await seed(store, knex, [{ ...sparse, title: 'Sparse Ledger' }, busy]);
      const scorecard = await store.getScorecard({
        groupBy: 'entity',
        window: windowRange(30),
        filter: 'sparse ledg',
        limit: 10,
        offset: 0,
      });
      expect(scorecard.since).toBe(mondayOf(Date.now() - 30 * DAY));
      expect(new Date(`${scorecard.since}T00:00:00Z`).getUTCDay()).toBe(1);
      expect(scorecard.items).toEqual([
        expect.objectContaining({ ref: sparse.entity, title: 'Sparse Ledger' }),
      ]);
      const untitled = await card(store, 'entity', 30);
      expect(
        untitled.items.find(i => i.ref === busy.entity),
      ).not.toHaveProperty('title');
    });

    it('keeps owner rows right when an entity moves to another team or leaves', async () => {
      const { knex, store } = await start(databaseId);
      await seed(store, knex, [sparse, busy, quiet]);
      const owners = async () =>
        Object.fromEntries(
          (await card(store, 'owner', 365)).items.map(i => [
            i.ref,
            [i.entityCount, i.totalChanges],
          ]),
        );
      expect(await owners()).toEqual({
        [GROUPS.engineering]: [3, 36],
        [GROUPS.platform]: [1, 6],
        [GROUPS.platformCore]: [1, 6],
        [GROUPS.product]: [2, 30],
      });

      await store.saveEntity({ ref: busy.entity, ownerRef: GROUPS.platform }, [
        (
          await store.ensureRepository({
            source: 'github',
            host: 'github.com',
            slug: 'acme/r1',
          })
        ).id,
      ]);
      await store.removeEntitiesExcept([sparse.entity, busy.entity]);
      await store.rebuildEntityWeeks([sparse.entity, busy.entity]);
      expect(await owners()).toEqual({
        [GROUPS.engineering]: [2, 36],
        [GROUPS.platform]: [2, 36],
        [GROUPS.platformCore]: [1, 6],
      });
      expect(
        await knex('ai_approval_entity_weeks').where(
          'entity_ref',
          quiet.entity,
        ),
      ).toEqual([]);
    });

    it('takes an entity out of its old team when only that entity is rebuilt', async () => {
      const { knex, store } = await start(databaseId);
      await seed(store, knex, [sparse, busy, quiet]);
      const repo = await store.ensureRepository({
        source: 'github',
        host: 'github.com',
        slug: 'acme/r1',
      });
      // the refresh button: what busy rolled up into before its owner changed
      const before = await store.scopeRefsOf([busy.entity]);
      await store.saveEntity(
        { ref: busy.entity, ownerRef: GROUPS.platformCore },
        [repo.id],
      );
      await store.rebuildEntityWeeks([busy.entity], before);
      const owners = Object.fromEntries(
        (await card(store, 'owner', 365)).items.map(i => [
          i.ref,
          [i.entityCount, i.totalChanges],
        ]),
      );
      expect(owners).toEqual({
        [GROUPS.engineering]: [3, 36],
        [GROUPS.platform]: [2, 36],
        [GROUPS.platformCore]: [2, 36],
        [GROUPS.product]: [1, 0],
      });
      const systems = (await card(store, 'system', 365)).items;
      expect(systems).toEqual([
        expect.objectContaining({
          ref: 'system:default/payments',
          entityCount: 1,
          totalChanges: 6,
        }),
      ]);
    });
  });
});

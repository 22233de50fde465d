import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  ComplianceCounts,
  weeksBetween,
  windowRange,
  windowStartTime,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { GROUPS } from '../__testUtils__/organisation';
import { SeededEntity, seedStore } from '../__testUtils__/seedStore';
import { DatabaseApprovalStore } from './DatabaseApprovalStore';

jest.setTimeout(60_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// a Wednesday: 90 days back is Thursday 10 Sep, in the week of Monday 7 Sep
const NOW = Date.parse('2026-12-09T12:00:00Z');
const WINDOW = windowRange(90, NOW);
const START = Date.parse(windowStartTime(WINDOW));
const at = (time: number) => new Date(time).toISOString();

const payments: SeededEntity = {
  entity: 'component:default/payments',
  owner: GROUPS.platformCore,
  system: 'system:default/payments',
  changes: [
    // just outside: the last moment before the window's Monday
    {
      mergedAt: at(START - 1),
      ai: true,
      approved: true,
      seniorReviewer: 'carol',
    },
    // just inside: the window's first moment
    { mergedAt: at(START), ai: true, approved: false, seniorReviewer: 'carol' },
    { mergedAt: at(START + 1), ai: false, approved: false },
    // more than 90 days back, yet in the window's first week
    {
      mergedAt: '2026-09-08T09:00:00.000Z',
      ai: true,
      approved: false,
      seniorReviewer: 'carol',
    },
    {
      mergedAt: at(NOW - 30 * DAY),
      ai: true,
      approved: true,
      seniorReviewer: 'carol',
    },
    {
      mergedAt: at(NOW - HOUR),
      ai: true,
      approved: true,
      seniorReviewer: 'carol',
    },
  ],
};

// a service of another team, so that rows are told apart
const ledger: SeededEntity = {
  entity: 'component:default/ledger',
  owner: GROUPS.product,
  changes: [{ mergedAt: at(NOW - 2 * DAY), ai: true, approved: false }],
};

const counts = (c: ComplianceCounts) => ({
  totalChanges: c.totalChanges,
  aiChanges: c.aiChanges,
  approved: c.approved,
  exempt: c.exempt,
  unapproved: c.unapproved,
  compliance: c.compliance,
  aiShare: c.aiShare,
});

describe('one window for every read', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_16', 'SQLITE_3'] });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let store: DatabaseApprovalStore;

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      store = await DatabaseApprovalStore.create({
        database: mockServices.database({ knex }),
      });
      await seedStore(store, knex, [payments, ledger]);
    });

    const row = async (groupBy: 'owner' | 'system' | 'entity', ref: string) => {
      const card = await store.getScorecard({
        groupBy,
        window: WINDOW,
        limit: 100,
        offset: 0,
      });
      expect(card).toMatchObject(WINDOW);
      return card.items.find(i => i.ref === ref)!;
    };

    it('counts the same changes on the summary and every scorecard row', async () => {
      const summary = (await store.getEntitySummary(payments.entity, WINDOW))!;
      expect(summary).toMatchObject(WINDOW);
      expect(counts(summary)).toEqual({
        totalChanges: 5,
        aiChanges: 4,
        approved: 2,
        exempt: 0,
        unapproved: 2,
        compliance: 0.5,
        aiShare: 0.8,
      });
      const entityRow = await row('entity', payments.entity);
      expect(counts(entityRow)).toEqual(counts(summary));
      // the system and the team hold this one service
      expect(counts(await row('system', payments.system!))).toEqual(
        counts(summary),
      );
      expect(counts(await row('owner', GROUPS.platformCore))).toEqual(
        counts(summary),
      );

      // the summary's weeks are the scorecard's trend, from the same Monday
      expect(summary.weekly[0].weekStart).toBe(WINDOW.since);
      const weeks = weeksBetween(WINDOW.since, WINDOW.until);
      expect(entityRow.trend).toEqual(
        weeks.map(week => {
          const w = summary.weekly.find(p => p.weekStart === week);
          return w?.aiChanges ? w.compliantChanges / w.aiChanges : null;
        }),
      );
    });

    it('lists the changes of the window and counts the reviews in it', async () => {
      const list = await store.listChanges(payments.entity, {
        window: WINDOW,
        includeNonAi: true,
        limit: 100,
      });
      expect(list).toMatchObject({ ...WINDOW, totalCount: 5 });
      const merged = list.items.map(i => Date.parse(i.mergedAt));
      expect(Math.min(...merged)).toBe(START);

      const load = await store.getReviewerLoad(WINDOW);
      expect(load).toMatchObject({ ...WINDOW, totalSeniorApprovals: 2 });
      expect(load.items).toEqual([
        expect.objectContaining({
          reviewer: 'carol',
          aiReviews: 4,
          seniorApprovals: 2,
        }),
      ]);
    });

    it('moves every read to the next Monday at once', async () => {
      // a week later the changes of 7 Sep to 13 Sep are outside
      const later = windowRange(90, NOW + 7 * DAY);
      expect(later.since).toBe('2026-09-14');
      const summary = (await store.getEntitySummary(payments.entity, later))!;
      const card = await store.getScorecard({
        groupBy: 'entity',
        window: later,
        limit: 100,
        offset: 0,
      });
      const list = await store.listChanges(payments.entity, {
        window: later,
        includeNonAi: true,
      });
      expect(counts(summary)).toMatchObject({ totalChanges: 2, aiChanges: 2 });
      expect(counts(card.items.find(i => i.ref === payments.entity)!)).toEqual(
        counts(summary),
      );
      expect(list.totalCount).toBe(2);
      expect((await store.getReviewerLoad(later)).totalSeniorApprovals).toBe(2);
    });
  });
});

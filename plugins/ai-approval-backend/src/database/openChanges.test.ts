import { TestDatabases } from '@backstage/backend-test-utils';
import {
  createSeniorSet,
  DEFAULT_APPROVAL_POLICY,
  judgeApproval,
  judgeOpenChange,
  OpenChange,
  windowRange,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { DatabaseApprovalStore } from './DatabaseApprovalStore';

jest.setTimeout(60_000);

const seniors = createSeniorSet(['grace']);

function open(number: number, readyAt?: string): OpenChange {
  const sha = `${number}`.padStart(40, 'a');
  return {
    kind: 'pull_request',
    number,
    title: `Change ${number}`,
    url: `https://github.com/acme/api/pull/${number}`,
    author: { login: 'ada' },
    headSha: sha,
    commits: [
      {
        sha,
        message: 'Add retry\n\nCo-Authored-By: Claude <noreply@anthropic.com>',
        author: { login: 'ada' },
      },
    ],
    reviews: [],
    isDraft: !readyAt,
    createdAt: '2026-12-01T08:00:00Z',
    ...(readyAt ? { readyAt } : {}),
    updatedAt: '2026-12-02T08:00:00Z',
    requested: [{ kind: 'user', name: 'Grace' }],
  };
}

function judged(change: OpenChange) {
  const verdict = judgeApproval({
    change,
    policy: DEFAULT_APPROVAL_POLICY,
    seniors,
  });
  return {
    change,
    detection: { aiAssisted: true, confidence: 'high' as const, evidence: [] },
    verdict,
    judgement: judgeOpenChange({ change, verdict, seniors }),
  };
}

describe('open changes in the store', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_16', 'SQLITE_3'] });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    async function setUp() {
      const knex = await databases.init(databaseId);
      const store = await DatabaseApprovalStore.create({
        database: { getClient: async () => knex },
      });
      const github = await store.ensureRepository({
        source: 'github',
        host: 'github.com',
        slug: 'acme/api',
      });
      const git = await store.ensureRepository({
        source: 'git',
        host: 'local',
        slug: 'repos/tools',
      });
      await store.saveEntity({ ref: 'component:default/api' }, [github.id]);
      await store.saveEntity({ ref: 'component:default/tools' }, [git.id]);
      await store.saveEntity({ ref: 'component:default/both' }, [
        github.id,
        git.id,
      ]);
      return { store, github };
    }

    it('says when no linked source can see open pull requests, instead of zeros', async () => {
      const { store } = await setUp();
      expect(await store.listOpenChanges('component:default/tools')).toEqual({
        supported: false,
        unsupportedRepositories: ['repos/tools'],
        totalCount: 0,
        items: [],
      });
      const summary = await store.getEntitySummary(
        'component:default/tools',
        windowRange(90),
      );
      expect(summary?.open).toEqual({
        supported: false,
        aiOpen: 0,
        waiting: 0,
      });
      const both = await store.listOpenChanges('component:default/both');
      expect(both.supported).toBe(true);
      expect(both.unsupportedRepositories).toEqual(['repos/tools']);
    });

    it('lists the longest wait first, drafts last, and drops closed ones with their waits', async () => {
      const { store, github } = await setUp();
      await store.upsertOpenChanges(github.id, [
        judged(open(3, '2026-12-03T08:00:00Z')),
        judged(open(1)),
        judged(open(2, '2026-12-01T09:00:00Z')),
      ]);
      const list = await store.listOpenChanges('component:default/api');
      expect(list.items.map(i => [i.number, i.state])).toEqual([
        [2, 'waiting_for_senior'],
        [3, 'waiting_for_senior'],
        [1, 'draft'],
      ]);
      expect(list.items[0].waitingOn).toEqual(['Grace']);
      const load = await store.getReviewerLoad(windowRange(90));
      expect(load.items).toEqual([
        expect.objectContaining({
          reviewer: 'grace',
          waiting: 2,
          oldestWaitingSince: '2026-12-01T09:00:00.000Z',
        }),
      ]);

      await store.removeOpenChanges(github.id, [2]);
      await store.keepOpenChanges(github.id, [1]);
      const after = await store.listOpenChanges('component:default/api');
      expect(after.items.map(i => i.number)).toEqual([1]);
      expect((await store.getReviewerLoad(windowRange(90))).items).toEqual([]);
      expect((await store.getReviewerLoad(windowRange(90))).totalWaiting).toBe(
        0,
      );
    });
  });
});

import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  createSeniorSet,
  Evidence,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { DatabaseApprovalStore } from './DatabaseApprovalStore';

jest.setTimeout(60_000);

/** Line attribution as the detector reports it, with the share of AI lines. */
const lineAttribution: Evidence = {
  signal: 'ai-line-attribution',
  tool: 'Claude',
  source: 'commit_note',
  commitSha: '3ea5d86f81b466703174dc9ecfcbe0223df2b7f7',
  line: 'git-ai: claude (claude-opus-4-6), 459 AI lines of 459 added (100%)',
  confidence: 'high',
  aiLineShare: 1,
};

describe('stored evidence', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_16', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'keeps the share of AI lines on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const store = await DatabaseApprovalStore.create({
        database: mockServices.database({ knex }),
      });
      const repo = await store.ensureRepository({
        source: 'git',
        host: 'example.org',
        slug: 'acme/widgets',
      });
      await store.upsertChanges(
        repo.id,
        [
          {
            change: {
              kind: 'direct_push',
              title: 'Detect AI contribution records in git-notes',
              author: { name: 'Ada', email: 'ada@example.org' },
              mergeSha: lineAttribution.commitSha,
              mergedAt: '2026-01-05T10:00:00Z',
              commits: [],
              reviews: [],
            },
            detection: {
              aiAssisted: true,
              confidence: 'high',
              evidence: [lineAttribution],
            },
          },
        ],
        createSeniorSet([]),
      );
      const [row] = await knex('ai_approval_changes').select('id');
      const stored = await store.getChange(String(row.id));
      expect(stored?.evidence).toEqual([lineAttribution]);
    },
  );
});

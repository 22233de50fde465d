import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';

jest.setTimeout(60_000);

const migrationsDir = resolvePackagePath(
  '@ai-approval/backstage-plugin-ai-approval-backend',
  'migrations',
);

const TABLES = [
  'ai_approval_repositories',
  'ai_approval_entities',
  'ai_approval_entity_repositories',
  'ai_approval_group_ancestors',
  'ai_approval_users',
  'ai_approval_group_members',
  'ai_approval_state',
  'ai_approval_changes',
  'ai_approval_entity_weeks',
  'ai_approval_entity_totals',
  'ai_approval_scope_weeks',
  'ai_approval_reviews',
  'ai_approval_exemptions',
];

async function existing(knex: Knex) {
  const found = [];
  for (const table of TABLES) {
    if (await knex.schema.hasTable(table)) {
      found.push(table);
    }
  }
  return found;
}

describe('migrations', () => {
  const databases = TestDatabases.create({
    ids: ['POSTGRES_16', 'SQLITE_3'],
  });

  it.each(databases.eachSupportedId())(
    'go up and down on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDir });
      expect(await existing(knex)).toEqual(TABLES);
      expect(
        await knex.schema.hasColumn(
          'ai_approval_repositories',
          'history_since',
        ),
      ).toBe(true);

      // one row per change of a repository; rows survive until rolled back
      const [{ id: repositoryId }] = await knex('ai_approval_repositories')
        .insert({ source: 'github', host: 'github.com', slug: 'acme/a' })
        .returning('id');
      const [{ id: changeId }] = await knex('ai_approval_changes')
        .insert({
          repository_id: repositoryId,
          change_key: 'pr:1',
          kind: 'pull_request',
          merged_at: new Date().toISOString(),
          week_start: '2026-01-05',
          ai_assisted: true,
          confidence: 'high',
          evidence: '[]',
          payload: '{}',
          updated_at: new Date().toISOString(),
        })
        .returning('id');
      const duplicate = await knex('ai_approval_changes')
        .insert({
          repository_id: repositoryId,
          change_key: 'pr:1',
          kind: 'pull_request',
          merged_at: new Date().toISOString(),
          week_start: '2026-01-05',
          ai_assisted: false,
          confidence: 'none',
          evidence: '[]',
          payload: '{}',
          updated_at: new Date().toISOString(),
        })
        .then(
          () => undefined,
          (error: Error) => error,
        );
      // not toThrow: a native driver's error may come from another realm
      expect(duplicate?.message).toMatch(/unique/i);
      await knex('ai_approval_exemptions').insert({
        change_id: changeId,
        created_by: 'user:default/a',
        reason: 'r',
        created_at: new Date().toISOString(),
      });

      await knex.migrate.rollback({ directory: migrationsDir }, true);
      expect(await existing(knex)).toEqual([]);

      await knex.migrate.latest({ directory: migrationsDir });
      expect(await existing(knex)).toEqual(TABLES);
      expect(await knex('ai_approval_changes')).toEqual([]);
      await knex.destroy();
    },
  );
});

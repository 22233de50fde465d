import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';

jest.setTimeout(60_000);

const migrationsDir = resolvePackagePath(
  '@internal/plugin-ai-approval-backend',
  'migrations',
);

describe('migrations', () => {
  const databases = TestDatabases.create({
    ids: ['POSTGRES_16', 'SQLITE_3'],
  });

  it.each(databases.eachSupportedId())(
    'go up and down on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDir });
      expect(await knex.schema.hasTable('ai_approval_changes')).toBe(true);
      expect(await knex.schema.hasTable('ai_approval_exemptions')).toBe(true);

      await knex.migrate.rollback({ directory: migrationsDir }, true);
      expect(await knex.schema.hasTable('ai_approval_changes')).toBe(false);
      expect(await knex.schema.hasTable('ai_approval_repositories')).toBe(
        false,
      );

      await knex.migrate.latest({ directory: migrationsDir });
      expect(await knex.schema.hasTable('ai_approval_changes')).toBe(true);
      await knex.destroy();
    },
  );
});

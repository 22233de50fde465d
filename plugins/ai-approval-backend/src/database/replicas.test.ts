import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { OrgDirectory } from '../catalog/OrgDirectory';
import { catalogEntities } from '../__testUtils__/organisation';
import { DatabaseApprovalStore } from './DatabaseApprovalStore';

jest.setTimeout(60_000);

/** Two stores on one database, as two replicas of the backend have. */
async function twoReplicas(knex: Knex) {
  const database = mockServices.database({ knex });
  const a = await DatabaseApprovalStore.create({ database });
  const b = await DatabaseApprovalStore.create({ database });
  const repo = await a.ensureRepository({
    source: 'github',
    host: 'github.com',
    slug: 'acme/widgets',
  });
  return { a, b, id: repo.id };
}

describe('two replicas on one database', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_16', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'let one sync a repository at a time, until its claim runs out, on %p',
    async databaseId => {
      const { a, b, id } = await twoReplicas(await databases.init(databaseId));
      const later = new Date(Date.now() + 60_000);
      const claims = await Promise.all(
        ['one', 'two', 'three'].map((owner, i) =>
          (i % 2 ? b : a).claimRepository(id, owner, later),
        ),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      const owner = ['one', 'two', 'three'][claims.indexOf(true)];
      // the holder renews; the others wait until it lets go
      expect(await a.claimRepository(id, owner, later)).toBe(true);
      expect(await b.claimRepository(id, 'four', later)).toBe(false);
      await b.releaseRepository(id, 'four');
      expect(await b.claimRepository(id, 'four', later)).toBe(false);
      await a.releaseRepository(id, owner);
      expect(
        await b.claimRepository(id, 'four', new Date(Date.now() - 1)),
      ).toBe(true);
      // a claim whose time passed (its process died) is taken over
      expect(await a.claimRepository(id, 'five', later)).toBe(true);
    },
  );

  it.each(databases.eachSupportedId())(
    'save the organisation at the same time without a duplicate key on %p',
    async databaseId => {
      const { a, b } = await twoReplicas(await databases.init(databaseId));
      const entities = catalogEntities([], 'unused');
      const org = new OrgDirectory(
        entities.filter(e => e.kind === 'Group'),
        entities.filter(e => e.kind === 'User'),
      );
      await a.saveOrg(org);
      await expect(
        Promise.all([a, b, a, b].map(store => store.saveOrg(org))),
      ).resolves.toBeDefined();
      await expect(
        Promise.all(
          [a, b, a, b].map(store =>
            store.rebuildEntityWeeks(['component:default/x']),
          ),
        ),
      ).resolves.toBeDefined();
    },
  );
});

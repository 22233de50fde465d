import { Knex } from 'knex';
import { OrgDirectory } from '../catalog/OrgDirectory';
import { lockForRewrite } from './rows';

async function replaceRows(
  tx: Knex.Transaction,
  table: string,
  rows: object[],
) {
  await tx(table).delete();
  for (let i = 0; i < rows.length; i += 500) {
    await tx(table).insert(rows.slice(i, i + 500));
  }
}

/** Stores the group tree, memberships and user identities of the catalog. */
export async function saveOrg(db: Knex, org: OrgDirectory): Promise<void> {
  const identities = new Map(org.userIdentities().map(u => [u.identity, u]));
  await db.transaction(async tx => {
    await lockForRewrite(tx, [
      'ai_approval_group_ancestors',
      'ai_approval_group_members',
      'ai_approval_users',
    ]);
    await replaceRows(
      tx,
      'ai_approval_group_ancestors',
      org
        .groupAncestors()
        .map(r => ({ group_ref: r.groupRef, ancestor_ref: r.ancestorRef })),
    );
    await replaceRows(
      tx,
      'ai_approval_group_members',
      org
        .groupMembers()
        .map(r => ({ group_ref: r.groupRef, user_ref: r.userRef })),
    );
    await replaceRows(
      tx,
      'ai_approval_users',
      [...identities.values()].map(u => ({
        identity: u.identity.slice(0, 255),
        user_ref: u.userRef,
        display_name: u.displayName ?? null,
      })),
    );
  });
}

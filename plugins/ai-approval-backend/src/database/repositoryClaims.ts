import { Knex } from 'knex';

/**
 * Claims that one process is syncing a repository, so that replicas (the
 * scheduled sync on one, a refresh pressed on another) never read and
 * write the same repository at once. A claim is a row of
 * `ai_approval_state`: `<expiry ISO time> <owner>`, so a claim whose time
 * has passed (its process was killed) is taken over by comparing strings.
 */
const key = (repositoryId: number) => `sync-claim:${repositoryId}`;
const FREE = '0';

/** Claims the repository until `until`; false when another holds it. */
export async function claimRepository(
  db: Knex,
  repositoryId: number,
  owner: string,
  until: Date,
): Promise<boolean> {
  await db('ai_approval_state')
    .insert({ key: key(repositoryId), value: FREE })
    .onConflict('key')
    .ignore();
  const now = new Date().toISOString();
  const updated = await db('ai_approval_state')
    .where('key', key(repositoryId))
    .where(q =>
      q.where('value', '<', now).orWhere('value', 'like', `% ${owner}`),
    )
    .update({ value: `${until.toISOString()} ${owner}` });
  return updated === 1;
}

/** Gives a claim up, if it is still the owner's. */
export async function releaseRepository(
  db: Knex,
  repositoryId: number,
  owner: string,
): Promise<void> {
  await db('ai_approval_state')
    .where('key', key(repositoryId))
    .where('value', 'like', `% ${owner}`)
    .update({ value: FREE });
}

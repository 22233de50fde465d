import { Knex } from 'knex';
import { OrgDirectory } from '../catalog/OrgDirectory';
import { DatabaseApprovalStore } from '../database/DatabaseApprovalStore';
import { catalogEntities } from './organisation';
import { mondayOf } from './oracle';

/** A change as the store keeps it, reduced to what the counts read. */
export interface SeededChange {
  mergedAt: string;
  ai: boolean;
  approved: boolean;
  /** a senior who reviewed it (and signed it off when approved) */
  seniorReviewer?: string;
}

/** An entity with one repository of its own and its changes. */
export interface SeededEntity {
  entity: string;
  owner: string;
  system?: string;
  title?: string;
  changes: SeededChange[];
}

/**
 * Writes the organisation, the entities and their changes straight into
 * the store, then builds the weekly rollups as a sync would.
 */
export async function seedStore(
  store: DatabaseApprovalStore,
  knex: Knex,
  entities: SeededEntity[],
) {
  const org = catalogEntities([], 'unused');
  await store.saveOrg(
    new OrgDirectory(
      org.filter(e => e.kind === 'Group'),
      org.filter(e => e.kind === 'User'),
    ),
  );
  for (const [i, e] of entities.entries()) {
    const repo = await store.ensureRepository({
      source: 'github',
      host: 'github.com',
      slug: `acme/r${i}`,
    });
    await store.saveEntity(
      { ref: e.entity, title: e.title, ownerRef: e.owner, systemRef: e.system },
      [repo.id],
    );
    for (const [n, change] of e.changes.entries()) {
      await insertChange(knex, repo.id, n, change);
    }
  }
  await store.rebuildEntityWeeks(entities.map(e => e.entity));
}

async function insertChange(
  knex: Knex,
  repositoryId: number,
  n: number,
  { mergedAt, ai, approved, seniorReviewer }: SeededChange,
) {
  const key = { repository_id: repositoryId, change_key: `pr:${n}` };
  const verdict = approved ? 'approved' : 'no_review';
  await knex('ai_approval_changes').insert({
    ...key,
    kind: 'pull_request',
    number: n,
    merged_at: mergedAt,
    week_start: mondayOf(mergedAt),
    ai_assisted: ai,
    confidence: ai ? 'high' : 'none',
    evidence: '[]',
    verdict: ai ? verdict : null,
    compliant: ai ? approved : null,
    payload: '{}',
    updated_at: mergedAt,
  });
  if (ai && seniorReviewer) {
    const { id } = await knex('ai_approval_changes').where(key).first('id');
    await knex('ai_approval_reviews').insert({
      change_id: id,
      reviewer: seniorReviewer,
      state: approved ? 'APPROVED' : 'COMMENTED',
      senior: true,
      counted: approved,
      merged_at: mergedAt,
    });
  }
}

import { Knex } from 'knex';
import { RepositoryTarget } from '../catalog/resolveRepositories';

/** A stored repository with what the next sync needs. */
export interface StoredRepository {
  id: number;
  source: 'github' | 'git';
  host: string;
  slug: string;
  cursor?: string;
  /** why the last sync failed; undefined after a success */
  lastError?: string;
}

/** The outcome of one repository's sync. */
export interface SyncOutcome {
  cursor?: string;
  error?: string;
  /**
   * The oldest merge time the sync read from (its backfill horizon). The
   * first successful sync's is kept: changes before it were never read.
   */
  historySince?: string;
  rateLimitedUntil?: string;
  points: number;
  requests: number;
}

/** Registers a repository (or finds it) and returns it. */
export async function ensureRepository(
  db: Knex,
  target: RepositoryTarget,
): Promise<StoredRepository> {
  const key = { source: target.source, host: target.host, slug: target.slug };
  await db('ai_approval_repositories')
    .insert({ ...key, url: target.url ?? null })
    .onConflict(['source', 'host', 'slug'])
    .ignore();
  const row = await db('ai_approval_repositories').where(key).first();
  return {
    id: Number(row.id),
    source: row.source,
    host: row.host,
    slug: row.slug,
    cursor: row.cursor ?? undefined,
    lastError: row.last_error ?? undefined,
  };
}

/** Records a sync; an error keeps the previous cursor and last success. */
export async function recordSync(
  db: Knex,
  repositoryId: number,
  outcome: SyncOutcome,
): Promise<void> {
  const now = new Date().toISOString();
  const update: Record<string, unknown> = {
    last_sync_at: now,
    points_spent: db.raw('points_spent + ?', [outcome.points]),
    requests_made: db.raw('requests_made + ?', [outcome.requests]),
    rate_limited_until: outcome.rateLimitedUntil ?? null,
  };
  if (outcome.error) {
    Object.assign(update, { last_error: outcome.error, last_error_at: now });
  } else {
    Object.assign(update, {
      last_success_at: now,
      last_error: null,
      last_error_at: null,
    });
    if (outcome.historySince) {
      update.history_since = db.raw('coalesce(history_since, ?)', [
        outcome.historySince,
      ]);
    }
  }
  if (outcome.cursor) {
    update.cursor = outcome.cursor;
  }
  await db('ai_approval_repositories').where('id', repositoryId).update(update);
}

/** What the plugin keeps of a catalog entity. */
export interface EntityRecord {
  ref: string;
  title?: string;
  ownerRef?: string;
  systemRef?: string;
}

/** Replaces an entity's row and its repository links. */
export async function saveEntity(
  db: Knex,
  entity: EntityRecord,
  repositoryIds: number[],
): Promise<void> {
  await db.transaction(async tx => {
    await tx('ai_approval_entities')
      .insert({
        entity_ref: entity.ref,
        title: entity.title ?? null,
        owner_ref: entity.ownerRef ?? null,
        system_ref: entity.systemRef ?? null,
        updated_at: new Date().toISOString(),
      })
      .onConflict('entity_ref')
      .merge();
    await tx('ai_approval_entity_repositories')
      .where('entity_ref', entity.ref)
      .delete();
    if (repositoryIds.length) {
      await tx('ai_approval_entity_repositories').insert(
        [...new Set(repositoryIds)].map(id => ({
          entity_ref: entity.ref,
          repository_id: id,
        })),
      );
    }
  });
}

/** Forgets entities that left the catalog or lost their annotations. */
export async function removeEntitiesExcept(
  db: Knex,
  refs: string[],
): Promise<void> {
  const stale = await db('ai_approval_entities').select('entity_ref');
  const keep = new Set(refs);
  const gone = stale.map(r => r.entity_ref).filter(ref => !keep.has(ref));
  for (let i = 0; i < gone.length; i += 500) {
    const chunk = gone.slice(i, i + 500);
    await db('ai_approval_entity_repositories')
      .whereIn('entity_ref', chunk)
      .delete();
    await db('ai_approval_entity_weeks').whereIn('entity_ref', chunk).delete();
    await db('ai_approval_entity_totals').whereIn('entity_ref', chunk).delete();
    await db('ai_approval_entities').whereIn('entity_ref', chunk).delete();
  }
}

/** A repository that entities link, and those entities. */
export interface LinkedRepository {
  repository: StoredRepository;
  entityRefs: string[];
}

/**
 * The GitHub repository `host`/`slug` (compared case-insensitively, as
 * GitHub does) if an entity links it; one indexed lookup, so events for
 * repositories nobody links cost next to nothing.
 */
export async function findLinkedRepository(
  db: Knex,
  host: string,
  slug: string,
): Promise<LinkedRepository | undefined> {
  const rows = await db('ai_approval_repositories as r')
    .join('ai_approval_entity_repositories as er', 'er.repository_id', 'r.id')
    .where({ 'r.source': 'github' })
    .whereRaw('lower(r.host) = ?', [host.toLowerCase()])
    .whereRaw('lower(r.slug) = ?', [slug.toLowerCase()])
    .select(
      'r.id',
      'r.source',
      'r.host',
      'r.slug',
      'r.cursor',
      'er.entity_ref',
    );
  if (!rows.length) {
    return undefined;
  }
  const [row] = rows;
  return {
    repository: {
      id: Number(row.id),
      source: row.source,
      host: row.host,
      slug: row.slug,
      cursor: row.cursor ?? undefined,
    },
    entityRefs: [...new Set(rows.map(r => String(r.entity_ref)))].sort(),
  };
}

/** Records when a webhook event for a repository arrived. */
export async function recordEvent(
  db: Knex,
  repositoryId: number,
  at: string,
): Promise<void> {
  await db('ai_approval_repositories')
    .where('id', repositoryId)
    .update({ last_event_at: at });
}

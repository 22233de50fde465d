import {
  OpenChange,
  OpenChangeCounts,
  OpenChangeListResponse,
  WAITING_STATES,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { Knex } from 'knex';
import {
  fromOpenChangeRow,
  JudgedOpenChange,
  toOpenChangeRow,
  toWaitRows,
} from './openChangeRows';
import { toIso } from './rows';

/** Sources that can see open pull requests; plain git cannot. */
export const OPEN_CHANGE_SOURCES = ['github'];

/** Stores judged open pull requests, replacing what was stored for them. */
export async function upsertOpenChanges(
  db: Knex,
  repositoryId: number,
  judged: JudgedOpenChange[],
): Promise<void> {
  if (!judged.length) {
    return;
  }
  await db.transaction(async tx => {
    for (const item of judged) {
      const row = toOpenChangeRow(repositoryId, item);
      const [stored] = await tx('ai_approval_open_changes')
        .insert(row)
        .onConflict(['repository_id', 'number'])
        .merge()
        .returning('id');
      const id = Number(typeof stored === 'object' ? stored.id : stored);
      await tx('ai_approval_open_waits').where('open_change_id', id).delete();
      const waits = toWaitRows(id, item);
      if (waits.length) {
        await tx('ai_approval_open_waits').insert(waits);
      }
    }
  });
}

async function deleteOpen(db: Knex, where: (q: Knex.QueryBuilder) => void) {
  await db.transaction(async tx => {
    const ids = tx('ai_approval_open_changes').select('id');
    where(ids);
    await tx('ai_approval_open_waits').whereIn('open_change_id', ids).delete();
    const rows = tx('ai_approval_open_changes');
    where(rows);
    await rows.delete();
  });
}

/** Drops pull requests that were closed or merged. */
export async function removeOpenChanges(
  db: Knex,
  repositoryId: number,
  numbers: number[],
): Promise<void> {
  for (let i = 0; i < numbers.length; i += 500) {
    const chunk = numbers.slice(i, i + 500);
    await deleteOpen(db, q =>
      q.where('repository_id', repositoryId).whereIn('number', chunk),
    );
  }
}

/** After a full read: drops every stored open pull request not in `numbers`. */
export async function keepOpenChanges(
  db: Knex,
  repositoryId: number,
  numbers: number[],
): Promise<void> {
  const stored: number[] = (
    await db('ai_approval_open_changes')
      .where('repository_id', repositoryId)
      .pluck('number')
  ).map(Number);
  const keep = new Set(numbers);
  await removeOpenChanges(
    db,
    repositoryId,
    stored.filter(n => !keep.has(n)),
  );
}

/** The stored open pull requests of a repository, to judge again. */
export async function storedOpenChanges(
  db: Knex,
  repositoryId: number,
): Promise<OpenChange[]> {
  const rows = await db('ai_approval_open_changes')
    .where('repository_id', repositoryId)
    .orderBy('number')
    .select('payload');
  return rows.map(r => JSON.parse(r.payload));
}

function entityRepositories(db: Knex, entityRef: string) {
  return db('ai_approval_repositories as r')
    .join('ai_approval_entity_repositories as er', 'er.repository_id', 'r.id')
    .where('er.entity_ref', entityRef)
    .select('r.id', 'r.source', 'r.slug');
}

/** The open AI-assisted pull requests of an entity: the longest wait first. */
export async function listOpenChanges(
  db: Knex,
  entityRef: string,
): Promise<OpenChangeListResponse> {
  const repositories = await entityRepositories(db, entityRef);
  const seeing = repositories.filter(r =>
    OPEN_CHANGE_SOURCES.includes(r.source),
  );
  const slugs = new Map(seeing.map(r => [Number(r.id), r.slug as string]));
  const rows = seeing.length
    ? await db('ai_approval_open_changes')
        .whereIn('repository_id', [...slugs.keys()])
        .where('ai_assisted', true)
        // drafts (no ready time) after the others, oldest creation first
        .orderByRaw('case when ready_at is null then 1 else 0 end')
        .orderBy([
          { column: 'ready_at', order: 'asc' },
          { column: 'created_at', order: 'asc' },
          { column: 'id', order: 'asc' },
        ])
    : [];
  return {
    supported: seeing.length > 0,
    unsupportedRepositories: repositories
      .filter(r => !OPEN_CHANGE_SOURCES.includes(r.source))
      .map(r => r.slug),
    totalCount: rows.length,
    items: rows.map(row =>
      fromOpenChangeRow(row, slugs.get(Number(row.repository_id))!),
    ),
  };
}

/** An entity's open AI-assisted pull requests, counted, for its summary. */
export async function openCounts(
  db: Knex,
  entityRef: string,
): Promise<OpenChangeCounts> {
  const repositories = await entityRepositories(db, entityRef);
  const ids = repositories
    .filter(r => OPEN_CHANGE_SOURCES.includes(r.source))
    .map(r => Number(r.id));
  if (!ids.length) {
    return { supported: false, aiOpen: 0, waiting: 0 };
  }
  const [row] = await db('ai_approval_open_changes')
    .whereIn('repository_id', ids)
    .where('ai_assisted', true)
    .select(
      db.raw('count(*) as ai_open'),
      db.raw(
        `sum(case when state in (${WAITING_STATES.map(() => '?').join(
          ', ',
        )}) then 1 else 0 end) as waiting`,
        [...WAITING_STATES],
      ),
      db.raw(
        `min(case when state in (${WAITING_STATES.map(() => '?').join(
          ', ',
        )}) then ready_at end) as oldest`,
        [...WAITING_STATES],
      ),
    );
  const oldest = toIso(row?.oldest);
  return {
    supported: true,
    aiOpen: Number(row?.ai_open ?? 0),
    waiting: Number(row?.waiting ?? 0),
    ...(oldest ? { oldestWaitingSince: oldest } : {}),
  };
}

/**
 * Waiting open AI-assisted pull requests per entity, as a subquery the
 * scorecard joins: `entity_ref`, `waiting`.
 */
export function waitingByEntity(db: Knex) {
  return db('ai_approval_open_changes as o')
    .join(
      'ai_approval_entity_repositories as er',
      'er.repository_id',
      'o.repository_id',
    )
    .where('o.ai_assisted', true)
    .whereIn('o.state', [...WAITING_STATES])
    .groupBy('er.entity_ref')
    .select('er.entity_ref', db.raw('count(*) as waiting'));
}

/**
 * Waiting open AI-assisted pull requests per scorecard row (`ref`,
 * `waiting`): per entity, per owner group with the groups below it, or per
 * system.
 */
export function waitingByRef(db: Knex, groupBy: 'owner' | 'system' | 'entity') {
  const perEntity = waitingByEntity(db);
  if (groupBy === 'entity') {
    return db
      .from(perEntity.as('we'))
      .select({ ref: 'we.entity_ref' }, 'we.waiting');
  }
  const byScope = db
    .from(perEntity.as('we'))
    .join('ai_approval_entities as e', 'e.entity_ref', 'we.entity_ref');
  if (groupBy === 'owner') {
    return byScope
      .join('ai_approval_group_ancestors as ga', 'ga.group_ref', 'e.owner_ref')
      .groupBy('ga.ancestor_ref')
      .select({ ref: 'ga.ancestor_ref' }, db.raw('sum(we.waiting) as waiting'));
  }
  return byScope
    .whereNotNull('e.system_ref')
    .groupBy('e.system_ref')
    .select({ ref: 'e.system_ref' }, db.raw('sum(we.waiting) as waiting'));
}

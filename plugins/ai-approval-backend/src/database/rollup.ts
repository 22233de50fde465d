import { Knex } from 'knex';
import { countColumns } from './counts';
import { lockForRewrite } from './rows';

/** What the scorecard rolls entities up into. */
export type Scope = 'owner' | 'system';

/** The ref an entity rolls up into: each ancestor of its owner, or its system. */
export const SCOPE_COLUMN: Record<Scope, string> = {
  owner: 'ga.ancestor_ref',
  system: 'e.system_ref',
};

const WEEK_COUNTS = [
  'total_changes',
  'ai_changes',
  'approved',
  'exempt',
] as const;

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    result.push(items.slice(i, i + size));
  }
  return result;
}

/** Entities, joined to every group above their owner for the owner scope. */
export function entitiesIn(db: Knex, scope: Scope) {
  const entities = db('ai_approval_entities as e');
  return scope === 'owner'
    ? entities.join(
        'ai_approval_group_ancestors as ga',
        'ga.group_ref',
        'e.owner_ref',
      )
    : entities.whereNotNull('e.system_ref');
}

type WeekRow = Record<(typeof WEEK_COUNTS)[number], number> & {
  entity_ref: string;
  week_start: string;
};

const WEEK_MS = 7 * 86_400_000;

function previousWeek(week: string): string {
  return new Date(Date.parse(week) - WEEK_MS).toISOString().slice(0, 10);
}

/**
 * One entity's weeks, newest first, as stored: with a row for every week
 * from its first to its last week with a change, each also counting every
 * later week; and its totals.
 */
function entityRows(entityRef: string, weeks: WeekRow[]) {
  const byWeek = new Map(weeks.map(w => [w.week_start, w]));
  const first = weeks[weeks.length - 1].week_start;
  const since = { total: 0, ai: 0, approved: 0, exempt: 0 };
  const rows = [];
  for (
    let week = weeks[0].week_start;
    week >= first;
    week = previousWeek(week)
  ) {
    const w = byWeek.get(week);
    const counts = {
      total_changes: Number(w?.total_changes ?? 0),
      ai_changes: Number(w?.ai_changes ?? 0),
      approved: Number(w?.approved ?? 0),
      exempt: Number(w?.exempt ?? 0),
    };
    since.total += counts.total_changes;
    since.ai += counts.ai_changes;
    since.approved += counts.approved;
    since.exempt += counts.exempt;
    rows.push({
      entity_ref: entityRef,
      week_start: week,
      ...counts,
      total_since: since.total,
      ai_since: since.ai,
      approved_since: since.approved,
      exempt_since: since.exempt,
    });
  }
  const totals = {
    entity_ref: entityRef,
    first_week: first,
    total_changes: since.total,
    ai_changes: since.ai,
    approved: since.approved,
    exempt: since.exempt,
  };
  return { rows, totals };
}

async function rebuildOwnEntityWeeks(db: Knex, entityRefs: string[]) {
  for (const refs of chunks(entityRefs, 200)) {
    await db.transaction(async tx => {
      await lockForRewrite(tx, [
        'ai_approval_entity_weeks',
        'ai_approval_entity_totals',
      ]);
      await tx('ai_approval_entity_weeks').whereIn('entity_ref', refs).delete();
      await tx('ai_approval_entity_totals')
        .whereIn('entity_ref', refs)
        .delete();
      const weeks: WeekRow[] = await tx('ai_approval_changes as c')
        .join(
          'ai_approval_entity_repositories as er',
          'er.repository_id',
          'c.repository_id',
        )
        .whereIn('er.entity_ref', refs)
        .groupBy('er.entity_ref', 'c.week_start')
        .select('er.entity_ref', 'c.week_start', ...countColumns(tx))
        .orderBy([
          { column: 'er.entity_ref' },
          { column: 'c.week_start', order: 'desc' },
        ]);
      const byEntity = new Map<string, WeekRow[]>();
      for (const week of weeks) {
        const list = byEntity.get(week.entity_ref) ?? [];
        list.push(week);
        byEntity.set(week.entity_ref, list);
      }
      const built = [...byEntity].map(([ref, w]) => entityRows(ref, w));
      for (const part of chunks(
        built.flatMap(b => b.rows),
        500,
      )) {
        await tx('ai_approval_entity_weeks').insert(part);
      }
      for (const part of chunks(
        built.map(b => b.totals),
        500,
      )) {
        await tx('ai_approval_entity_totals').insert(part);
      }
    });
  }
}

/** The groups (each ancestor of an owner) and systems entities roll up into. */
export type ScopeRefs = Record<Scope, string[]>;

/** The groups and systems the entities roll up into now. */
export async function scopeRefsOf(
  db: Knex,
  entityRefs: string[],
): Promise<ScopeRefs> {
  const found: ScopeRefs = { owner: [], system: [] };
  for (const scope of Object.keys(found) as Scope[]) {
    const refs = new Set<string>();
    for (const part of chunks(entityRefs, 500)) {
      const rows = await entitiesIn(db, scope)
        .whereIn('e.entity_ref', part)
        .distinct({ ref: SCOPE_COLUMN[scope] });
      rows.forEach(r => refs.add(r.ref));
    }
    found[scope] = [...refs];
  }
  return found;
}

/**
 * Adds up the entity weeks of the given groups (or systems) again, and
 * forgets groups and systems no entity rolls up into any more.
 */
async function rebuildScopeWeeks(db: Knex, scope: Scope, affected: string[]) {
  const column = SCOPE_COLUMN[scope];
  for (const refs of chunks(affected, 50)) {
    await db.transaction(async tx => {
      await lockForRewrite(tx, ['ai_approval_scope_weeks']);
      await tx('ai_approval_scope_weeks')
        .where('scope', scope)
        .whereIn('ref', refs)
        .delete();
      const columns = ['scope', 'ref', 'week_start', ...WEEK_COUNTS];
      await tx
        .into(
          tx.raw(`?? (${columns.map(() => '??').join(', ')})`, [
            'ai_approval_scope_weeks',
            ...columns,
          ]),
        )
        .insert(
          entitiesIn(tx, scope)
            .join(
              'ai_approval_entity_weeks as w',
              'w.entity_ref',
              'e.entity_ref',
            )
            .whereIn(column, refs)
            .groupBy(column, 'w.week_start')
            .select(
              tx.raw('? as scope', [scope]),
              { ref: column },
              'w.week_start',
              ...WEEK_COUNTS.map(c => tx.raw('sum(??) as ??', [`w.${c}`, c])),
            ),
        );
    });
  }
  await db('ai_approval_scope_weeks')
    .where('scope', scope)
    .whereNotIn('ref', entitiesIn(db, scope).distinct(column))
    .delete();
}

/**
 * Rebuilds the weekly counts of the given entities from their changes, and
 * of the owner groups (nested groups included) and systems above them, so
 * that a scorecard adds up a few rows per row it shows instead of every
 * change, or every entity of a division. `before` is what the entities
 * rolled up into before their owner, system or the group tree changed
 * ({@link scopeRefsOf}, read first): those groups and systems lose their
 * counts.
 */
export async function rebuildEntityWeeks(
  db: Knex,
  entityRefs: string[],
  before?: ScopeRefs,
): Promise<void> {
  await rebuildOwnEntityWeeks(db, entityRefs);
  const now = await scopeRefsOf(db, entityRefs);
  for (const scope of ['owner', 'system'] as const) {
    const affected = new Set([...now[scope], ...(before?.[scope] ?? [])]);
    await rebuildScopeWeeks(db, scope, [...affected]);
  }
}

/** Entities whose rollups a change of this repository touches. */
export async function entitiesOfRepository(
  db: Knex,
  repositoryId: number,
): Promise<string[]> {
  const rows = await db('ai_approval_entity_repositories')
    .where('repository_id', repositoryId)
    .select('entity_ref');
  return rows.map(r => r.entity_ref);
}

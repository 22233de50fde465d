import {
  ScorecardQuery,
  ScorecardResponse,
} from '@internal/plugin-ai-approval-common';
import { Knex } from 'knex';
import { toCounts, windowStart } from './counts';
import { weekStart } from './changeRows';

type Query = Required<
  Pick<ScorecardQuery, 'groupBy' | 'days' | 'limit' | 'offset'>
> &
  ScorecardQuery;

const REF_COLUMN = {
  owner: 'ga.ancestor_ref',
  system: 'e.system_ref',
  entity: 'e.entity_ref',
};

const ORDER_EXPRESSIONS: Record<string, string> = {
  ref: 't.ref',
  aiChanges: 't.ai_changes',
  unapproved: '(t.ai_changes - t.approved - t.exempt)',
  compliance:
    'case when t.ai_changes = 0 then null else (t.approved + t.exempt) * 1.0 / t.ai_changes end',
  aiShare:
    'case when t.total_changes = 0 then null else t.ai_changes * 1.0 / t.total_changes end',
};

/** Entities with their weekly counts in the window, scoped by the query. */
function scoped(db: Knex, q: Query, firstWeek: string) {
  const base = db('ai_approval_entities as e')
    .leftJoin('ai_approval_entity_weeks as w', join =>
      join
        .on('w.entity_ref', 'e.entity_ref')
        .andOn('w.week_start', '>=', db.raw('?', [firstWeek])),
    )
    .whereNotNull(REF_COLUMN[q.groupBy]);
  if (q.groupBy === 'owner') {
    base.join(
      'ai_approval_group_ancestors as ga',
      'ga.group_ref',
      'e.owner_ref',
    );
  }
  if (q.owner) {
    base.whereIn(
      'e.owner_ref',
      db('ai_approval_group_ancestors')
        .where('ancestor_ref', q.owner)
        .select('group_ref'),
    );
  }
  if (q.filter) {
    base.whereRaw(`lower(${REF_COLUMN[q.groupBy]}) like ?`, [
      `%${q.filter.toLowerCase()}%`,
    ]);
  }
  return base;
}

function grouped(db: Knex, q: Query, firstWeek: string) {
  return scoped(db, q, firstWeek)
    .groupBy(REF_COLUMN[q.groupBy])
    .select(
      db.raw('?? as ref', [REF_COLUMN[q.groupBy]]),
      db.raw('count(distinct e.entity_ref) as entity_count'),
      db.raw('coalesce(sum(w.total_changes), 0) as total_changes'),
      db.raw('coalesce(sum(w.ai_changes), 0) as ai_changes'),
      db.raw('coalesce(sum(w.approved), 0) as approved'),
      db.raw('coalesce(sum(w.exempt), 0) as exempt'),
    );
}

async function trends(db: Knex, q: Query, firstWeek: string, refs: string[]) {
  if (!refs.length) {
    return new Map<string, Array<number | null>>();
  }
  const rows = await scoped(db, q, firstWeek)
    .whereIn(REF_COLUMN[q.groupBy], refs)
    .whereNotNull('w.week_start')
    .groupBy(REF_COLUMN[q.groupBy], 'w.week_start')
    .select(
      db.raw('?? as ref', [REF_COLUMN[q.groupBy]]),
      'w.week_start',
      db.raw('sum(w.ai_changes) as ai'),
      db.raw('sum(w.approved + w.exempt) as ok'),
    );
  const weeks: string[] = [];
  for (let t = Date.parse(firstWeek); t <= Date.now(); t += 7 * 86_400_000) {
    weeks.push(new Date(t).toISOString().slice(0, 10));
  }
  const byRef = new Map<string, Map<string, number | null>>();
  for (const r of rows) {
    const ai = Number(r.ai);
    const m = byRef.get(r.ref) ?? new Map();
    m.set(r.week_start, ai ? Number(r.ok) / ai : null);
    byRef.set(r.ref, m);
  }
  return new Map(
    refs.map(ref => [ref, weeks.map(w => byRef.get(ref)?.get(w) ?? null)]),
  );
}

/**
 * Compliance rolled up by owner group (nested groups included), system or
 * entity, over whole weeks of the window, from the weekly rollup.
 */
export async function getScorecard(
  db: Knex,
  q: Query,
): Promise<ScorecardResponse> {
  const firstWeek = weekStart(windowStart(q.days));
  const order = ORDER_EXPRESSIONS[q.orderBy ?? 'ref'];
  const direction =
    q.order ?? (q.orderBy && q.orderBy !== 'ref' ? 'desc' : 'asc');
  const rows: any[] = await db
    .select('t.*')
    .from(grouped(db, q, firstWeek).as('t'))
    .orderByRaw(`${order} ${direction === 'desc' ? 'desc' : 'asc'} nulls last`)
    .orderBy('t.ref')
    .limit(q.limit)
    .offset(q.offset);
  const [{ n }]: any[] = await db
    .count({ n: '*' })
    .from(grouped(db, q, firstWeek).as('t'));
  const trend = await trends(
    db,
    q,
    firstWeek,
    rows.map(r => r.ref),
  );
  return {
    groupBy: q.groupBy,
    windowDays: q.days,
    totalCount: Number(n),
    items: rows.map(r => ({
      ref: r.ref,
      entityCount: Number(r.entity_count),
      ...toCounts(r),
      trend: trend.get(r.ref),
    })),
  };
}

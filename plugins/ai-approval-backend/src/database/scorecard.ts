import {
  ScorecardResponse,
  weeksBetween,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { Knex } from 'knex';
import { ScorecardStoreQuery as Query } from './ApprovalStore';
import { toCounts } from './counts';
import { waitingByRef } from './openChanges';
import { entitiesIn, Scope, SCOPE_COLUMN } from './rollup';

const COUNTS = ['total_changes', 'ai_changes', 'approved', 'exempt'];

const ORDER_EXPRESSIONS: Record<string, string> = {
  ref: 't.ref',
  aiChanges: 't.ai_changes',
  unapproved: '(t.ai_changes - t.approved - t.exempt)',
  compliance:
    'case when t.ai_changes = 0 then null else (t.approved + t.exempt) * 1.0 / t.ai_changes end',
  aiShare:
    'case when t.total_changes = 0 then null else t.ai_changes * 1.0 / t.total_changes end',
  waiting: 'coalesce(wt.waiting, 0)',
};

/**
 * Every row a scorecard can show, with its counts over the window
 * (`ref`, `entity_count` and the counts), and the weekly counts behind
 * its trend (`ref`, `week_start` and the counts).
 */
interface Source {
  totals: Knex.QueryBuilder;
  weeks: Knex.QueryBuilder;
}

const sums = (db: Knex, from: (c: string) => string) =>
  COUNTS.map(c => db.raw('coalesce(sum(??), 0) as ??', [from(c), c]));

function subtree(db: Knex, owner: string) {
  return db('ai_approval_group_ancestors')
    .where('ancestor_ref', owner)
    .select('group_ref');
}

/** Owner groups and systems: the weeks the sync added up per group or system. */
function scopeSource(
  db: Knex,
  q: Query,
  scope: Scope,
  firstWeek: string,
): Source {
  const column = SCOPE_COLUMN[scope];
  const refs = entitiesIn(db, scope)
    .groupBy(column)
    .select({ ref: column }, db.raw('count(*) as entity_count'));
  if (q.owner) {
    refs.whereIn(column, subtree(db, q.owner));
  }
  const weeks = db('ai_approval_scope_weeks')
    .where('scope', scope)
    .select('ref', 'week_start', ...COUNTS);
  const grouped = db
    .from(refs.as('r'))
    .leftJoin(weeks.clone().as('w'), join =>
      join
        .on('w.ref', 'r.ref')
        .andOn('w.week_start', '>=', db.raw('?', [firstWeek])),
    )
    .groupBy('r.ref', 'r.entity_count')
    .select('r.ref', 'r.entity_count', ...sums(db, c => `w.${c}`));
  return { totals: grouped, weeks };
}

/**
 * Entities (or the systems of one owner's entities), each read from one
 * row: that of the window's first week, which also counts every later
 * week, or, for a window that starts before the entity's first week, its
 * totals.
 */
function entitySource(db: Knex, q: Query, firstWeek: string): Source {
  const entities = db('ai_approval_entities as e')
    .leftJoin('ai_approval_entity_totals as a', 'a.entity_ref', 'e.entity_ref')
    .leftJoin('ai_approval_entity_weeks as w', join =>
      join
        .on('w.entity_ref', 'e.entity_ref')
        .andOn('w.week_start', '=', db.raw('?', [firstWeek])),
    );
  if (q.owner) {
    entities.whereIn('e.owner_ref', subtree(db, q.owner));
  }
  const SINCE: Record<string, string> = {
    total_changes: 'total_since',
    ai_changes: 'ai_since',
    approved: 'approved_since',
    exempt: 'exempt_since',
  };
  const inWindow = (c: string) =>
    db.raw('coalesce(??, case when a.first_week > ? then ?? else 0 end)', [
      `w.${SINCE[c]}`,
      firstWeek,
      `a.${c}`,
    ]);
  if (q.groupBy === 'entity') {
    return {
      totals: entities.select(
        { ref: 'e.entity_ref' },
        'e.title',
        db.raw('1 as entity_count'),
        ...COUNTS.map(c => db.raw('? as ??', [inWindow(c), c])),
      ),
      weeks: db('ai_approval_entity_weeks').select(
        { ref: 'entity_ref' },
        'week_start',
        ...COUNTS,
      ),
    };
  }
  const weeks = db('ai_approval_entities as e')
    .join('ai_approval_entity_weeks as w', 'w.entity_ref', 'e.entity_ref')
    .whereIn('e.owner_ref', subtree(db, q.owner!))
    .whereNotNull('e.system_ref')
    .groupBy('e.system_ref', 'w.week_start')
    .select(
      { ref: 'e.system_ref' },
      'w.week_start',
      ...sums(db, c => `w.${c}`),
    );
  return {
    totals: entities
      .whereNotNull('e.system_ref')
      .groupBy('e.system_ref')
      .select(
        { ref: 'e.system_ref' },
        db.raw('count(*) as entity_count'),
        ...COUNTS.map(c => db.raw('sum(?) as ??', [inWindow(c), c])),
      ),
    weeks,
  };
}

function source(db: Knex, q: Query, firstWeek: string): Source {
  if (q.groupBy === 'owner' || (q.groupBy === 'system' && !q.owner)) {
    return scopeSource(db, q, q.groupBy, firstWeek);
  }
  return entitySource(db, q, firstWeek);
}

/**
 * Every row of the scorecard with its counts over the window, and its open
 * pull requests waiting for a senior now (`wt.waiting`).
 */
function totals(db: Knex, q: Query, firstWeek: string) {
  const query = db
    .from(source(db, q, firstWeek).totals.as('t'))
    .leftJoin(waitingByRef(db, q.groupBy).as('wt'), 'wt.ref', 't.ref');
  if (q.filter) {
    const pattern = `%${q.filter.toLowerCase()}%`;
    query.where(inner => {
      inner.whereRaw('lower(t.ref) like ?', [pattern]);
      if (q.groupBy === 'entity') {
        // only services carry their catalog title
        inner.orWhereRaw('lower(t.title) like ?', [pattern]);
      }
    });
  }
  return query;
}

async function trends(db: Knex, q: Query, refs: string[]) {
  const firstWeek = q.window.since;
  if (!refs.length) {
    return new Map<string, Array<number | null>>();
  }
  const rows = await db
    .from(source(db, q, firstWeek).weeks.as('w'))
    .whereIn('w.ref', refs)
    .where('w.week_start', '>=', firstWeek)
    .groupBy('w.ref', 'w.week_start')
    .select(
      'w.ref',
      'w.week_start',
      db.raw('sum(w.ai_changes) as ai'),
      db.raw('sum(w.approved + w.exempt) as ok'),
    );
  const weeks = weeksBetween(firstWeek, q.window.until);
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
 * entity over the window, which starts on a Monday, from the weekly
 * rollups. One query reads the page and the total; a second the page's
 * weekly trend.
 */
export async function getScorecard(
  db: Knex,
  q: Query,
): Promise<ScorecardResponse> {
  const firstWeek = q.window.since;
  const order = ORDER_EXPRESSIONS[q.orderBy ?? 'ref'];
  const direction =
    q.order ?? (q.orderBy && q.orderBy !== 'ref' ? 'desc' : 'asc');
  const rows: any[] = await totals(db, q, firstWeek)
    .select(
      't.*',
      db.raw('coalesce(wt.waiting, 0) as waiting'),
      db.raw('count(*) over () as total_count'),
    )
    .orderByRaw(`${order} ${direction === 'desc' ? 'desc' : 'asc'} nulls last`)
    .orderBy('t.ref')
    .limit(q.limit)
    .offset(q.offset);
  let totalCount = Number(rows[0]?.total_count ?? 0);
  if (!rows.length && q.offset > 0) {
    const [{ n }]: any[] = await totals(db, q, firstWeek).count({ n: '*' });
    totalCount = Number(n);
  }
  const trend = await trends(
    db,
    q,
    rows.map(r => r.ref),
  );
  return {
    groupBy: q.groupBy,
    ...q.window,
    totalCount,
    items: rows.map(r => ({
      ref: r.ref,
      ...(r.title ? { title: r.title } : {}),
      entityCount: Number(r.entity_count),
      ...toCounts(r),
      trend: trend.get(r.ref),
      waiting: Number(r.waiting),
    })),
  };
}

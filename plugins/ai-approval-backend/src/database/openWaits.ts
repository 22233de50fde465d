import {
  DEFAULT_WAIT_WARNING_WORKING_DAYS,
  WAITING_STATES,
  workingDaysBetween,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { Knex } from 'knex';
import { toIso } from './rows';

/** The lowercased identities of a group's members, nested groups included. */
export function memberIdentities(db: Knex, group: string) {
  return db('ai_approval_users as u')
    .join('ai_approval_group_members as gm', 'gm.user_ref', 'u.user_ref')
    .join('ai_approval_group_ancestors as ga', 'ga.group_ref', 'gm.group_ref')
    .where('ga.ancestor_ref', group)
    .select('u.identity');
}

/** What waits on one senior. */
export interface ReviewerWait {
  reviewer: string;
  userRef?: string;
  displayName?: string;
  waiting: number;
  oldestWaitingSince?: string;
}

/** Per senior (of the group, when given): the open AI pull requests waiting on them. */
export async function waitsByReviewer(
  db: Knex,
  group?: string,
): Promise<ReviewerWait[]> {
  const q = db('ai_approval_open_waits as w')
    .join('ai_approval_open_changes as o', 'o.id', 'w.open_change_id')
    .leftJoin('ai_approval_users as u', 'u.identity', 'w.reviewer')
    .whereIn('o.state', [...WAITING_STATES])
    .where('o.ai_assisted', true)
    .groupBy('w.reviewer', 'u.user_ref', 'u.display_name')
    .select(
      'w.reviewer',
      'u.user_ref',
      'u.display_name',
      db.raw('count(*) as waiting'),
      db.raw('min(w.waiting_since) as oldest'),
    );
  if (group) {
    q.whereIn('w.reviewer', memberIdentities(db, group));
  }
  const rows = await q;
  return rows.map(r => ({
    reviewer: r.reviewer,
    ...(r.user_ref ? { userRef: r.user_ref } : {}),
    ...(r.display_name ? { displayName: r.display_name } : {}),
    waiting: Number(r.waiting),
    ...(r.oldest ? { oldestWaitingSince: toIso(r.oldest) } : {}),
  }));
}

/**
 * Open AI pull requests waiting for a senior in a scope (the entities a
 * group owns, nested groups included; everything without a group), with
 * the oldest wait and whether it passed the warning.
 */
export async function waitingTotals(
  db: Knex,
  options: { group?: string; warningWorkingDays?: number; now?: number },
) {
  const q = db('ai_approval_open_changes as o')
    .where('o.ai_assisted', true)
    .whereIn('o.state', [...WAITING_STATES]);
  if (options.group) {
    q.whereIn(
      'o.repository_id',
      db('ai_approval_entity_repositories as er')
        .join('ai_approval_entities as e', 'e.entity_ref', 'er.entity_ref')
        .join(
          'ai_approval_group_ancestors as ga',
          'ga.group_ref',
          'e.owner_ref',
        )
        .where('ga.ancestor_ref', options.group)
        .select('er.repository_id'),
    );
  }
  const [row] = await q.select(
    db.raw('count(*) as waiting'),
    db.raw('min(o.ready_at) as oldest'),
  );
  const oldest = toIso(row?.oldest);
  const warningDays =
    options.warningWorkingDays ?? DEFAULT_WAIT_WARNING_WORKING_DAYS;
  return {
    totalWaiting: Number(row?.waiting ?? 0),
    ...(oldest ? { oldestWaitingSince: oldest } : {}),
    waitWarningWorkingDays: warningDays,
    waitWarning: oldest
      ? workingDaysBetween(oldest, options.now ?? Date.now()) > warningDays
      : false,
  };
}

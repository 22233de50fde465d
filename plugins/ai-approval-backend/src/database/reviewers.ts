import {
  ReportWindow,
  ReviewerLoadResponse,
  windowStartTime,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { Knex } from 'knex';
import { memberIdentities, waitingTotals, waitsByReviewer } from './openWaits';

function isPostgres(db: Knex): boolean {
  return String(db.client.config.client).includes('pg');
}

function median(values: number[]): number | null {
  if (!values.length) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function seniorReviews(db: Knex, window: ReportWindow, group?: string) {
  const q = db('ai_approval_reviews as r')
    .where('r.merged_at', '>=', windowStartTime(window))
    .where('r.senior', true);
  if (group) {
    q.whereIn('r.reviewer', memberIdentities(db, group));
  }
  return q;
}

/** Medians of hours to a counting approval, per reviewer. */
async function medians(db: Knex, window: ReportWindow, group?: string) {
  const counted = seniorReviews(db, window, group)
    .where('r.counted', true)
    .whereNotNull('r.hours_to_approval');
  if (isPostgres(db)) {
    const rows = await counted
      .groupBy('r.reviewer')
      .select(
        'r.reviewer',
        db.raw(
          'percentile_cont(0.5) within group (order by r.hours_to_approval) as median',
        ),
      );
    return new Map(rows.map(r => [r.reviewer, Number(r.median)]));
  }
  const rows = await counted.select('r.reviewer', 'r.hours_to_approval');
  const byReviewer = new Map<string, number[]>();
  for (const r of rows) {
    byReviewer.set(r.reviewer, [
      ...(byReviewer.get(r.reviewer) ?? []),
      Number(r.hours_to_approval),
    ]);
  }
  return new Map([...byReviewer].map(([k, v]) => [k, median(v)]));
}

/** Options of {@link reviewerLoad}. */
export interface ReviewerLoadOptions {
  /** a wait longer than this, in working days, is flagged */
  waitWarningWorkingDays?: number;
  now?: number;
}

/**
 * The load each senior reviewer carried over the window, and what waits on
 * them now: reviewers with waits but no review in the window are listed too.
 */
export async function reviewerLoad(
  db: Knex,
  window: ReportWindow,
  group?: string,
  options: ReviewerLoadOptions = {},
): Promise<ReviewerLoadResponse> {
  const rows = await seniorReviews(db, window, group)
    .leftJoin('ai_approval_users as u', 'u.identity', 'r.reviewer')
    .groupBy('r.reviewer', 'u.user_ref', 'u.display_name')
    .select(
      'r.reviewer',
      'u.user_ref',
      'u.display_name',
      db.raw('count(*) as ai_reviews'),
      db.raw('sum(case when r.counted = ? then 1 else 0 end) as approvals', [
        true,
      ]),
    );
  const [medianHours, waits, totals] = await Promise.all([
    medians(db, window, group),
    waitsByReviewer(db, group),
    waitingTotals(db, {
      group,
      warningWorkingDays: options.waitWarningWorkingDays,
      now: options.now,
    }),
  ]);
  const total = rows.reduce((sum, r) => sum + Number(r.approvals), 0);
  const waitOf = new Map(waits.map(w => [w.reviewer, w]));
  const reviewed = rows.map(r => ({
    reviewer: r.reviewer,
    userRef: r.user_ref ?? undefined,
    displayName: r.display_name ?? undefined,
    senior: true,
    aiReviews: Number(r.ai_reviews),
    seniorApprovals: Number(r.approvals),
    medianHoursToApproval: medianHours.get(r.reviewer) ?? null,
    share: total ? Number(r.approvals) / total : 0,
    waiting: waitOf.get(r.reviewer)?.waiting ?? 0,
    ...(waitOf.get(r.reviewer)?.oldestWaitingSince
      ? { oldestWaitingSince: waitOf.get(r.reviewer)!.oldestWaitingSince }
      : {}),
  }));
  const seen = new Set(reviewed.map(r => r.reviewer));
  const onlyWaiting = waits
    .filter(w => !seen.has(w.reviewer))
    .map(w => ({
      ...w,
      senior: true,
      aiReviews: 0,
      seniorApprovals: 0,
      medianHoursToApproval: null,
      share: 0,
    }));
  const items = [...reviewed, ...onlyWaiting].sort(
    (a, b) =>
      b.seniorApprovals - a.seniorApprovals ||
      b.aiReviews - a.aiReviews ||
      b.waiting - a.waiting,
  );
  return {
    ...window,
    totalSeniorApprovals: total,
    ...totals,
    items,
  };
}

import { ComplianceCounts } from '@ai-approval/backstage-plugin-ai-approval-common';
import { Knex } from 'knex';

/**
 * Aggregate columns over `ai_approval_changes as c`; a left join with no
 * change yields zeros because every CASE falls through to 0.
 */
export function countColumns(db: Knex) {
  return [
    db.raw('count(c.id) as total_changes'),
    db.raw('sum(case when c.ai_assisted = ? then 1 else 0 end) as ai_changes', [
      true,
    ]),
    db.raw(
      "sum(case when c.ai_assisted = ? and c.verdict = 'approved' then 1 else 0 end) as approved",
      [true],
    ),
    db.raw(
      "sum(case when c.ai_assisted = ? and c.verdict = 'exempt' then 1 else 0 end) as exempt",
      [true],
    ),
  ];
}

/** Turns a row of `countColumns` into the API's counts. */
export function toCounts(row: Record<string, unknown>): ComplianceCounts {
  const totalChanges = Number(row.total_changes ?? 0);
  const aiChanges = Number(row.ai_changes ?? 0);
  const approved = Number(row.approved ?? 0);
  const exempt = Number(row.exempt ?? 0);
  return {
    totalChanges,
    aiChanges,
    approved,
    exempt,
    unapproved: aiChanges - approved - exempt,
    compliance: aiChanges ? (approved + exempt) / aiChanges : null,
    aiShare: totalChanges ? aiChanges / totalChanges : null,
  };
}

import { Knex } from 'knex';
import { countColumns } from './counts';

/**
 * Rebuilds the weekly counts of the given entities from their changes, so
 * scorecards aggregate a few rows per entity instead of every change.
 */
export async function rebuildEntityWeeks(
  db: Knex,
  entityRefs: string[],
): Promise<void> {
  for (let i = 0; i < entityRefs.length; i += 200) {
    const refs = entityRefs.slice(i, i + 200);
    await db.transaction(async tx => {
      await tx('ai_approval_entity_weeks').whereIn('entity_ref', refs).delete();
      const rows = await tx('ai_approval_changes as c')
        .join(
          'ai_approval_entity_repositories as er',
          'er.repository_id',
          'c.repository_id',
        )
        .whereIn('er.entity_ref', refs)
        .groupBy('er.entity_ref', 'c.week_start')
        .select('er.entity_ref', 'c.week_start', ...countColumns(tx));
      const values = rows.map(r => ({
        entity_ref: r.entity_ref,
        week_start: r.week_start,
        total_changes: Number(r.total_changes),
        ai_changes: Number(r.ai_changes),
        approved: Number(r.approved),
        exempt: Number(r.exempt),
      }));
      for (let v = 0; v < values.length; v += 500) {
        await tx('ai_approval_entity_weeks').insert(values.slice(v, v + 500));
      }
    });
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

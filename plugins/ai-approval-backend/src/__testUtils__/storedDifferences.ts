import { Knex } from 'knex';
import { ExpectedChange } from './oracle';

/**
 * What the database holds that the oracle does not expect: changes missing,
 * extra or stored twice, wrong detections or verdicts, and reviews stored
 * twice. Read straight from the tables, so it also works on a database that
 * another process (a replica, a restarted backend) wrote. Empty when the
 * stored state equals the simulator's truth.
 */
export async function storedDifferences(
  knex: Knex,
  expected: ExpectedChange[],
): Promise<string[]> {
  const rows = await knex('ai_approval_changes as c')
    .join('ai_approval_repositories as r', 'r.id', 'c.repository_id')
    .select('r.slug', 'c.change_key', 'c.ai_assisted', 'c.verdict');
  const stored = new Map<string, string[]>();
  for (const row of rows) {
    const key = `${row.slug} ${row.change_key}`;
    const seen = `${Boolean(row.ai_assisted)}/${row.verdict}`;
    stored.set(key, [...(stored.get(key) ?? []), seen]);
  }
  const differences: string[] = [];
  for (const change of expected) {
    const key = `${change.slug} ${change.key}`;
    const want = `${change.aiAssisted}/${change.verdict}`;
    const got = stored.get(key);
    stored.delete(key);
    if (!got) {
      differences.push(`${key}: missing (expected ${want})`);
    } else if (got.length > 1) {
      differences.push(`${key}: stored ${got.length} times`);
    } else if (got[0] !== want) {
      differences.push(`${key}: expected ${want}, got ${got[0]}`);
    }
  }
  for (const [key, got] of stored) {
    differences.push(`${key}: not expected, stored as ${got.join(', ')}`);
  }
  const doubled = await knex('ai_approval_reviews')
    .groupBy('change_id', 'reviewer')
    .having(knex.raw('count(*) > 1'))
    .select('change_id', 'reviewer');
  for (const review of doubled) {
    differences.push(
      `review of change ${review.change_id} by ${review.reviewer}: stored more than once`,
    );
  }
  return differences;
}

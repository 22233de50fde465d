import { Knex } from 'knex';
import { RepositorySyncStatus } from '@ai-approval/backstage-plugin-ai-approval-common';

/** PostgreSQL returns Date objects, SQLite the stored string or number. */
export function toIso(value: unknown): string | undefined {
  if (value === null || value === undefined) {
    return undefined;
  }
  const date = value instanceof Date ? value : new Date(value as string);
  return date.toISOString();
}

export function toSyncStatus(row: any): RepositorySyncStatus {
  return {
    source: row.source,
    host: row.host,
    slug: row.slug,
    url: row.url ?? undefined,
    lastSyncAt: toIso(row.last_sync_at),
    lastSuccessAt: toIso(row.last_success_at),
    lastError: row.last_error ?? undefined,
    lastErrorAt: toIso(row.last_error_at),
    rateLimitedUntil: toIso(row.rate_limited_until),
    historySince: toIso(row.history_since),
    ...(row.last_event_at ? { lastEventAt: toIso(row.last_event_at) } : {}),
    ...(row.status_check_error
      ? { statusCheckError: row.status_check_error }
      : {}),
    pointsSpent: Number(row.points_spent),
    requestsMade: Number(row.requests_made),
  };
}

/**
 * Takes tables that a transaction deletes from and fills again. On
 * PostgreSQL two replicas doing so at once would each insert rows that the
 * other's delete did not see, and one would fail on a duplicate key; reads
 * go on meanwhile. SQLite serialises writers already.
 */
export async function lockForRewrite(tx: Knex.Transaction, tables: string[]) {
  if (String(tx.client.config.client).includes('pg')) {
    const names = tables.map(() => '??').join(', ');
    await tx.raw(`lock table ${names} in share row exclusive mode`, tables);
  }
}

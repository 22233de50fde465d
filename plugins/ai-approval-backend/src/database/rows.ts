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

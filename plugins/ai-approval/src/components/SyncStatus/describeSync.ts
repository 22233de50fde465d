import { RepositorySyncStatus } from '@ai-approval/backstage-plugin-ai-approval-common';
import { formatDateTime } from '../format';

/** What a sync state means, and whether someone has to do something. */
export interface SyncState {
  severity: 'ok' | 'pending' | 'warning' | 'error';
  text: string;
}

const HINTS: Array<[RegExp, string]> = [
  [
    /\b401\b|bad credentials|unauthori[sz]ed/i,
    'The host rejected the credentials; check the integration token.',
  ],
  [
    /\b404\b|not found/i,
    'The repository was not found, or the integration token cannot see it.',
  ],
  [
    /\b403\b|forbidden|permission/i,
    'The integration token is not allowed to read this repository.',
  ],
  [
    /ENOTFOUND|ECONNREFUSED|ETIMEDOUT|timed? ?out|network/i,
    'The host could not be reached.',
  ],
];

/** The error in plain words, with the raw message kept for the curious. */
export function explainSyncError(message: string): string {
  const hint = HINTS.find(([pattern]) => pattern.test(message))?.[1];
  return hint ? `${hint} (${message})` : message;
}

function failedLast(repo: RepositorySyncStatus): boolean {
  if (!repo.lastError) {
    return false;
  }
  return !repo.lastSuccessAt || (repo.lastErrorAt ?? '') > repo.lastSuccessAt;
}

/** The state of one repository's sync, as a sentence. */
export function describeSync(
  repo: RepositorySyncStatus,
  now: number = Date.now(),
): SyncState {
  if (repo.rateLimitedUntil && Date.parse(repo.rateLimitedUntil) > now) {
    const until = formatDateTime(repo.rateLimitedUntil);
    const text = `The host's rate limit was reached; syncing resumes after ${until}.`;
    return { severity: 'warning', text };
  }
  if (failedLast(repo)) {
    const error = explainSyncError(repo.lastError!);
    const text = repo.lastSuccessAt
      ? `The last sync failed: ${error} Figures are from the sync of ${formatDateTime(
          repo.lastSuccessAt,
        )}.`
      : `Could not be read yet: ${error}`;
    return { severity: 'error', text };
  }
  if (!repo.lastSuccessAt) {
    return { severity: 'pending', text: 'Not synced yet.' };
  }
  if (repo.statusCheckError) {
    const text = `Up to date, but the senior sign-off check could not be posted: ${repo.statusCheckError}`;
    return { severity: 'warning', text };
  }
  return { severity: 'ok', text: 'Up to date.' };
}

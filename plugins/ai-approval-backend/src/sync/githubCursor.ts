import { RepositoryState } from '../sources/github';

/** Where the next sync of a GitHub repository starts. */
export interface GithubCursor {
  /** newest `updatedAt` of the merged pull requests stored */
  pullsUpdatedAt?: string;
  /** the default branch head when direct pushes were last read */
  head?: string;
  /** when direct pushes were last read */
  pushesReadAt?: string;
  /** newest `updatedAt` of the open (or closed) pull requests read */
  openUpdatedAt?: string;
  /**
   * newest pull-request `updatedAt` (any state) the batched check saw
   * before the last read; covers pull requests no read keeps, such as one
   * closed before the first sync
   */
  checkedUpdatedAt?: string;
}

export function readCursor(cursor?: string): GithubCursor {
  try {
    return cursor ? JSON.parse(cursor) : {};
  } catch {
    return {};
  }
}

function newest(...times: Array<string | undefined>): string | undefined {
  return times.filter(Boolean).sort().pop();
}

/** The newest pull-request update a repository's reads have covered. */
export function newestSeenUpdate(cursor: GithubCursor): string | undefined {
  return newest(
    cursor.pullsUpdatedAt,
    cursor.openUpdatedAt,
    cursor.checkedUpdatedAt,
  );
}

/**
 * Whether a repository read before, without error, has neither a new head
 * nor a pull request updated after everything its cursor saw.
 */
export function isUnchanged(
  stored: { cursor?: string; lastError?: string },
  state: RepositoryState,
): boolean {
  if (!stored.cursor || stored.lastError || state.error) {
    return false;
  }
  const cursor = readCursor(stored.cursor);
  if (state.head !== cursor.head) {
    return false;
  }
  if (!state.pullsUpdatedAt) {
    return true;
  }
  const seen = newestSeenUpdate(cursor);
  return (
    seen !== undefined && Date.parse(state.pullsUpdatedAt) <= Date.parse(seen)
  );
}

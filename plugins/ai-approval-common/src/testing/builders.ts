/**
 * Builders for tests: a change or commit with realistic defaults, so each
 * test only states what it is about. Not exported from the package.
 */
import { Change, ChangeCommit, ChangeReview, Identity } from '../types';

let counter = 0;

/** A fake 40-character SHA, unique per call unless a seed is given. */
export function sha(seed?: string): string {
  const base = seed ?? `c${(counter += 1)}`;
  return Buffer.from(base).toString('hex').padEnd(40, '0').slice(0, 40);
}

export const ada: Identity = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  login: 'ada',
  type: 'User',
};

export function commit(
  message: string,
  overrides: Partial<ChangeCommit> = {},
): ChangeCommit {
  return {
    sha: sha(),
    message,
    author: { name: ada.name, email: ada.email, login: ada.login },
    committer: { name: 'GitHub', email: 'noreply@github.com' },
    ...overrides,
  };
}

export function change(overrides: Partial<Change> = {}): Change {
  return {
    kind: 'pull_request',
    number: 42,
    title: 'Improve retry handling',
    author: ada,
    labels: [],
    body: '',
    headRef: 'fix/retry-handling',
    baseRef: 'main',
    commits: [],
    reviews: [],
    ...overrides,
  };
}

export function review(
  login: string,
  state: ChangeReview['state'],
  overrides: Partial<ChangeReview> = {},
): ChangeReview {
  return {
    reviewer: { login, type: 'User' },
    state,
    source: 'review',
    ...overrides,
  };
}

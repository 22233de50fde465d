import { Change } from '@internal/plugin-ai-approval-common';
import { GitChangeSource } from '@internal/plugin-ai-approval-node';
import { ApprovalStore } from '../database/ApprovalStore';
import { StoredRepository, SyncOutcome } from '../database/repositories';
import { ChangeJudge } from './ChangeJudge';
import { storeChanges } from './syncGithubRepository';

/**
 * Reads a plain git history over the backfill window; a local read is
 * cheap, and storing is idempotent, so every sync reads the whole window.
 */
export async function syncGitRepository(options: {
  repository: StoredRepository;
  location: string;
  cacheDir: string;
  store: ApprovalStore;
  judge: ChangeJudge;
  backfillSince: string;
  signal?: AbortSignal;
}): Promise<SyncOutcome> {
  const { repository, store, judge, signal } = options;
  const source = new GitChangeSource({
    repository: options.location,
    since: options.backfillSince,
    cacheDir: options.cacheDir,
    signal,
  });
  let batch: Change[] = [];
  let newest: string | undefined;
  for await (const change of source) {
    batch.push(change);
    if (change.mergedAt && (!newest || change.mergedAt > newest)) {
      newest = change.mergedAt;
    }
    if (batch.length >= 200) {
      await storeChanges(store, repository.id, batch, judge);
      batch = [];
    }
  }
  await storeChanges(store, repository.id, batch, judge);
  return { cursor: newest, points: 0, requests: 0 };
}

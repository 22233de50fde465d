import { LoggerService } from '@backstage/backend-plugin-api';
import { GitChangeSource } from '@ai-approval/backstage-plugin-ai-approval-node';
import { ApprovalStore } from '../database/ApprovalStore';
import { StoredRepository, SyncOutcome } from '../database/repositories';
import { ChangeJudge } from './ChangeJudge';
import { storeChanges } from './storeChanges';

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
  /** told when the repository is a shallow clone */
  logger?: LoggerService;
}): Promise<SyncOutcome> {
  const { repository, store, judge, signal } = options;
  const source = new GitChangeSource({
    repository: options.location,
    since: options.backfillSince,
    cacheDir: options.cacheDir,
    signal,
    warn: message => options.logger?.warn(message),
  });
  for await (const batch of source.changeBatches()) {
    await storeChanges(store, repository.id, batch, judge);
  }
  // no cursor: every sync reads the whole window, which is cheap locally
  return { points: 0, requests: 0 };
}

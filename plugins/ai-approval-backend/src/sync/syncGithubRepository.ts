import { Change } from '@internal/plugin-ai-approval-common';
import { ApprovalStore } from '../database/ApprovalStore';
import { changeKey } from '../database/changeRows';
import { StoredRepository, SyncOutcome } from '../database/repositories';
import { GithubChangeSource } from '../sources/github';
import { ChangeJudge } from './ChangeJudge';

const BATCH = 100;

/** Judges and stores a batch of changes, keeping what people decided. */
export async function storeChanges(
  store: ApprovalStore,
  repositoryId: number,
  changes: Change[],
  judge: ChangeJudge,
): Promise<void> {
  if (!changes.length) {
    return;
  }
  const decisions = await store.loadDecisions(repositoryId, changes);
  const judged = changes.map(c => judge.judge(c, decisions.get(changeKey(c))));
  await store.upsertChanges(repositoryId, judged, judge.seniors);
}

/**
 * Reads the merged pull requests updated since the repository's cursor (or
 * the backfill window) and the direct pushes of the same window. The cursor
 * only moves once everything was stored, so an interrupted sync is redone.
 */
export async function syncGithubRepository(options: {
  repository: StoredRepository;
  github: GithubChangeSource;
  store: ApprovalStore;
  judge: ChangeJudge;
  backfillSince: string;
  signal?: AbortSignal;
}): Promise<SyncOutcome> {
  const { repository, github, store, judge, backfillSince, signal } = options;
  const [owner, name] = repository.slug.split('/');
  const ref = { host: repository.host, owner, name };
  const pulls = github.readMergedPullRequests(ref, {
    updatedSince: repository.cursor,
    backfillSince,
    signal,
  });
  let cursor = repository.cursor;
  let batch: Change[] = [];
  for await (const { change, updatedAt } of pulls) {
    batch.push(change);
    cursor = !cursor || updatedAt > cursor ? updatedAt : cursor;
    if (batch.length >= BATCH) {
      await storeChanges(store, repository.id, batch, judge);
      batch = [];
    }
  }
  await storeChanges(store, repository.id, batch, judge);

  const pushesSince =
    repository.cursor && repository.cursor > backfillSince
      ? repository.cursor
      : backfillSince;
  const pushes = github.readDirectPushes(ref, { since: pushesSince, signal });
  batch = [];
  for await (const change of pushes) {
    batch.push(change);
  }
  await storeChanges(store, repository.id, batch, judge);
  return {
    cursor,
    points: pulls.stats.points + pushes.stats.points,
    requests: pulls.stats.requests + pushes.stats.requests,
  };
}

import { Change } from '@ai-approval/backstage-plugin-ai-approval-common';
import { ApprovalStore } from '../database/ApprovalStore';
import { StoredRepository, SyncOutcome } from '../database/repositories';
import {
  GithubChangeSource,
  GithubRepositoryRef,
  RepositoryState,
} from '../sources/github';
import { ChangeJudge } from './ChangeJudge';
import { GithubCursor, readCursor } from './githubCursor';
import { storeChanges } from './storeChanges';
import { syncOpenPullRequests } from './syncOpenPullRequests';
import { StatusCheckOptions } from './statusChecks';

const BATCH = 100;

async function readPulls(
  options: GithubSyncOptions,
  ref: GithubRepositoryRef,
  since?: string,
) {
  const { repository, github, store, judge, backfillSince, signal } = options;
  const pulls = github.readMergedPullRequests(ref, {
    updatedSince: since,
    backfillSince,
    signal,
  });
  let newest = since;
  let batch: Change[] = [];
  const merged: number[] = [];
  for await (const { change, updatedAt } of pulls) {
    batch.push(change);
    merged.push(change.number!);
    newest = !newest || updatedAt > newest ? updatedAt : newest;
    if (batch.length >= BATCH) {
      await storeChanges(store, repository.id, batch, judge);
      batch = [];
    }
  }
  await storeChanges(store, repository.id, batch, judge);
  // a merged pull request is no longer open
  await store.removeOpenChanges(repository.id, merged);
  return { stats: pulls.stats, newest };
}

async function readPushes(
  options: GithubSyncOptions,
  ref: GithubRepositoryRef,
  since: string,
) {
  const { repository, github, store, judge, signal } = options;
  const pushes = github.readDirectPushes(ref, { since, signal });
  const batch: Change[] = [];
  for await (const change of pushes) {
    batch.push(change);
  }
  await storeChanges(store, repository.id, batch, judge);
  return pushes.stats;
}

interface GithubSyncOptions {
  repository: StoredRepository;
  github: GithubChangeSource;
  store: ApprovalStore;
  judge: ChangeJudge;
  backfillSince: string;
  signal?: AbortSignal;
  statusChecks?: StatusCheckOptions;
  /** what the batched check saw just before this read */
  checked?: RepositoryState;
}

/**
 * Reads the merged pull requests updated since the cursor (or over the
 * backfill window), then the direct pushes - only when the default branch
 * moved - then the open pull requests updated since: an unchanged
 * repository costs two requests. The cursor only
 * moves once everything was stored, so an interrupted sync is redone.
 */
export async function syncGithubRepository(
  options: GithubSyncOptions,
): Promise<SyncOutcome> {
  const [owner, name] = options.repository.slug.split('/');
  const ref = { host: options.repository.host, owner, name };
  const cursor = readCursor(options.repository.cursor);
  const pulls = await readPulls(options, ref, cursor.pullsUpdatedAt);
  const head = pulls.stats.defaultBranchHead;
  let points = pulls.stats.points;
  let requests = pulls.stats.requests;
  let pushesReadAt = cursor.pushesReadAt;
  if (!head || head !== cursor.head) {
    const started = new Date().toISOString();
    // an old commit pushed late has an old date: overlap by a day
    const overlap = cursor.pushesReadAt
      ? new Date(Date.parse(cursor.pushesReadAt) - 86_400_000).toISOString()
      : options.backfillSince;
    const since =
      overlap > options.backfillSince ? overlap : options.backfillSince;
    const stats = await readPushes(options, ref, since);
    points += stats.points;
    requests += stats.requests;
    pushesReadAt = started;
  }
  const open = await syncOpenPullRequests({
    repositoryId: options.repository.id,
    ref,
    github: options.github,
    store: options.store,
    judge: options.judge,
    since: cursor.openUpdatedAt,
    signal: options.signal,
    statusChecks: options.statusChecks,
  });
  points += open.points;
  requests += open.requests;
  const next: GithubCursor = {
    pullsUpdatedAt: pulls.newest,
    head,
    pushesReadAt,
    openUpdatedAt: open.newest,
    checkedUpdatedAt:
      options.checked?.pullsUpdatedAt ?? cursor.checkedUpdatedAt,
  };
  return { cursor: JSON.stringify(next), points, requests };
}

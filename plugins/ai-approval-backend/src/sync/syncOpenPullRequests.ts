import { OpenChange } from '@ai-approval/backstage-plugin-ai-approval-common';
import { ApprovalStore } from '../database/ApprovalStore';
import { GithubChangeSource, GithubRepositoryRef } from '../sources/github';
import { ChangeJudge } from './ChangeJudge';
import { publishStatusChecks, StatusCheckOptions } from './statusChecks';

const BATCH = 100;

/** What one read of open pull requests did. */
export interface OpenReadOutcome {
  points: number;
  requests: number;
  /** the newest `updatedAt` seen, the next read's `updatedSince` */
  newest?: string;
}

/**
 * Reads the open pull requests updated since `since` (every open one
 * without it), judges and stores them, and drops those closed since. After
 * a full read, whatever was stored but is no longer open is dropped too.
 */
export async function syncOpenPullRequests(options: {
  repositoryId: number;
  ref: GithubRepositoryRef;
  github: GithubChangeSource;
  store: ApprovalStore;
  judge: ChangeJudge;
  since?: string;
  signal?: AbortSignal;
  /** post the senior sign-off check on each head; off when undefined */
  statusChecks?: StatusCheckOptions;
}): Promise<OpenReadOutcome> {
  const { repositoryId, github, store, judge, since, signal } = options;
  const read = github.readOpenPullRequests(options.ref, {
    updatedSince: since,
    signal,
  });
  let newest = since;
  let batch: OpenChange[] = [];
  const open: number[] = [];
  const closed: number[] = [];
  const flush = async () => {
    const judged = batch.map(change => judge.judgeOpen(change));
    await store.upsertOpenChanges(repositoryId, judged);
    if (options.statusChecks && judged.length) {
      await publishStatusChecks({
        ...options.statusChecks,
        repositoryId,
        ref: options.ref,
        judged,
        store,
      });
    }
    batch = [];
  };
  for await (const pr of read) {
    newest = !newest || pr.updatedAt > newest ? pr.updatedAt : newest;
    if (pr.change) {
      open.push(pr.number);
      batch.push(pr.change);
    } else {
      closed.push(pr.number);
    }
    if (batch.length >= BATCH) {
      await flush();
    }
  }
  await flush();
  if (since) {
    await store.removeOpenChanges(repositoryId, closed);
  } else {
    await store.keepOpenChanges(repositoryId, open);
  }
  return { points: read.stats.points, requests: read.stats.requests, newest };
}

/** Judges a repository's stored open pull requests again (a new policy). */
export async function rejudgeOpenPullRequests(
  store: ApprovalStore,
  repositoryId: number,
  judge: ChangeJudge,
): Promise<void> {
  const stored = await store.storedOpenChanges(repositoryId);
  await store.upsertOpenChanges(
    repositoryId,
    stored.map(change => judge.judgeOpen(change)),
  );
}

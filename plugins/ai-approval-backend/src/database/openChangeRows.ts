import {
  Detection,
  identityKey,
  OpenChange,
  OpenChangeJudgement,
  OpenChangeRow,
  VerdictResult,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { toIso } from './rows';

/** An open pull request with its detection and, when AI-assisted, its live state. */
export interface JudgedOpenChange {
  change: OpenChange;
  detection: Detection;
  verdict?: VerdictResult;
  judgement?: OpenChangeJudgement;
}

/** The row of `ai_approval_open_changes`. */
export function toOpenChangeRow(
  repositoryId: number,
  judged: JudgedOpenChange,
) {
  const { change, detection, verdict, judgement } = judged;
  return {
    repository_id: repositoryId,
    number: change.number!,
    title: change.title.slice(0, 2000),
    url: change.url ?? '',
    author: change.author.login ?? (identityKey(change.author) || null),
    created_at: new Date(change.createdAt).toISOString(),
    ready_at: change.readyAt ? new Date(change.readyAt).toISOString() : null,
    updated_at: new Date(change.updatedAt).toISOString(),
    head_sha: change.headSha ?? '',
    ai_assisted: detection.aiAssisted,
    confidence: detection.confidence,
    evidence: JSON.stringify(detection.evidence),
    state: judgement?.state ?? (change.isDraft ? 'draft' : 'ready'),
    reason: judgement?.reason ?? '',
    requested: JSON.stringify(change.requested),
    waiting_on: JSON.stringify(judgement?.waitingOn ?? []),
    approvers: JSON.stringify(verdict?.approvers ?? []),
    payload: JSON.stringify(change),
  };
}

/** The waits of one stored open change: one row per senior it waits on. */
export function toWaitRows(id: number, judged: JudgedOpenChange) {
  const { change, judgement } = judged;
  if (!judgement || !change.readyAt) {
    return [];
  }
  const since = new Date(change.readyAt).toISOString();
  const reviewers = new Set(judgement.waitingOn.map(l => l.toLowerCase()));
  return [...reviewers].map(reviewer => ({
    open_change_id: id,
    reviewer: reviewer.slice(0, 255),
    waiting_since: since,
  }));
}

/** A stored row as the API answers it. */
export function fromOpenChangeRow(row: any, repository: string): OpenChangeRow {
  return {
    id: String(row.id),
    repository,
    number: Number(row.number),
    title: row.title,
    url: row.url,
    ...(row.author ? { author: row.author } : {}),
    createdAt: toIso(row.created_at)!,
    ...(row.ready_at ? { readyAt: toIso(row.ready_at) } : {}),
    updatedAt: toIso(row.updated_at)!,
    headSha: row.head_sha,
    confidence: row.confidence,
    evidence: JSON.parse(row.evidence),
    state: row.state,
    reason: row.reason,
    requested: JSON.parse(row.requested),
    waitingOn: JSON.parse(row.waiting_on),
    approvers: JSON.parse(row.approvers),
  };
}

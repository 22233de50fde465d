import {
  Change,
  Detection,
  DetectionOverride,
  identityKey,
  SeniorSet,
  VerdictResult,
  weekStart,
} from '@ai-approval/backstage-plugin-ai-approval-common';

/** A change with what the domain core decided about it. */
export interface JudgedChange {
  change: Change;
  detection: Detection;
  verdict?: VerdictResult;
  override?: DetectionOverride;
  /** an exemption is stored for the change */
  exempt?: boolean;
}

/** The key a change is stored under within its repository. */
export function changeKey(change: Change): string {
  if (change.kind === 'direct_push' || change.number === undefined) {
    return `commit:${change.mergeSha ?? change.commits[0]?.sha}`;
  }
  return `${change.kind === 'merge_request' ? 'mr' : 'pr'}:${change.number}`;
}

export function toChangeRow(
  repositoryId: number,
  judged: JudgedChange,
  now: string,
) {
  const { change, detection, verdict } = judged;
  const mergedAt = new Date(change.mergedAt ?? now).toISOString();
  return {
    repository_id: repositoryId,
    change_key: changeKey(change),
    kind: change.kind,
    number: change.number ?? null,
    title: change.title.slice(0, 2000),
    url: change.url ?? null,
    author: identityKey(change.author) || null,
    merged_at: mergedAt,
    week_start: weekStart(mergedAt),
    merge_sha: change.mergeSha ?? null,
    head_sha: change.headSha ?? null,
    ai_assisted: detection.aiAssisted,
    confidence: detection.confidence,
    evidence: JSON.stringify(detection.evidence),
    verdict: judged.exempt && verdict ? 'exempt' : verdict?.verdict ?? null,
    judged_verdict: verdict?.verdict ?? null,
    compliant: verdict ? Boolean(judged.exempt || verdict.compliant) : null,
    reasons: JSON.stringify(verdict?.reasons ?? []),
    approvers: JSON.stringify(verdict?.approvers ?? []),
    senior_approved_at: verdict?.seniorApprovedAt ?? null,
    payload: JSON.stringify(change),
    updated_at: now,
  };
}

function lastCommitTime(change: Change): number | undefined {
  const times = change.commits
    .map(c => Date.parse(c.committedAt ?? c.authoredAt ?? ''))
    .filter(t => !Number.isNaN(t));
  return times.length ? Math.max(...times) : undefined;
}

/** One row per reviewer of an AI-assisted change, for reviewer load. */
export function toReviewRows(
  changeId: number,
  judged: JudgedChange,
  seniors: SeniorSet,
) {
  const { change, verdict } = judged;
  if (!verdict) {
    return [];
  }
  const latest = new Map<string, Change['reviews'][number]>();
  for (const review of change.reviews) {
    latest.set(identityKey(review.reviewer), review);
  }
  const ready = lastCommitTime(change);
  return [...latest].map(([reviewer, review]) => {
    const counted =
      verdict.verdict === 'approved' &&
      verdict.approvers.some(
        a => a.identity === reviewer && a.senior && !a.ineligible,
      );
    const submitted = Date.parse(review.submittedAt ?? '');
    const hours =
      counted && ready !== undefined && !Number.isNaN(submitted)
        ? Math.max(0, (submitted - ready) / 3_600_000)
        : null;
    return {
      change_id: changeId,
      reviewer: reviewer.slice(0, 255),
      state: review.state,
      submitted_at: review.submittedAt ?? null,
      commit_sha: review.commitSha ?? null,
      senior: seniors.isSenior(review.reviewer),
      counted,
      hours_to_approval: hours,
      merged_at: new Date(change.mergedAt ?? Date.now()).toISOString(),
    };
  });
}

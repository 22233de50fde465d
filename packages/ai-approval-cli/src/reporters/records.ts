import {
  Change,
  Identity,
} from '@ai-approval/backstage-plugin-ai-approval-common/domain';
import {
  ChangeScanResult,
  CommitScanResult,
} from '@ai-approval/backstage-plugin-ai-approval-node';

/** `#12` for a PR, `!7` for a GitLab MR, the short sha of a direct push. */
export function changeId(change: Change): string {
  if (change.number !== undefined) {
    return `${change.kind === 'merge_request' ? '!' : '#'}${change.number}`;
  }
  return (change.mergeSha ?? change.headSha ?? '').slice(0, 8);
}

/** `#12 Title` for a PR or MR, the title alone for a direct push. */
export function changeLabel(change: Change): string {
  return change.number === undefined
    ? change.title
    : `${changeId(change)} ${change.title}`;
}

/** The landing commit's sha, as short as git shows it. */
export function shortSha(change: Change): string {
  return (change.mergeSha ?? change.headSha ?? '').slice(0, 7);
}

/** `Name <email>`, or whatever part of it is known. */
export function formatIdentity(identity: Identity): string {
  const name = identity.name ?? identity.login;
  if (name && identity.email) {
    return `${name} <${identity.email}>`;
  }
  return name ?? identity.email ?? '';
}

/** One change as a JSON object (`--format json` / `ndjson`). */
export function changeRecord({ change, detection, verdict }: ChangeScanResult) {
  return {
    id: changeId(change),
    kind: change.kind,
    number: change.number ?? null,
    url: change.url ?? null,
    mergedSha: change.mergeSha ?? null,
    commitShas: change.commits.map(commit => commit.sha),
    title: change.title,
    author: change.author,
    mergedAt: change.mergedAt ?? null,
    aiAssisted: detection.aiAssisted,
    confidence: detection.confidence,
    evidence: detection.evidence,
    verdict: verdict?.verdict ?? null,
    compliant: verdict ? verdict.compliant : null,
    reasons: verdict?.reasons ?? [],
  };
}

/** The distinct signals that matched, in order of first match. */
export function signalsOf(result: CommitScanResult): string[] {
  return [...new Set(result.detection.evidence.map(e => e.signal))];
}

/** One commit as a JSON object (`--per-commit`). */
export function commitRecord(result: CommitScanResult) {
  return {
    sha: result.commit.sha,
    aiAssisted: result.detection.aiAssisted,
    confidence: result.detection.confidence,
    signals: signalsOf(result),
  };
}

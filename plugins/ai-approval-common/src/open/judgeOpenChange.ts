import { displayName, sameIdentity } from '../approval/identity';
import { groupByReviewer, standingOf } from '../approval/latestReviews';
import { SeniorSet } from '../approval/seniorSet';
import { Identity, VerdictResult } from '../types';
import { OpenChange, OpenChangeState, RequestedReviewer } from './types';

/** The live state of one open change, with what would make it ready. @public */
export interface OpenChangeJudgement {
  state: OpenChangeState;
  /** one sentence: what would make it ready */
  reason: string;
  /**
   * the requested people who are senior and have not approved the head:
   * the ones it waits on (lowercased logins, as requested)
   */
  waitingOn: string[];
}

/** What {@link judgeOpenChange} needs. @public */
export interface JudgeOpenChangeInput {
  change: OpenChange;
  /** the core's verdict of the change as if it merged now */
  verdict: VerdictResult;
  seniors: SeniorSet;
  /** the logins of a requested team (`org/team-slug`), when known */
  teamMembers?: (team: string) => string[];
}

function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function requestedNames(requested: readonly RequestedReviewer[]): string {
  return list(requested.map(r => `@${r.name}`));
}

/** Who still has changes requested: their latest deciding review asks for them. */
function changesRequestedBy(change: OpenChange): Identity[] {
  return groupByReviewer(change.reviews)
    .map(standingOf)
    .filter(s => s.state === 'changes_requested')
    .map(s => s.reviewer);
}

function waitingOnOf(input: JudgeOpenChangeInput): string[] {
  const { change, seniors, verdict, teamMembers } = input;
  const approvedHead = verdict.approvers.filter(
    a => !a.ineligible && a.commitSha === change.headSha,
  );
  // direct requests first: they spell the login as the pull request does
  const logins = [
    ...change.requested.filter(r => r.kind === 'user').map(r => r.name),
    ...change.requested
      .filter(r => r.kind === 'team')
      .flatMap(r => teamMembers?.(r.name) ?? []),
  ];
  const waiting = new Map<string, string>();
  for (const login of logins) {
    const approved = approvedHead.some(a =>
      sameIdentity({ login: a.identity }, { login }),
    );
    if (seniors.isSenior({ login }) && !approved) {
      waiting.set(
        login.toLowerCase(),
        waiting.get(login.toLowerCase()) ?? login,
      );
    }
  }
  return [...waiting.values()];
}

/** Who would make it ready: the seniors it waits on, or whom to ask. */
function nextStep(change: OpenChange, waitingOn: string[]): string {
  const head = change.headSha ? ` (${change.headSha.slice(0, 7)})` : '';
  if (waitingOn.length > 0) {
    const who = list(waitingOn.map(n => `@${n}`));
    return `Waiting on ${who} to approve the head${head}.`;
  }
  const teams = change.requested.filter(r => r.kind === 'team');
  if (teams.length > 0) {
    return `Waiting on ${requestedNames(
      teams,
    )}: a senior must approve the head${head}.`;
  }
  if (change.requested.length > 0) {
    const who = requestedNames(change.requested);
    return `${who} ${
      change.requested.length === 1 ? 'is' : 'are'
    } requested, but not as a senior: request a senior to approve the head${head}.`;
  }
  return `No reviewer is requested: request a senior to approve the head${head}.`;
}

/**
 * Turns the verdict the core gives an open AI-assisted change (judged as if
 * it merged now) into its live state. Precedence: a draft, then changes
 * requested by anyone, then a valid senior approval on the head (`ready`),
 * then a senior approval on an earlier commit (`stale_approval`), else
 * waiting for a senior.
 * @public
 */
export function judgeOpenChange(
  input: JudgeOpenChangeInput,
): OpenChangeJudgement {
  const { change, verdict } = input;
  const waitingOn = waitingOnOf(input);
  if (change.isDraft) {
    return {
      state: 'draft',
      reason:
        'A draft: mark it ready for review, then a senior must approve its head.',
      waitingOn: [],
    };
  }
  const blocking = changesRequestedBy(change);
  if (blocking.length > 0) {
    return {
      state: 'changes_requested',
      reason: `Changes requested by ${list(
        blocking.map(displayName),
      )}: the author must address them, then a senior must approve the head.`,
      waitingOn,
    };
  }
  if (verdict.verdict === 'approved') {
    return {
      state: 'ready',
      reason: 'A senior approved the head: ready to merge.',
      waitingOn: [],
    };
  }
  if (verdict.verdict === 'approved_stale') {
    return {
      state: 'stale_approval',
      reason: `${verdict.reasons[0]} ${nextStep(change, waitingOn)}`,
      waitingOn,
    };
  }
  // why the approvals so far do not count (not a senior, an author...)
  const why =
    verdict.verdict === 'no_review' ? [] : verdict.reasons.slice(0, 1);
  return {
    state: 'waiting_for_senior',
    reason: [...why, nextStep(change, waitingOn)].join(' '),
    waitingOn,
  };
}

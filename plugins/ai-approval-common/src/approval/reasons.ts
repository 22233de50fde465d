/**
 * Sentences a person can act on, one per problem, naming who and which
 * commit. Kept apart from the verdict logic so wording changes stay local.
 */
import { Change, Exemption, Identity, Verdict } from '../types';
import { AssessedApproval } from './assessApprovals';
import { displayName } from './identity';
import { onlyBaseMerges } from './baseMerges';
import { commitsAfter } from './commits';
import { movedOntoHead } from './movedApprovals';
import { Shortfall } from './verdict';

/** Everything the sentences may mention. */
export interface ReasonInput {
  verdict: Verdict;
  change: Change;
  assessed: readonly AssessedApproval[];
  shortfall: Shortfall;
  /** reviewers who commented or requested changes without approving */
  otherReviewers: readonly Identity[];
  exemption?: Exemption;
}

const short = (sha: string) => sha.trim().slice(0, 7);

function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function label(approval: AssessedApproval, withSenior: boolean): string {
  const who = displayName(approval.reviewer);
  return withSenior && approval.senior ? `${who} (senior)` : who;
}

function named(approvals: readonly AssessedApproval[], withSenior = false) {
  return list(approvals.map(a => label(a, withSenior)));
}

function staleSentence(change: Change, approval: AssessedApproval): string {
  const sha = approval.review.commitSha ?? '';
  const who = displayName(approval.reviewer);
  const commit = short(sha);
  if (movedOntoHead(change, approval.review)) {
    return `Approved by ${who} before the final commit (${commit}) was made; a force-push after the approval carried it over to that commit.`;
  }
  const after = commitsAfter(change, sha);
  if (after === undefined || after.length === 0) {
    const rewritten = 'the branch was rewritten after the approval';
    return `Approved by ${who} on commit ${commit}, which is not the final commit of the change (${rewritten}).`;
  }
  const pushed =
    after.length === 1 ? '1 commit was' : `${after.length} commits were`;
  // say so when they only merged the base in: allowBaseBranchUpdates excuses that
  const merging = onlyBaseMerges(after, change.baseRef)
    ? `, merging ${change.baseRef} in`
    : '';
  return `Approved by ${who} on an earlier commit (${commit}); ${pushed} pushed after${merging}.`;
}

function writerSentence(approval: AssessedApproval): string {
  const cannot = `${displayName(approval.reviewer)} cannot approve this change`;
  const writer = approval.writer!;
  if (writer.role === 'author') {
    return `${cannot}: they are its author.`;
  }
  if (writer.role === 'initiator') {
    return `${cannot}: they started the agent that wrote it.`;
  }
  const commit = writer.commitSha ? ` ${short(writer.commitSha)}` : '';
  return `${cannot}: they authored or co-authored commit${commit}.`;
}

function shortfallSentences({
  seniorsNeeded,
  approversNeeded,
}: Shortfall): string[] {
  const sentences: string[] = [];
  if (seniorsNeeded > 0) {
    const more = seniorsNeeded === 1 ? 'approval is' : 'approvals are';
    sentences.push(`${seniorsNeeded} more senior ${more} needed.`);
  }
  if (approversNeeded > 0) {
    const more =
      approversNeeded === 1
        ? 'approval from another eligible reviewer is'
        : 'approvals from other eligible reviewers are';
    sentences.push(`${approversNeeded} more ${more} needed (two-pass review).`);
  }
  return sentences;
}

/** Sentences plus the approvals they already talk about. */
interface Primary {
  sentences: string[];
  covered: readonly AssessedApproval[];
}

const isCandidate = (a: AssessedApproval) => !a.bot && !a.writer;
const MUST_APPROVE = 'A senior engineer must approve the change.';

function approvedReasons({ assessed }: ReasonInput): Primary {
  const counting = assessed.filter(a => a.counts);
  const sentences = [`Approved by ${named(counting, true)}.`];
  return { sentences, covered: counting };
}

function staleReasons({ change, assessed }: ReasonInput): Primary {
  const stale = assessed.filter(
    a => isCandidate(a) && a.senior && !a.dismissed && a.stale,
  );
  const head = change.headSha ? ` (${short(change.headSha)})` : '';
  const action = `A senior engineer must approve the final commit${head}.`;
  const sentences = [...stale.map(a => staleSentence(change, a)), action];
  return { sentences, covered: stale };
}

function dismissedReasons({ assessed }: ReasonInput): Primary {
  const dismissed = assessed.filter(
    a => isCandidate(a) && a.senior && a.dismissed,
  );
  const who = named(dismissed);
  const sentence = `The approval by ${who} was dismissed; a senior engineer must approve again.`;
  return { sentences: [sentence], covered: dismissed };
}

function selfApprovedReasons({ assessed }: ReasonInput): Primary {
  const writers = assessed.filter(a => a.writer && !a.bot && !a.dismissed);
  const action =
    'A senior engineer who did not write the change must approve it.';
  return {
    sentences: [...writers.map(writerSentence), action],
    covered: writers,
  };
}

function notSeniorReasons({ assessed, shortfall }: ReasonInput): Primary {
  const seniors = assessed.filter(a => a.counts && a.senior);
  const others = assessed.filter(
    a => isCandidate(a) && !a.dismissed && !a.senior,
  );
  const who =
    others.length === 1
      ? 'who is not a senior engineer'
      : 'who are not senior engineers';
  const sentences = [
    ...(seniors.length > 0 ? [`Approved by ${named(seniors, true)}.`] : []),
    ...(others.length > 0 ? [`Approved by ${named(others)}, ${who}.`] : []),
    ...shortfallSentences(shortfall),
  ];
  return { sentences, covered: [...seniors, ...others] };
}

function exemptReasons({ exemption, assessed }: ReasonInput): Primary {
  const sentence = `Exempted by ${exemption?.by}: ${exemption?.reason}`;
  return { sentences: [sentence], covered: assessed };
}

function directPushReasons({ change }: ReasonInput): Primary {
  const base = change.baseRef ?? 'the default branch';
  const sentences = [
    `Pushed straight to ${base} without a pull request or review.`,
    'A senior engineer must review it after the fact, or someone authorised must record an exemption.',
  ];
  return { sentences, covered: [] };
}

function botOnlyReasons({ otherReviewers, assessed }: ReasonInput): Primary {
  const bots = list(otherReviewers.map(displayName));
  const sentence = `Only bots or AI reviewers reviewed (${bots}); their reviews never count.`;
  return { sentences: [sentence, MUST_APPROVE], covered: assessed };
}

const NO_TRAILER =
  'No approval is recorded in the commit messages (no Reviewed-by:, Acked-by: or Approved-by: trailer); reviews kept by GitHub or GitLab are not part of the git history.';

function noReviewReasons({ change, otherReviewers }: ReasonInput): Primary {
  const reviewers = list(otherReviewers.map(displayName));
  let sentence = 'Merged without any review.';
  if (reviewers) {
    sentence = `Reviewed by ${reviewers}, but nobody approved.`;
  } else if (change.reviewSource === 'trailers') {
    sentence = NO_TRAILER;
  }
  return { sentences: [sentence, MUST_APPROVE], covered: [] };
}

const PRIMARY: Record<Verdict, (input: ReasonInput) => Primary> = {
  approved: approvedReasons,
  approved_stale: staleReasons,
  dismissed: dismissedReasons,
  self_approved: selfApprovedReasons,
  not_senior: notSeniorReasons,
  bot_review_only: botOnlyReasons,
  no_review: noReviewReasons,
  direct_push: directPushReasons,
  exempt: exemptReasons,
};

function note(change: Change, approval: AssessedApproval): string | undefined {
  const who = displayName(approval.reviewer);
  switch (approval.ineligible) {
    case 'bot':
      return `The approval by ${who} does not count: bots and AI reviewers cannot approve.`;
    case 'author':
    case 'initiator':
    case 'co_author':
      return writerSentence(approval);
    case 'dismissed':
      return `The approval by ${who} was dismissed.`;
    case 'stale':
      return staleSentence(change, approval);
    case 'not_senior':
      return `${who} approved but is not a senior engineer.`;
    default:
      return undefined;
  }
}

/**
 * The reasons of a verdict: the main problem first, then a note for every
 * other approval that did not count, so nobody wonders why it was ignored.
 */
export function reasonsFor(input: ReasonInput): string[] {
  const { sentences, covered } = PRIMARY[input.verdict](input);
  if (input.verdict === 'approved' || input.verdict === 'exempt') {
    return sentences;
  }
  for (const approval of input.assessed) {
    const sentence = covered.includes(approval)
      ? undefined
      : note(input.change, approval);
    if (sentence) {
      sentences.push(sentence);
    }
  }
  return sentences;
}

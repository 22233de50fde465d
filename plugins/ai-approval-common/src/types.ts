/**
 * The shape of a change as every source (GitHub, plain git, GitLab) hands it
 * to the domain core. Sources fill what they know; the core never does I/O.
 */

/** @public */
export type Confidence = 'none' | 'low' | 'medium' | 'high';

/**
 * A person or bot as seen by an SCM host or in a git history.
 * @public
 */
export interface Identity {
  name?: string;
  email?: string;
  /** SCM login, e.g. GitHub `login` */
  login?: string;
  /** GitHub `__typename` / REST `user.type`: `User`, `Bot`, `Mannequin`... */
  type?: string;
  /** numeric SCM id when known (GitHub `databaseId`) */
  id?: number;
}

/** @public */
export interface ChangeCommit {
  sha: string;
  /** full commit message, as stored (may contain CRLF) */
  message: string;
  author: Identity;
  committer?: Identity;
  authoredAt?: string;
  committedAt?: string;
  /**
   * The git note attached to the commit under `refs/notes/ai`, as stored:
   * a git-ai authorship log or an Agent Trace record. Absent when the
   * repository keeps no such notes (or the source cannot read them).
   */
  aiNote?: string;
  /** lines the commit adds over all its files, when the source counted them */
  linesAdded?: number;
}

/** @public */
export type ReviewState =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  | 'COMMENTED'
  | 'DISMISSED'
  | 'PENDING';

/** @public */
export interface ChangeReview {
  reviewer: Identity;
  state: ReviewState;
  /** ISO time; git trailers have none */
  submittedAt?: string;
  /** the commit the review was given on; undefined when the source cannot tell */
  commitSha?: string;
  /** where the approval came from: a host review or a commit trailer */
  source?: 'review' | 'trailer';
}

/** @public */
export type ChangeKind = 'pull_request' | 'merge_request' | 'direct_push';

/** @public */
export interface Change {
  kind: ChangeKind;
  /** PR / MR number; undefined for direct pushes */
  number?: number;
  title: string;
  url?: string;
  /** PR author, or the author of the pushed commit */
  author: Identity;
  /** who started an agent that authored the change (Copilot coding agent) */
  initiator?: Identity;
  labels?: string[];
  body?: string;
  headRef?: string;
  baseRef?: string;
  /** head commit of the PR at merge */
  headSha?: string;
  /** the commit that landed on the base branch (merge or squash commit) */
  mergeSha?: string;
  mergedAt?: string;
  commits: ChangeCommit[];
  /**
   * The merge commit that landed the change, when it is none of `commits`
   * (a PR merged with a merge commit): its own message can carry markers
   * (co-author lines of a squash-like merge message), which count for the
   * change.
   */
  mergeCommit?: ChangeCommit;
  reviews: ChangeReview[];
  /**
   * `trailers` when the reviews were read from commit-message trailers
   * (plain git) rather than from the hosting service, whose reviews the
   * history does not hold.
   */
  reviewSource?: 'trailers';
}

/** Where a detection signal matched. @public */
export type EvidenceSource =
  | 'commit_message'
  | 'commit_author'
  | 'commit_committer'
  | 'commit_note'
  | 'pr_author'
  | 'label'
  | 'body'
  | 'branch'
  | 'override';

/** @public */
export interface Evidence {
  /** id of the signal, e.g. `claude-coauthor`; configurable signals use their config id */
  signal: string;
  /** the tool the signal names, when known (`Claude Code`, `GitHub Copilot`) */
  tool?: string;
  source: EvidenceSource;
  commitSha?: string;
  /** the exact line (or identity / label / branch) that matched */
  line: string;
  confidence: Confidence;
  /**
   * For line attribution (`commit_note`): the share of the commit's added
   * lines that AI wrote, from 0 to 1, when the record tells it.
   */
  aiLineShare?: number;
}

/** @public */
export interface Detection {
  aiAssisted: boolean;
  confidence: Confidence;
  evidence: Evidence[];
}

/** A person's decision that beats the detector. @public */
export interface DetectionOverride {
  aiAssisted: boolean;
  by: string;
  reason: string;
  at?: string;
}

/** @public */
export type Verdict =
  | 'approved'
  | 'approved_stale'
  | 'dismissed'
  | 'not_senior'
  | 'self_approved'
  | 'bot_review_only'
  | 'no_review'
  | 'direct_push'
  | 'exempt';

/** Verdicts that satisfy the rule. @public */
export const COMPLIANT_VERDICTS: readonly Verdict[] = ['approved', 'exempt'];

/** @public */
export interface Exemption {
  by: string;
  reason: string;
  at: string;
}

/** One approver as judged by the policy. @public */
export interface ApproverAssessment {
  /** login, or e-mail when the source has no login */
  identity: string;
  senior: boolean;
  /** why this approval does not count, when it does not */
  ineligible?:
    | 'author'
    | 'co_author'
    | 'initiator'
    | 'bot'
    | 'stale'
    | 'dismissed'
    | 'not_senior';
  commitSha?: string;
  submittedAt?: string;
}

/** @public */
export interface VerdictResult {
  verdict: Verdict;
  compliant: boolean;
  /** sentences a person can act on */
  reasons: string[];
  approvers: ApproverAssessment[];
  /** time of the first valid senior approval, for time-to-approval figures */
  seniorApprovedAt?: string;
}

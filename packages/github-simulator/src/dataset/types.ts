/**
 * The simulator's ground truth. Logins are stored the way GitHub's GraphQL
 * API returns them: bots without the `[bot]` suffix that REST adds.
 */

/** A GitHub account. @public */
export interface SimActor {
  login: string;
  type: 'User' | 'Bot';
  databaseId: number;
}

/** The author or committer of a git commit. @public */
export interface SimGitActor {
  name: string;
  email: string;
  date: string;
  /** the GitHub user the e-mail resolves to; bots never resolve */
  user?: SimActor;
}

/** @public */
export interface SimCommit {
  oid: string;
  message: string;
  author: SimGitActor;
  committer: SimGitActor;
  /** what the generator put in; set on commits pushed without a pull request */
  truth?: { aiAssisted: boolean };
}

/** @public */
export type SimReviewState =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  | 'COMMENTED'
  | 'DISMISSED';

/** @public */
export interface SimReview {
  databaseId: number;
  author: SimActor;
  state: SimReviewState;
  submittedAt: string;
  /** the commit GitHub names: the head a force-push moved the review to, if any */
  commitOid: string;
  /** what the generator put in: the review was given before a force-push */
  truth?: { movedByForcePush: true };
}

/** An event of a pull request's timeline. @public */
export interface SimTimelineEvent {
  type: 'AssignedEvent' | 'ReviewRequestedEvent' | 'ReadyForReviewEvent';
  actor: SimActor;
  /** the assignee or the requested reviewer; none for `ReadyForReviewEvent` */
  subject?: SimActor;
  createdAt: string;
}

/** Who or what wrote a pull request, as the generator chose it. @public */
export type SimAuthorKind =
  | 'human'
  | 'human-ai'
  | 'copilot-agent'
  | 'devin'
  | 'claude-bot'
  | 'dependabot';

/** An AI marker the generator put into a pull request. @public */
export type SimAiMarker =
  /** a commit message carries one of `AI_TRAILERS` */
  | 'trailer'
  /** an AI label (`ai-assisted`, `ai-generated`, `🤖 ai-copilot`) */
  | 'label'
  /** the AI disclosure box in the body is ticked */
  | 'disclosure'
  /** the author is a coding agent bot */
  | 'agent-author';

/**
 * The generator's ground truth about a pull request, for tests to compare a
 * reader's or a judge's conclusions against. @public
 */
export interface SimPullRequestTruth {
  authorKind: SimAuthorKind;
  /** every AI marker the generator put in; empty when there is none */
  aiMarkers: SimAiMarker[];
  /**
   * whether the pull request carries an AI marker; a `human-ai` pull request
   * without one is indistinguishable from a human one, and is false here
   */
  aiAssisted: boolean;
  /**
   * logins of the people who wrote part of it and so cannot approve it: the
   * author, whoever started the agent, and people named in
   * `Co-authored-by:` lines
   */
  writers: string[];
}

/** @public */
export type SimPullRequestState = 'MERGED' | 'CLOSED' | 'OPEN';

/** A pending review request: a person or bot, or a team. @public */
export type SimReviewRequest =
  | { type: 'User' | 'Bot'; actor: SimActor }
  | { type: 'Team'; organization: string; slug: string };

/**
 * The live state the generator built an open AI-assisted pull request to
 * be in, with the seniors of `SENIOR_REVIEWERS` it waits on. @public
 */
export interface SimOpenTruth {
  liveState:
    | 'ready'
    | 'waiting_for_senior'
    | 'stale_approval'
    | 'changes_requested'
    | 'draft';
  /** logins of requested seniors who have not approved the head */
  waitingOn: string[];
}

/** @public */
export interface SimPullRequest {
  /** GraphQL node id */
  id: string;
  number: number;
  state: SimPullRequestState;
  title: string;
  body: string;
  author: SimActor;
  labels: string[];
  headRefName: string;
  baseRefName: string;
  headRefOid: string;
  /** the squash or merge commit on the base branch */
  mergeCommit?: SimCommit;
  createdAt: string;
  updatedAt: string;
  mergedAt?: string;
  closedAt?: string;
  commits: SimCommit[];
  reviews: SimReview[];
  timeline: SimTimelineEvent[];
  /** who started the coding agent, for agent-authored pull requests */
  initiator?: SimActor;
  /** a draft pull request (open ones only) */
  isDraft?: boolean;
  /** pending review requests: GitHub drops a person's once they review */
  reviewRequests?: SimReviewRequest[];
  /** what the generator put in an open pull request: its live state */
  openTruth?: SimOpenTruth;
  /**
   * GitHub fails every query of this pull request's timeline with its
   * "Something went wrong while executing your query" error, as it did for
   * pull requests of the Copilot coding agent (cli/cli#11027). Never set by
   * the generator; tests set it.
   */
  timelineFails?: boolean;
  /** what the generator put in: not visible through the API */
  truth: SimPullRequestTruth;
}

/** A commit on the default branch, with the pull request that brought it. @public */
export interface SimBranchCommit {
  commit: SimCommit;
  pullRequestNumber?: number;
}

/** @public */
export interface SimRepository {
  id: string;
  owner: string;
  name: string;
  defaultBranch: string;
  pullRequests: SimPullRequest[];
  /** default branch history, newest first */
  history: SimBranchCommit[];
}

/** The shapes our queries select from GitHub's GraphQL API. */

export interface RawActor {
  __typename: string;
  login: string;
  databaseId?: number | null;
}

export interface RawGitActor {
  name: string | null;
  email: string | null;
  user: { login: string; databaseId: number | null } | null;
}

export interface RawCommit {
  oid: string;
  message: string;
  authoredDate: string;
  committedDate: string;
  author: RawGitActor | null;
  committer: RawGitActor | null;
}

export interface RawPageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface RawPage<T> {
  pageInfo: RawPageInfo;
  nodes: T[];
}

export interface RawReview {
  author: RawActor | null;
  state:
    | 'APPROVED'
    | 'CHANGES_REQUESTED'
    | 'COMMENTED'
    | 'DISMISSED'
    | 'PENDING';
  submittedAt: string | null;
  commit: { oid: string } | null;
}

export interface RawTimelineItem {
  __typename: string;
  /** set on `ReadyForReviewEvent` */
  createdAt?: string;
  actor?: RawActor | null;
  assignee?: RawActor | null;
  requestedReviewer?: RawActor | null;
}

export interface RawPullRequest {
  id: string;
  number: number;
  title: string;
  url: string;
  body: string;
  updatedAt: string;
  mergedAt: string | null;
  headRefName: string;
  baseRefName: string;
  headRefOid: string;
  mergeCommit: { oid: string } | null;
  author: RawActor | null;
  labels: RawPage<{ name: string }>;
  reviews: RawPage<RawReview>;
  commits: RawPage<{ commit: RawCommit }>;
}

export interface RawRateLimit {
  cost: number;
  remaining: number;
  resetAt: string;
}

export interface RawHistoryCommit extends RawCommit {
  url: string;
  associatedPullRequests: { nodes: Array<{ merged: boolean }> };
}

/** A `RequestedReviewer`: a `User`, `Bot`, `Mannequin` or `Team`. */
export interface RawRequestedReviewer {
  __typename: string;
  login?: string;
  databaseId?: number | null;
  /** `org/team-slug` of a `Team` */
  combinedSlug?: string;
}

/** A pull request of the open-pull-requests query. */
export interface RawOpenPullRequest extends RawPullRequest {
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  isDraft: boolean;
  createdAt: string;
  reviewRequests: RawPage<{ requestedReviewer: RawRequestedReviewer | null }>;
  timelineItems: { nodes: RawTimelineItem[] };
}

import {
  ApproverAssessment,
  ChangeKind,
  Confidence,
  DetectionOverride,
  Evidence,
  Exemption,
  Verdict,
} from './types';
import { OpenChangeCounts } from './open/api';
import { ReportWindow } from './window';

/**
 * Shapes of the backend's HTTP answers, shared with the frontend client so
 * the two sides cannot drift.
 */

/** Sync state of one repository. @public */
export interface RepositorySyncStatus {
  source: 'github' | 'git';
  host: string;
  slug: string;
  url?: string;
  lastSyncAt?: string;
  lastSuccessAt?: string;
  lastError?: string;
  lastErrorAt?: string;
  rateLimitedUntil?: string;
  /** where its history starts: changes merged before were never read */
  historySince?: string;
  /** arrival of the last webhook event for the repository, when one arrived */
  lastEventAt?: string;
  /** why the senior sign-off status check could not be posted, when it could not */
  statusCheckError?: string;
  pointsSpent: number;
  requestsMade: number;
}

/** One week of an entity's or team's history. @public */
export interface WeeklyPoint {
  /** ISO date of the Monday that starts the week (UTC) */
  weekStart: string;
  totalChanges: number;
  aiChanges: number;
  compliantChanges: number;
}

/** Counts over a window. @public */
export interface ComplianceCounts {
  totalChanges: number;
  aiChanges: number;
  /** AI changes with a valid senior approval (verdict `approved`) */
  approved: number;
  /** AI changes waived by an exemption */
  exempt: number;
  /** AI changes that are neither approved nor exempt */
  unapproved: number;
  /** (approved + exempt) / aiChanges, null when there are no AI changes */
  compliance: number | null;
  /** aiChanges / totalChanges, null when there are no changes */
  aiShare: number | null;
}

/**
 * Answer of `GET /entities/:kind/:namespace/:name/summary`: counts over
 * the window, and its weeks that had changes.
 * @public
 */
export interface EntitySummary extends ComplianceCounts, ReportWindow {
  entityRef: string;
  weekly: WeeklyPoint[];
  repositories: RepositorySyncStatus[];
  /** open AI-assisted pull requests now (not windowed) */
  open: OpenChangeCounts;
}

/** A row of the org scorecard. @public */
export interface ScorecardRow extends ComplianceCounts {
  /** the owner group or system entity ref, or the service's own ref */
  ref: string;
  title?: string;
  entityCount: number;
  /** weekly compliance over the window, oldest first (null: no AI change that week) */
  trend?: Array<number | null>;
  /** open AI-assisted pull requests waiting for a senior now (not windowed) */
  waiting: number;
}

/** Query of `GET /scorecard`. @public */
export interface ScorecardQuery {
  groupBy?: 'owner' | 'system' | 'entity';
  /** the window, {@link windowRange}: default {@link DEFAULT_WINDOW_DAYS} */
  days?: number;
  /** only entities owned by this group or its descendants */
  owner?: string;
  /** substring of the row's ref or title */
  filter?: string;
  orderBy?:
    | 'ref'
    | 'compliance'
    | 'aiChanges'
    | 'unapproved'
    | 'aiShare'
    | 'waiting';
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

/** Answer of `GET /scorecard`. @public */
export interface ScorecardResponse extends ReportWindow {
  groupBy: 'owner' | 'system' | 'entity';
  totalCount: number;
  items: ScorecardRow[];
}

/** One change as listed on an entity's tab. @public */
export interface ChangeRow {
  id: string;
  repository: string;
  kind: ChangeKind;
  number?: number;
  title: string;
  url?: string;
  author?: string;
  mergedAt: string;
  aiAssisted: boolean;
  confidence: Confidence;
  evidence: Evidence[];
  /** null for changes that are not AI-assisted */
  verdict: Verdict | null;
  compliant: boolean | null;
  reasons: string[];
  approvers: ApproverAssessment[];
  exemption?: Exemption;
  override?: DetectionOverride;
}

/** The catalog User a login or e-mail belongs to. @public */
export interface CatalogPerson {
  userRef: string;
  displayName?: string;
}

/** Answer of `GET /entities/:kind/:namespace/:name/changes`. @public */
export interface ChangeListResponse extends ReportWindow {
  totalCount: number;
  items: ChangeRow[];
  /**
   * The catalog Users that the authors and approvers of these items belong
   * to, keyed by the login or e-mail exactly as the items give it; people
   * the catalog does not know are left out.
   */
  people: Record<string, CatalogPerson>;
}

/** Filters of the changes list. @public */
export interface ChangeListQuery {
  /** the window, {@link windowRange}: default {@link DEFAULT_WINDOW_DAYS} */
  days?: number;
  /** only these verdicts; `unapproved` = every non-compliant verdict */
  verdict?: Verdict | 'unapproved';
  /** include changes that are not AI-assisted; default false */
  includeNonAi?: boolean;
  /** matches title, author, number or sha */
  search?: string;
  limit?: number;
  offset?: number;
}

/** Load one senior reviewer carries. @public */
export interface ReviewerLoad {
  /** SCM login, or e-mail for plain git reviewers */
  reviewer: string;
  /** the catalog User, when the login or e-mail maps to one */
  userRef?: string;
  displayName?: string;
  senior: boolean;
  /** AI-assisted changes this person reviewed in the window */
  aiReviews: number;
  /** of those, approvals that counted as the senior sign-off */
  seniorApprovals: number;
  /** median hours from the last commit to this reviewer's counting approval */
  medianHoursToApproval: number | null;
  /** this reviewer's share of all senior sign-offs in the window */
  share: number;
  /** open AI-assisted pull requests that request them and wait for their approval of the head, now */
  waiting: number;
  /** since when the oldest of those waits (ready for review) */
  oldestWaitingSince?: string;
}

/** Answer of `GET /reviewers`. @public */
export interface ReviewerLoadResponse extends ReportWindow {
  totalSeniorApprovals: number;
  /** open AI-assisted pull requests waiting for a senior, in the scope, now */
  totalWaiting: number;
  oldestWaitingSince?: string;
  /** the configured warning: a wait longer than this many working days */
  waitWarningWorkingDays: number;
  /** whether the oldest wait is past the warning */
  waitWarning: boolean;
  items: ReviewerLoad[];
}

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

/** Answer of `GET /entities/:kind/:namespace/:name/summary`. @public */
export interface EntitySummary extends ComplianceCounts {
  entityRef: string;
  windowDays: number;
  weekly: WeeklyPoint[];
  repositories: RepositorySyncStatus[];
}

/** A row of the org scorecard. @public */
export interface ScorecardRow extends ComplianceCounts {
  /** the owner group or system entity ref, or the service's own ref */
  ref: string;
  title?: string;
  entityCount: number;
}

/** Answer of `GET /scorecard`. @public */
export interface ScorecardResponse {
  groupBy: 'owner' | 'system' | 'entity';
  windowDays: number;
  totalCount: number;
  items: ScorecardRow[];
}

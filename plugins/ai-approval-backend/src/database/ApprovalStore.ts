import { EntitySummary, ScorecardResponse } from '@internal/plugin-ai-approval-common';

/** @public */
export interface ScorecardQuery {
  groupBy: 'owner' | 'system' | 'entity';
  windowDays: number;
  limit: number;
  offset: number;
}

/**
 * Everything the plugin keeps: repositories and their sync state, the
 * entities linked to them, changes with verdicts, reviews and exemptions.
 * @public
 */
export interface ApprovalStore {
  /** Summary of one entity over the last `windowDays`; undefined if unknown. */
  getEntitySummary(
    entityRef: string,
    windowDays: number,
  ): Promise<EntitySummary | undefined>;
  /** Zero counts for an entity the catalog knows but no sync has seen yet. */
  emptySummary(entityRef: string, windowDays: number): Promise<EntitySummary>;
  getScorecard(query: ScorecardQuery): Promise<ScorecardResponse>;
}

import { createApiRef } from '@backstage/core-plugin-api';
import {
  ChangeListQuery,
  ChangeListResponse,
  ChangeRow,
  EntitySummary,
  OpenChangeListResponse,
  ReviewerLoadResponse,
  ScorecardQuery,
  ScorecardResponse,
} from '@ai-approval/backstage-plugin-ai-approval-common';

/** Filters of the reviewer load. @public */
export interface ReviewerLoadQuery {
  days?: number;
  /** only reviewers who are members of this group (nested), an entity ref */
  group?: string;
}

/**
 * Reads compliance of AI-assisted changes from the ai-approval backend, and
 * records the decisions people take about them.
 * @public
 */
export interface AiApprovalApi {
  getEntitySummary(
    entityRef: string,
    options?: { days?: number },
  ): Promise<EntitySummary>;
  /** One page of an entity's changes, unapproved first, then newest. */
  getChanges(
    entityRef: string,
    query?: ChangeListQuery,
  ): Promise<ChangeListResponse>;
  /** An entity's open AI-assisted pull requests, the longest wait first. */
  getOpenChanges(entityRef: string): Promise<OpenChangeListResponse>;
  /** One page of the scorecard, sorted and filtered by the backend. */
  getScorecard(query?: ScorecardQuery): Promise<ScorecardResponse>;
  getReviewerLoad(query?: ReviewerLoadQuery): Promise<ReviewerLoadResponse>;
  /** Waives the senior-approval rule for one change; needs `ai-approval.exempt`. */
  exemptChange(changeId: string, reason: string): Promise<ChangeRow>;
  /** Removes a change's exemption; needs `ai-approval.exempt`. */
  removeExemption(changeId: string): Promise<ChangeRow>;
  /** Queues a sync of the entity's repositories; needs `ai-approval.refresh`. */
  refreshEntity(entityRef: string): Promise<void>;
}

/** @public */
export const aiApprovalApiRef = createApiRef<AiApprovalApi>({
  id: 'plugin.ai-approval.service',
});

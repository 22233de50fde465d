import { createApiRef } from '@backstage/core-plugin-api';
import {
  EntitySummary,
  ScorecardResponse,
} from '@internal/plugin-ai-approval-common';

/** @public */
export interface ScorecardRequest {
  groupBy?: 'owner' | 'system' | 'entity';
  days?: number;
  limit?: number;
  offset?: number;
}

/**
 * Reads compliance of AI-assisted changes from the ai-approval backend.
 * @public
 */
export interface AiApprovalApi {
  getEntitySummary(
    entityRef: string,
    options?: { days?: number },
  ): Promise<EntitySummary>;
  getScorecard(request?: ScorecardRequest): Promise<ScorecardResponse>;
}

/** @public */
export const aiApprovalApiRef = createApiRef<AiApprovalApi>({
  id: 'plugin.ai-approval.service',
});

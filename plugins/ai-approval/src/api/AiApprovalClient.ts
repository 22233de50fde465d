import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  EntitySummary,
  ScorecardResponse,
} from '@internal/plugin-ai-approval-common';
import { AiApprovalApi, ScorecardRequest } from './AiApprovalApi';

/**
 * The one HTTP client of the ai-approval backend.
 * @public
 */
export class AiApprovalClient implements AiApprovalApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getEntitySummary(
    entityRef: string,
    options: { days?: number } = {},
  ): Promise<EntitySummary> {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    const path = [kind, namespace, name].map(encodeURIComponent).join('/');
    return this.get(`/entities/${path}/summary`, { days: options.days });
  }

  async getScorecard(
    request: ScorecardRequest = {},
  ): Promise<ScorecardResponse> {
    return this.get('/scorecard', { ...request });
  }

  private async get<T>(
    path: string,
    query: Record<string, string | number | undefined>,
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('ai-approval');
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) {
        params.set(key, String(value));
      }
    }
    const qs = params.toString();
    const response = await this.fetchApi.fetch(
      `${baseUrl}${path}${qs ? `?${qs}` : ''}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}

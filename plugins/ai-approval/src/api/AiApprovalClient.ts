import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
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
import { AiApprovalApi, ReviewerLoadQuery } from './AiApprovalApi';

type QueryValues = Record<string, string | number | boolean | undefined>;

function entityPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/entities/${[kind, namespace, name]
    .map(encodeURIComponent)
    .join('/')}`;
}

function queryString(query: QueryValues): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    // an empty filter means "no filter", not "match the empty string"
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

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
    const path = `${entityPath(entityRef)}/summary`;
    return this.json(path + queryString({ days: options.days }));
  }

  async getOpenChanges(entityRef: string): Promise<OpenChangeListResponse> {
    return this.json(`${entityPath(entityRef)}/open-changes`);
  }

  async getChanges(
    entityRef: string,
    query: ChangeListQuery = {},
  ): Promise<ChangeListResponse> {
    const path = `${entityPath(entityRef)}/changes`;
    return this.json(path + queryString({ ...query }));
  }

  async getScorecard(query: ScorecardQuery = {}): Promise<ScorecardResponse> {
    return this.json(`/scorecard${queryString({ ...query })}`);
  }

  async getReviewerLoad(
    query: ReviewerLoadQuery = {},
  ): Promise<ReviewerLoadResponse> {
    return this.json(`/reviewers${queryString({ ...query })}`);
  }

  async exemptChange(changeId: string, reason: string): Promise<ChangeRow> {
    return this.json(`/changes/${encodeURIComponent(changeId)}/exemption`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason }),
    });
  }

  async removeExemption(changeId: string): Promise<ChangeRow> {
    return this.json(`/changes/${encodeURIComponent(changeId)}/exemption`, {
      method: 'DELETE',
    });
  }

  async refreshEntity(entityRef: string): Promise<void> {
    await this.request(`${entityPath(entityRef)}/refresh`, { method: 'POST' });
  }

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await this.request(path, init);
    return (await response.json()) as T;
  }

  private async request(path: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('ai-approval');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}

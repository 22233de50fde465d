import {
  Change,
  ChangeListQuery,
  ChangeListResponse,
  ChangeRow,
  EntitySummary,
  OpenChange,
  OpenChangeListResponse,
  ReportWindow,
  ReviewerLoadResponse,
  ScorecardQuery,
  ScorecardResponse,
  SeniorSet,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { OrgDirectory } from '../catalog/OrgDirectory';
import { RepositoryTarget } from '../catalog/resolveRepositories';
import { PersonDecisions } from '../sync/ChangeJudge';
import { JudgedChange } from './changeRows';
import { JudgedOpenChange } from './openChangeRows';
import { ReviewerLoadOptions } from './reviewers';
import { PostedCheck } from './statusChecks';
import {
  EntityRecord,
  LinkedRepository,
  StoredRepository,
  SyncOutcome,
} from './repositories';
import { ScopeRefs } from './rollup';

/** A stored change to judge again, with what people decided about it. */
export interface StoredChange {
  repositoryId: number;
  change: Change;
  decisions: PersonDecisions;
}

/** A scorecard query with its window worked out. */
export type ScorecardStoreQuery = Omit<ScorecardQuery, 'days'> &
  Required<Pick<ScorecardQuery, 'groupBy' | 'limit' | 'offset'>> & {
    window: ReportWindow;
  };

/** A changes query with its window worked out. */
export type ChangeListStoreQuery = Omit<ChangeListQuery, 'days'> & {
  window: ReportWindow;
};

/**
 * Everything the plugin keeps: repositories and their sync state, the
 * entities linked to them, changes with verdicts, reviews and exemptions.
 */
export interface ApprovalStore {
  // reads served by the API, each over one window (windowRange)
  getEntitySummary(
    entityRef: string,
    window: ReportWindow,
  ): Promise<EntitySummary | undefined>;
  emptySummary(entityRef: string, window: ReportWindow): Promise<EntitySummary>;
  getScorecard(query: ScorecardStoreQuery): Promise<ScorecardResponse>;
  listChanges(
    entityRef: string,
    query: ChangeListStoreQuery,
  ): Promise<ChangeListResponse>;
  getChange(id: string): Promise<ChangeRow | undefined>;
  getReviewerLoad(
    window: ReportWindow,
    group?: string,
    options?: ReviewerLoadOptions,
  ): Promise<ReviewerLoadResponse>;
  /** The open AI-assisted pull requests of an entity, the longest wait first. */
  listOpenChanges(entityRef: string): Promise<OpenChangeListResponse>;
  /** Whether a sync has linked this entity to repositories. */
  hasEntity(entityRef: string): Promise<boolean>;

  // exemptions
  createExemption(
    changeId: string,
    exemption: { by: string; reason: string },
  ): Promise<void>;
  removeExemption(changeId: string): Promise<void>;

  // writes of the sync task
  saveOrg(org: OrgDirectory): Promise<void>;
  ensureRepository(target: RepositoryTarget): Promise<StoredRepository>;
  saveEntity(entity: EntityRecord, repositoryIds: number[]): Promise<void>;
  removeEntitiesExcept(refs: string[]): Promise<void>;
  loadDecisions(
    repositoryId: number,
    changes: Change[],
  ): Promise<Map<string, PersonDecisions>>;
  upsertChanges(
    repositoryId: number,
    judged: JudgedChange[],
    seniors: SeniorSet,
  ): Promise<void>;
  recordSync(repositoryId: number, outcome: SyncOutcome): Promise<void>;
  /** A GitHub repository an entity links, with those entities (webhooks). */
  findLinkedRepository(
    host: string,
    slug: string,
  ): Promise<LinkedRepository | undefined>;
  /** Records when a webhook event for the repository arrived. */
  recordEvent(repositoryId: number, at: string): Promise<void>;
  /** Stores judged open pull requests. */
  upsertOpenChanges(
    repositoryId: number,
    judged: JudgedOpenChange[],
  ): Promise<void>;
  /** Drops open pull requests that were closed or merged. */
  removeOpenChanges(repositoryId: number, numbers: number[]): Promise<void>;
  /** After a full read: drops the stored open pull requests not in `numbers`. */
  keepOpenChanges(repositoryId: number, numbers: number[]): Promise<void>;
  /** A repository's stored open pull requests, to judge again. */
  storedOpenChanges(repositoryId: number): Promise<OpenChange[]>;
  /** The status checks last posted on a repository's pull requests. */
  postedChecks(repositoryId: number): Promise<Map<number, PostedCheck>>;
  recordCheck(
    repositoryId: number,
    number: number,
    check: PostedCheck,
  ): Promise<void>;
  /** Why status checks could not be posted; undefined when they were. */
  recordStatusCheckError(
    repositoryId: number,
    error: string | undefined,
  ): Promise<void>;
  /**
   * Claims a repository for `owner`'s sync until `until` (or extends the
   * owner's claim); false while another process holds an unexpired claim.
   */
  claimRepository(id: number, owner: string, until: Date): Promise<boolean>;
  releaseRepository(id: number, owner: string): Promise<void>;
  getState(key: string): Promise<string | undefined>;
  setState(key: string, value: string): Promise<void>;
  /** The groups and systems entities roll up into, read before they change. */
  scopeRefsOf(entityRefs: string[]): Promise<ScopeRefs>;
  /**
   * Rebuilds the weekly rollups the scorecard reads, taking the entities out
   * of what they rolled up into `before`.
   */
  rebuildEntityWeeks(entityRefs: string[], before?: ScopeRefs): Promise<void>;
  /** Every stored change, in batches, to judge again after a policy change. */
  storedChanges(batchSize: number): AsyncGenerator<StoredChange[]>;
}

import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import {
  Change,
  EntitySummary,
  ReportWindow,
  RepositorySyncStatus,
  SeniorSet,
  windowStartTime,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { Knex } from 'knex';
import {
  ApprovalStore,
  ChangeListStoreQuery,
  ScorecardStoreQuery,
  StoredChange,
} from './ApprovalStore';
import { countColumns, toCounts } from './counts';
import { toSyncStatus } from './rows';
import {
  getChange,
  listChanges,
  loadDecisions,
  upsertChanges,
} from './changes';
import { createExemption, removeExemption } from './exemptions';
import { saveOrg } from './org';
import { claimRepository, releaseRepository } from './repositoryClaims';
import {
  ensureRepository,
  findLinkedRepository,
  recordEvent,
  recordSync,
  removeEntitiesExcept,
  saveEntity,
  EntityRecord,
  SyncOutcome,
} from './repositories';
import { reviewerLoad, ReviewerLoadOptions } from './reviewers';
import {
  keepOpenChanges,
  listOpenChanges,
  openCounts,
  removeOpenChanges,
  storedOpenChanges,
  upsertOpenChanges,
} from './openChanges';
import { JudgedOpenChange } from './openChangeRows';
import {
  PostedCheck,
  postedChecks,
  recordCheck,
  recordStatusCheckError,
} from './statusChecks';
import { getScorecard } from './scorecard';
import {
  entitiesOfRepository,
  rebuildEntityWeeks,
  ScopeRefs,
  scopeRefsOf,
} from './rollup';
import { OrgDirectory } from '../catalog/OrgDirectory';
import { RepositoryTarget } from '../catalog/resolveRepositories';
import { JudgedChange } from './changeRows';

const migrationsDir = resolvePackagePath(
  '@ai-approval/backstage-plugin-ai-approval-backend',
  'migrations',
);

/**
 * Knex-backed store; runs its own migrations unless
 * `database.migrations.skip` is set.
 * @public
 */
export class DatabaseApprovalStore implements ApprovalStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseApprovalStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseApprovalStore(client);
  }

  constructor(private readonly db: Knex) {}

  /**
   * One aggregate query (the totals are the sum of the weeks), run next to
   * the entity and repository reads: a page load waits for one round trip.
   */
  async getEntitySummary(
    entityRef: string,
    window: ReportWindow,
  ): Promise<EntitySummary | undefined> {
    const [entity, weeks, repositories, open] = await Promise.all([
      this.db('ai_approval_entities').where({ entity_ref: entityRef }).first(),
      this.db('ai_approval_changes as c')
        .join(
          'ai_approval_entity_repositories as er',
          'er.repository_id',
          'c.repository_id',
        )
        .where('er.entity_ref', entityRef)
        .where('c.merged_at', '>=', windowStartTime(window))
        .select('c.week_start', ...countColumns(this.db))
        .groupBy('c.week_start')
        .orderBy('c.week_start'),
      this.getRepositories(entityRef),
      openCounts(this.db, entityRef),
    ]);
    if (!entity) {
      return undefined;
    }
    const weekly = weeks.map(w => ({
      weekStart: w.week_start,
      ...toCounts(w),
    }));
    const sum = (key: 'totalChanges' | 'aiChanges' | 'approved' | 'exempt') =>
      weekly.reduce((total, w) => total + w[key], 0);
    return {
      entityRef,
      ...window,
      ...toCounts({
        total_changes: sum('totalChanges'),
        ai_changes: sum('aiChanges'),
        approved: sum('approved'),
        exempt: sum('exempt'),
      }),
      weekly: weekly.map(w => ({
        weekStart: w.weekStart,
        totalChanges: w.totalChanges,
        aiChanges: w.aiChanges,
        compliantChanges: w.approved + w.exempt,
      })),
      repositories,
      open,
    };
  }

  async emptySummary(
    entityRef: string,
    window: ReportWindow,
  ): Promise<EntitySummary> {
    return {
      entityRef,
      ...window,
      ...toCounts({}),
      weekly: [],
      repositories: await this.getRepositories(entityRef),
      open: { supported: false, aiOpen: 0, waiting: 0 },
    };
  }

  async getRepositories(entityRef: string): Promise<RepositorySyncStatus[]> {
    const rows = await this.db('ai_approval_repositories as r')
      .join('ai_approval_entity_repositories as er', 'er.repository_id', 'r.id')
      .where('er.entity_ref', entityRef)
      .select('r.*')
      .orderBy('r.slug');
    return rows.map(toSyncStatus);
  }

  getScorecard(query: ScorecardStoreQuery) {
    return getScorecard(this.db, query);
  }

  listChanges(entityRef: string, query: ChangeListStoreQuery) {
    return listChanges(this.db, entityRef, query);
  }

  getChange(id: string) {
    return getChange(this.db, id);
  }

  getReviewerLoad(
    window: ReportWindow,
    group?: string,
    options?: ReviewerLoadOptions,
  ) {
    return reviewerLoad(this.db, window, group, options);
  }

  listOpenChanges(entityRef: string) {
    return listOpenChanges(this.db, entityRef);
  }

  upsertOpenChanges(repositoryId: number, judged: JudgedOpenChange[]) {
    return upsertOpenChanges(this.db, repositoryId, judged);
  }

  removeOpenChanges(repositoryId: number, numbers: number[]) {
    return removeOpenChanges(this.db, repositoryId, numbers);
  }

  keepOpenChanges(repositoryId: number, numbers: number[]) {
    return keepOpenChanges(this.db, repositoryId, numbers);
  }

  storedOpenChanges(repositoryId: number) {
    return storedOpenChanges(this.db, repositoryId);
  }

  postedChecks(repositoryId: number) {
    return postedChecks(this.db, repositoryId);
  }

  recordCheck(repositoryId: number, number: number, check: PostedCheck) {
    return recordCheck(this.db, repositoryId, number, check);
  }

  recordStatusCheckError(repositoryId: number, error: string | undefined) {
    return recordStatusCheckError(this.db, repositoryId, error);
  }

  async hasEntity(entityRef: string): Promise<boolean> {
    const row = await this.db('ai_approval_entities')
      .where({ entity_ref: entityRef })
      .first('entity_ref');
    return Boolean(row);
  }

  async createExemption(
    changeId: string,
    exemption: { by: string; reason: string },
  ) {
    await createExemption(this.db, changeId, exemption);
    await this.rebuildForChange(changeId);
  }

  async removeExemption(changeId: string) {
    await removeExemption(this.db, changeId);
    await this.rebuildForChange(changeId);
  }

  scopeRefsOf(entityRefs: string[]) {
    return scopeRefsOf(this.db, entityRefs);
  }

  rebuildEntityWeeks(entityRefs: string[], before?: ScopeRefs) {
    return rebuildEntityWeeks(this.db, entityRefs, before);
  }

  private async rebuildForChange(changeId: string) {
    const change = await this.db('ai_approval_changes')
      .where('id', changeId)
      .first();
    if (change) {
      await rebuildEntityWeeks(
        this.db,
        await entitiesOfRepository(this.db, Number(change.repository_id)),
      );
    }
  }

  saveOrg(org: OrgDirectory) {
    return saveOrg(this.db, org);
  }

  ensureRepository(target: RepositoryTarget) {
    return ensureRepository(this.db, target);
  }

  saveEntity(entity: EntityRecord, repositoryIds: number[]) {
    return saveEntity(this.db, entity, repositoryIds);
  }

  removeEntitiesExcept(refs: string[]) {
    return removeEntitiesExcept(this.db, refs);
  }

  loadDecisions(repositoryId: number, changes: Change[]) {
    return loadDecisions(this.db, repositoryId, changes);
  }

  upsertChanges(
    repositoryId: number,
    judged: JudgedChange[],
    seniors: SeniorSet,
  ) {
    return upsertChanges(this.db, repositoryId, judged, seniors);
  }

  recordSync(repositoryId: number, outcome: SyncOutcome) {
    return recordSync(this.db, repositoryId, outcome);
  }

  findLinkedRepository(host: string, slug: string) {
    return findLinkedRepository(this.db, host, slug);
  }

  recordEvent(repositoryId: number, at: string) {
    return recordEvent(this.db, repositoryId, at);
  }

  claimRepository(id: number, owner: string, until: Date) {
    return claimRepository(this.db, id, owner, until);
  }

  releaseRepository(id: number, owner: string) {
    return releaseRepository(this.db, id, owner);
  }

  async getState(key: string): Promise<string | undefined> {
    const row = await this.db('ai_approval_state').where({ key }).first();
    return row?.value;
  }

  async setState(key: string, value: string): Promise<void> {
    await this.db('ai_approval_state')
      .insert({ key, value })
      .onConflict('key')
      .merge();
  }

  async *storedChanges(batchSize: number): AsyncGenerator<StoredChange[]> {
    let after = 0;
    for (;;) {
      const rows = await this.db('ai_approval_changes as c')
        .leftJoin('ai_approval_exemptions as e', 'e.change_id', 'c.id')
        .where('c.id', '>', after)
        .orderBy('c.id')
        .limit(batchSize)
        .select(
          'c.id',
          'c.repository_id',
          'c.payload',
          'c.override',
          'e.created_by',
          'e.reason',
          'e.created_at',
        );
      if (!rows.length) {
        return;
      }
      after = Number(rows[rows.length - 1].id);
      yield rows.map(r => ({
        repositoryId: Number(r.repository_id),
        change: JSON.parse(r.payload),
        decisions: {
          override: r.override ? JSON.parse(r.override) : undefined,
          exemption: r.created_by
            ? { by: r.created_by, reason: r.reason, at: String(r.created_at) }
            : undefined,
        },
      }));
    }
  }
}

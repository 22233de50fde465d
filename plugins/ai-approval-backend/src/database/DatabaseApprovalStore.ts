import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import {
  EntitySummary,
  ScorecardResponse,
  RepositorySyncStatus,
} from '@internal/plugin-ai-approval-common';
import { Knex } from 'knex';
import { ApprovalStore, ScorecardQuery } from './ApprovalStore';
import { countColumns, toCounts, windowStart } from './counts';
import { toSyncStatus } from './rows';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-ai-approval-backend',
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

  async getEntitySummary(
    entityRef: string,
    windowDays: number,
  ): Promise<EntitySummary | undefined> {
    const entity = await this.db('ai_approval_entities')
      .where({ entity_ref: entityRef })
      .first();
    if (!entity) {
      return undefined;
    }
    const since = windowStart(windowDays);
    const changes = () =>
      this.db('ai_approval_changes as c')
        .join(
          'ai_approval_entity_repositories as er',
          'er.repository_id',
          'c.repository_id',
        )
        .where('er.entity_ref', entityRef)
        .where('c.merged_at', '>=', since);
    const [totals] = await changes().select(...countColumns(this.db));
    const weeks = await changes()
      .select('c.week_start', ...countColumns(this.db))
      .groupBy('c.week_start')
      .orderBy('c.week_start');
    return {
      entityRef,
      windowDays,
      ...toCounts(totals),
      weekly: weeks.map(w => {
        const c = toCounts(w);
        return {
          weekStart: w.week_start,
          totalChanges: c.totalChanges,
          aiChanges: c.aiChanges,
          compliantChanges: c.approved + c.exempt,
        };
      }),
      repositories: await this.getRepositories(entityRef),
    };
  }

  async emptySummary(
    entityRef: string,
    windowDays: number,
  ): Promise<EntitySummary> {
    return {
      entityRef,
      windowDays,
      ...toCounts({}),
      weekly: [],
      repositories: await this.getRepositories(entityRef),
    };
  }

  async getRepositories(entityRef: string): Promise<RepositorySyncStatus[]> {
    const rows = await this.db('ai_approval_repositories as r')
      .join(
        'ai_approval_entity_repositories as er',
        'er.repository_id',
        'r.id',
      )
      .where('er.entity_ref', entityRef)
      .select('r.*')
      .orderBy('r.slug');
    return rows.map(toSyncStatus);
  }

  async getScorecard(query: ScorecardQuery): Promise<ScorecardResponse> {
    const refColumn = {
      owner: 'ga.ancestor_ref',
      system: 'e.system_ref',
      entity: 'e.entity_ref',
    }[query.groupBy];
    const base = this.db('ai_approval_entities as e')
      .join(
        'ai_approval_entity_repositories as er',
        'er.entity_ref',
        'e.entity_ref',
      )
      .leftJoin('ai_approval_changes as c', join =>
        join
          .on('c.repository_id', 'er.repository_id')
          .andOn('c.merged_at', '>=', this.db.raw('?', [windowStart(query.windowDays)])),
      )
      .whereNotNull(refColumn);
    if (query.groupBy === 'owner') {
      base.join('ai_approval_group_ancestors as ga', 'ga.group_ref', 'e.owner_ref');
    }
    const rows = await base
      .clone()
      .select(this.db.raw('?? as ref', [refColumn]), ...countColumns(this.db))
      .countDistinct({ entity_count: 'e.entity_ref' })
      .groupBy(refColumn)
      .orderBy(refColumn)
      .limit(query.limit)
      .offset(query.offset);
    const [{ n }] = await base.clone().countDistinct({ n: refColumn });
    return {
      groupBy: query.groupBy,
      windowDays: query.windowDays,
      totalCount: Number(n),
      items: (rows as any[]).map(r => ({
        ref: r.ref,
        entityCount: Number(r.entity_count),
        ...toCounts(r),
      })),
    };
  }
}

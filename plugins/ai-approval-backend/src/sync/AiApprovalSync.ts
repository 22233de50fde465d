import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { AI_APPROVAL_STATUS_CHECKS_ANNOTATION } from '@ai-approval/backstage-plugin-ai-approval-common';
import {
  Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  windowRange,
  windowStartTime,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { OrgDirectory } from '../catalog/OrgDirectory';
import {
  RepositoryTarget,
  resolveRepositories,
} from '../catalog/resolveRepositories';
import { AiApprovalConfig } from '../config';
import { ApprovalStore } from '../database/ApprovalStore';
import {
  LinkedRepository as StoredLink,
  StoredRepository,
} from '../database/repositories';
import { ScopeRefs } from '../database/rollup';
import { readCatalogPages } from '../catalog/readCatalogPages';
import { GithubChangeSource, GithubStatusPublisher } from '../sources/github';
import { EntityOverrides, JudgeFactory, readOverrides } from './judges';
import { checkRepositories, RepositoryToRead } from './checkRepositories';
import { runConcurrently } from './runConcurrently';
import { syncRepository } from './syncRepository';
import { rejudgeOpenPullRequests } from './syncOpenPullRequests';
import { withRepositoryClaim } from './withRepositoryClaim';

const FINGERPRINT_KEY = 'policy-fingerprint';

/** How old the org's Groups and Users may be for a read after a webhook. */
const EVENT_ORG_MAX_AGE_MS = 5 * 60_000;

/** Limits of one sync: one repository, and how fresh the org must be. */
interface SyncScope {
  repositoryId?: number;
  orgMaxAgeMs: number;
}

interface LinkedRepository {
  stored: StoredRepository;
  target: RepositoryTarget;
  overrides: EntityOverrides[];
  /** the entities that link it */
  entityRefs: string[];
  /** an entity opted out of status checks by annotation */
  checksOptedOut: boolean;
}

/** The entity's AI approval tab, where a status check links to. */
function tabUrl(appBaseUrl: string, entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  const parts = [namespace, kind.toLocaleLowerCase('en-US'), name];
  return `${appBaseUrl}/catalog/${parts
    .map(encodeURIComponent)
    .join('/')}/ai-approval`;
}

function relation(
  entity: Entity,
  type: string,
  kind: string,
): string | undefined {
  return entity.relations?.find(
    r => r.type === type && r.targetRef.startsWith(`${kind}:`),
  )?.targetRef;
}

/**
 * One sync: reads the catalog a page at a time, links entities to
 * repositories, asks GitHub in batches which repositories changed, reads
 * those (a few at once) and judges and stores their new changes. One
 * failing repository never stops the others; its error is recorded for
 * people to read.
 */
export class AiApprovalSync {
  constructor(
    private readonly deps: {
      config: AiApprovalConfig;
      catalog: CatalogService;
      auth: AuthService;
      store: ApprovalStore;
      github: GithubChangeSource;
      /** posts status checks when `aiApproval.github.statusChecks` is on */
      statusPublisher?: GithubStatusPublisher;
      integrations: ScmIntegrationRegistry;
      logger: LoggerService;
      /** entities per catalog request; 500 by default */
      catalogPageSize?: number;
    },
  ) {}

  private org?: { directory: OrgDirectory; readAt: number };

  /** Syncs every entity of the configured kinds. */
  async syncAll(signal?: AbortSignal): Promise<void> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const pages = readCatalogPages({
      ...this.deps,
      credentials,
      kinds: this.deps.config.entityKinds,
      pageSize: this.deps.catalogPageSize,
    });
    await this.sync(pages, true, signal);
  }

  /** Syncs one entity's repositories now (the refresh button). */
  async syncEntity(entity: Entity): Promise<void> {
    await this.sync([[entity]], false);
  }

  /**
   * Syncs one repository that entities link, now (after a webhook event):
   * only that repository is read, without the batched check, with the org
   * of the last few minutes.
   */
  async syncLinkedRepository(linked: StoredLink): Promise<void> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const { items } = await this.deps.catalog.getEntitiesByRefs(
      { entityRefs: linked.entityRefs },
      { credentials },
    );
    const entities = items.filter((e): e is Entity => !!e);
    await this.sync([entities], false, undefined, {
      repositoryId: linked.repository.id,
      orgMaxAgeMs: EVENT_ORG_MAX_AGE_MS,
    });
  }

  /** The org's Groups and Users, read again when older than `maxAgeMs`. */
  private async readOrg(maxAgeMs: number): Promise<OrgDirectory> {
    if (this.org && Date.now() - this.org.readAt <= maxAgeMs) {
      return this.org.directory;
    }
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const groups: Entity[] = [];
    const users: Entity[] = [];
    for await (const page of readCatalogPages({
      ...this.deps,
      credentials,
      kinds: ['Group', 'User'],
      pageSize: this.deps.catalogPageSize,
    })) {
      for (const entity of page) {
        (entity.kind === 'Group' ? groups : users).push(entity);
      }
    }
    const directory = new OrgDirectory(groups, users);
    await this.deps.store.saveOrg(directory);
    this.org = { directory, readAt: Date.now() };
    return directory;
  }

  private async sync(
    pages: AsyncIterable<Entity[]> | Iterable<Entity[]>,
    complete: boolean,
    signal?: AbortSignal,
    scope: SyncScope = { orgMaxAgeMs: 0 },
  ) {
    const { store, logger, config } = this.deps;
    const started = Date.now();
    const org = await this.readOrg(scope.orgMaxAgeMs);
    const judges = new JudgeFactory(config, org);
    const { repositories, refs, before } = await this.link(pages, complete);
    if (complete) {
      await this.rejudgeIfPolicyChanged(judges, repositories);
    }
    const backfillSince = windowStartTime(windowRange(config.backfillDays));
    // an event names the repository that changed: no check needed
    const toRead: Array<RepositoryToRead<LinkedRepository>> =
      scope.repositoryId === undefined
        ? await checkRepositories({
            ...this.deps,
            items: [...repositories.values()],
            backfillSince,
            signal,
          })
        : [repositories.get(scope.repositoryId)]
            .filter((item): item is LinkedRepository => !!item)
            .map(item => ({ item }));
    let skipped = 0;
    await runConcurrently(
      toRead,
      config.concurrency,
      async ({ item: repo, checked }) => {
        const synced = await withRepositoryClaim(
          store,
          repo.stored.id,
          async () =>
            syncRepository({
              ...this.deps,
              // read again once claimed: another replica may have moved it
              repository: await store.ensureRepository(repo.target),
              target: repo.target,
              judge: judges.judgeFor(repo.overrides),
              backfillSince,
              signal,
              statusChecks: this.statusChecksFor(repo),
              checked,
            }),
        );
        skipped += synced ? 0 : 1;
      },
      signal,
    );
    await store.rebuildEntityWeeks(refs, before);
    logger.info(
      `Synced ${repositories.size - skipped} repositories of ${
        refs.length
      } entities in ${Date.now() - started} ms (${
        toRead.length - skipped
      } read after the check)${
        skipped ? ` (${skipped} being synced by another replica)` : ''
      }`,
    );
  }

  /** How checks go to a repository; undefined when they are off for it. */
  private statusChecksFor(repo: LinkedRepository) {
    const { config, statusPublisher, logger } = this.deps;
    if (!config.statusChecks || !statusPublisher || repo.checksOptedOut) {
      return undefined;
    }
    const targetUrl = tabUrl(config.appBaseUrl, [...repo.entityRefs].sort()[0]);
    return { publisher: statusPublisher, targetUrl, logger };
  }

  /**
   * Registers repositories and entity links, a catalog page at a time;
   * returns the repositories to read, every entity's ref and what the
   * entities rolled up into before.
   */
  private async link(
    pages: AsyncIterable<Entity[]> | Iterable<Entity[]>,
    complete: boolean,
  ) {
    const repositories = new Map<number, LinkedRepository>();
    const refs: string[] = [];
    const linked: string[] = [];
    const before: ScopeRefs = { owner: [], system: [] };
    for await (const page of pages) {
      const pageRefs = page.map(e => stringifyEntityRef(e));
      // an owner, system or group tree that changes takes its counts along
      const scopes = await this.deps.store.scopeRefsOf(pageRefs);
      before.owner.push(...scopes.owner);
      before.system.push(...scopes.system);
      refs.push(...pageRefs);
      for (const entity of page) {
        if (await this.linkEntity(entity, repositories)) {
          linked.push(stringifyEntityRef(entity));
        }
      }
    }
    if (complete) {
      await this.deps.store.removeEntitiesExcept(linked);
    }
    return { repositories, refs, before };
  }

  /** Saves one entity and its repositories; false when it links none. */
  private async linkEntity(
    entity: Entity,
    repositories: Map<number, LinkedRepository>,
  ): Promise<boolean> {
    const { store, integrations, config } = this.deps;
    const targets = resolveRepositories(
      entity,
      integrations,
      config.git.baseDir,
    );
    if (!targets.length) {
      return false;
    }
    const ref = stringifyEntityRef(entity);
    const ids: number[] = [];
    for (const target of targets) {
      const stored = await store.ensureRepository(target);
      ids.push(stored.id);
      const entry = repositories.get(stored.id) ?? {
        stored,
        target,
        overrides: [],
        entityRefs: [],
        checksOptedOut: false,
      };
      entry.overrides.push(readOverrides(entity));
      entry.entityRefs.push(ref);
      entry.checksOptedOut ||=
        entity.metadata.annotations?.[
          AI_APPROVAL_STATUS_CHECKS_ANNOTATION
        ]?.trim() === 'disabled';
      repositories.set(stored.id, entry);
    }
    await store.saveEntity(
      {
        ref,
        title: entity.metadata.title,
        ownerRef: relation(entity, RELATION_OWNED_BY, 'group'),
        systemRef: relation(entity, RELATION_PART_OF, 'system'),
      },
      ids,
    );
    return true;
  }

  /** Judges stored changes again when the policy or a senior set changed. */
  private async rejudgeIfPolicyChanged(
    judges: JudgeFactory,
    repositories: Map<number, LinkedRepository>,
  ) {
    const { store, logger } = this.deps;
    for (const repo of repositories.values()) {
      judges.judgeFor(repo.overrides);
    }
    const print = judges.fingerprint();
    const previous = await store.getState(FINGERPRINT_KEY);
    if (previous === print) {
      return;
    }
    if (previous) {
      logger.info(
        'Policy or senior reviewers changed; judging stored changes again',
      );
      for await (const batch of store.storedChanges(500)) {
        const byRepository = new Map<number, typeof batch>();
        for (const item of batch) {
          const items = byRepository.get(item.repositoryId);
          if (items) {
            items.push(item);
          } else {
            byRepository.set(item.repositoryId, [item]);
          }
        }
        for (const [repositoryId, items] of byRepository) {
          const judge = judges.judgeFor(
            repositories.get(repositoryId)?.overrides ?? [{}],
          );
          const judged = items.map(i => judge.judge(i.change, i.decisions));
          await store.upsertChanges(repositoryId, judged, judge.seniors);
        }
      }
      for (const [id, repo] of repositories) {
        await rejudgeOpenPullRequests(
          store,
          id,
          judges.judgeFor(repo.overrides),
        );
      }
    }
    await store.setState(FINGERPRINT_KEY, print);
  }
}

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
import { StoredRepository } from '../database/repositories';
import { GithubChangeSource, GithubStatusPublisher } from '../sources/github';
import { EntityOverrides, JudgeFactory, readOverrides } from './judges';
import { syncRepository } from './syncRepository';
import { rejudgeOpenPullRequests } from './syncOpenPullRequests';
import { withRepositoryClaim } from './withRepositoryClaim';

const FINGERPRINT_KEY = 'policy-fingerprint';

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
 * One sync: reads the catalog, links entities to repositories, reads each
 * repository's new changes, judges and stores them. One failing repository
 * never stops the others; its error is recorded for people to read.
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
    },
  ) {}

  /** Syncs every entity of the configured kinds. */
  async syncAll(signal?: AbortSignal): Promise<void> {
    const entities = await this.readEntities(this.deps.config.entityKinds);
    await this.sync(entities, true, signal);
  }

  /** Syncs one entity's repositories now (the refresh button). */
  async syncEntity(entity: Entity): Promise<void> {
    await this.sync([entity], false);
  }

  private async readEntities(kinds: string[]): Promise<Entity[]> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const { items } = await this.deps.catalog.getEntities(
      { filter: { kind: kinds } },
      { credentials },
    );
    return items;
  }

  private async sync(
    entities: Entity[],
    complete: boolean,
    signal?: AbortSignal,
  ) {
    const { store, logger } = this.deps;
    const started = Date.now();
    const refs = entities.map(e => stringifyEntityRef(e));
    // an owner, system or group tree that changes takes its counts along
    const before = await store.scopeRefsOf(refs);
    const orgEntities = await this.readEntities(['Group', 'User']);
    const org = new OrgDirectory(
      orgEntities.filter(e => e.kind === 'Group'),
      orgEntities.filter(e => e.kind === 'User'),
    );
    await store.saveOrg(org);
    const judges = new JudgeFactory(this.deps.config, org);
    const repositories = await this.link(entities, complete);
    if (complete) {
      await this.rejudgeIfPolicyChanged(judges, repositories);
    }
    let skipped = 0;
    for (const repo of repositories.values()) {
      signal?.throwIfAborted();
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
            backfillSince: windowStartTime(
              windowRange(this.deps.config.backfillDays),
            ),
            signal,
            statusChecks: this.statusChecksFor(repo),
          }),
      );
      skipped += synced ? 0 : 1;
    }
    await store.rebuildEntityWeeks(refs, before);
    logger.info(
      `Synced ${repositories.size - skipped} repositories of ${
        entities.length
      } entities in ${Date.now() - started} ms${
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

  /** Registers repositories and entity links; returns repositories to read. */
  private async link(entities: Entity[], complete: boolean) {
    const { store, integrations, config } = this.deps;
    const repositories = new Map<number, LinkedRepository>();
    const linked: string[] = [];
    for (const entity of entities) {
      const targets = resolveRepositories(
        entity,
        integrations,
        config.git.baseDir,
      );
      if (!targets.length) {
        continue;
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
      linked.push(ref);
    }
    if (complete) {
      await store.removeEntitiesExcept(linked);
    }
    return repositories;
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

import {
  AuditorService,
  BackendFeature,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  ServiceMock,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { JsonObject } from '@backstage/types';
import { knex as createKnex, Knex } from 'knex';
import { aiApprovalPlugin } from '../plugin';
import { ManualScheduler } from './ManualScheduler';

/**
 * The test database for the plugin; other plugins (the events backend)
 * get an in-memory SQLite database of their own, so that their migrations
 * do not race the plugin's in one schema.
 */
function pluginDatabases(knex: Knex) {
  return createServiceFactory({
    service: coreServices.database,
    deps: { plugin: coreServices.pluginMetadata },
    factory({ plugin }) {
      const client =
        plugin.getId() === 'ai-approval'
          ? knex
          : createKnex({
              client: 'better-sqlite3',
              connection: ':memory:',
              useNullAsDefault: true,
            });
      return { getClient: async () => client };
    },
  });
}

/** The id the plugin schedules its sync under. */
export const SYNC_TASK_ID = 'ai-approval-sync';

/** Token the simulator expects in `Authorization`. */
export const SIMULATOR_TOKEN = 'simulator-token';

/** What {@link startAiApprovalBackend} starts the plugin with. */
export interface AiApprovalBackendOptions {
  knex: Knex;
  entities: Entity[];
  /** the simulator to configure as a GitHub integration */
  github?: { host: string; url: string };
  /** `aiApproval` config, on top of a schedule that never fires by itself */
  aiApproval?: JsonObject;
  /** answer every permission check with DENY */
  deny?: boolean;
  auditor?: ServiceMock<AuditorService>;
  /** more features (the events backend and its GitHub module, say) */
  features?: BackendFeature[];
  /** more root config (`events`, say) */
  config?: JsonObject;
}

/**
 * Starts a test backend with the real plugin on a test database, a mocked
 * catalog, the GitHub simulator as the GitHub integration, and a scheduler
 * that runs the plugin's sync task only when the test says so.
 */
export async function startAiApprovalBackend(
  options: AiApprovalBackendOptions,
): Promise<AiApprovalBackend> {
  const scheduler = new ManualScheduler();
  const { github } = options;
  const backend = await startTestBackend({
    features: [
      aiApprovalPlugin,
      scheduler.factory(),
      mockServices.rootLogger.factory({ level: 'error' }),
      pluginDatabases(options.knex),
      mockServices.rootConfig.factory({
        data: {
          integrations: {
            github: github
              ? [
                  {
                    host: github.host,
                    apiBaseUrl: github.url,
                    token: SIMULATOR_TOKEN,
                  },
                ]
              : [],
          },
          ...options.config,
          aiApproval: {
            schedule: {
              frequency: { hours: 24 },
              timeout: { minutes: 10 },
              initialDelay: { hours: 24 },
            },
            ...options.aiApproval,
          },
        },
      }),
      catalogServiceMock.factory({ entities: options.entities }),
      ...(options.deny
        ? [mockServices.permissions.factory({ result: AuthorizeResult.DENY })]
        : []),
      ...(options.auditor ? [options.auditor.factory] : []),
      ...(options.features ?? []),
    ],
  });
  return {
    server: backend.server,
    scheduler,
    sync: () => scheduler.run(SYNC_TASK_ID),
    stop: () => backend.stop(),
  };
}

/** A started backend. */
export interface AiApprovalBackend {
  server: TestBackend['server'];
  scheduler: ManualScheduler;
  /** Runs the plugin's scheduled sync now; rejects when the task fails. */
  sync(): Promise<void>;
  stop(): Promise<void>;
}

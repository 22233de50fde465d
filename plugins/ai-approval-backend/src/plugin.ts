import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  DefaultGithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { aiApprovalPermissions } from '@ai-approval/backstage-plugin-ai-approval-common';
import { readAiApprovalConfig } from './config';
import { DatabaseApprovalStore } from './database/DatabaseApprovalStore';
import { createRouter } from './service/router';
import { GithubChangeSource, GithubStatusPublisher } from './sources/github';
import { subscribeGithubEvents } from './events/subscribeGithubEvents';
import { AiApprovalSync } from './sync/AiApprovalSync';

/**
 * The ai-approval backend plugin: ingests catalog services' merged changes
 * on a schedule, judges them, and serves compliance.
 *
 * @public
 */
export const aiApprovalPlugin = createBackendPlugin({
  pluginId: 'ai-approval',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        catalog: catalogServiceRef,
        events: eventsServiceRef,
      },
      async init(deps) {
        const config = readAiApprovalConfig(deps.config);
        const store = await DatabaseApprovalStore.create(deps);
        const integrations = ScmIntegrations.fromConfig(deps.config);
        const github = GithubChangeSource.fromConfig(deps.config, {
          logger: deps.logger,
        });
        const statusPublisher = new GithubStatusPublisher({
          integrations,
          credentialsProvider:
            DefaultGithubCredentialsProvider.fromIntegrations(integrations),
        });
        const sync = new AiApprovalSync({
          ...deps,
          config,
          store,
          github,
          integrations,
          statusPublisher,
        });

        await deps.scheduler.scheduleTask({
          id: 'ai-approval-sync',
          ...config.schedule,
          scope: 'global',
          fn: signal => sync.syncAll(signal),
        });
        // webhooks, when the events backend and its GitHub module are installed
        await subscribeGithubEvents({ ...deps, store, sync });
        deps.permissionsRegistry.addPermissions(aiApprovalPermissions);
        deps.httpRouter.use(
          await createRouter({
            ...deps,
            store,
            sync,
            waitWarningWorkingDays: config.waitWarningWorkingDays,
          }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});

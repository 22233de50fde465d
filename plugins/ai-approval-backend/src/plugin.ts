import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { aiApprovalPermissions } from '@internal/plugin-ai-approval-common';
import { DatabaseApprovalStore } from './database/DatabaseApprovalStore';
import { createRouter } from './service/router';

/**
 * The ai-approval backend plugin: ingests catalog services' merged changes,
 * judges them, and serves compliance.
 *
 * @public
 */
export const aiApprovalPlugin = createBackendPlugin({
  pluginId: 'ai-approval',
  register(env) {
    env.registerInit({
      deps: {
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
      },
      async init(deps) {
        const store = await DatabaseApprovalStore.create({
          database: deps.database,
        });
        deps.permissionsRegistry.addPermissions(aiApprovalPermissions);
        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            catalog: deps.catalog,
            store,
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

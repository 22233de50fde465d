import {
  AuditorService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ApprovalStore } from '../database/ApprovalStore';
import { spec } from '../schema/openapi.generated';
import { AiApprovalSync } from '../sync/AiApprovalSync';
import { Access } from './access';
import { registerChangeRoutes } from './endpoints/changes';
import { registerEntityRoutes } from './endpoints/entities';
import { registerOrgRoutes } from './endpoints/org';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  auditor: AuditorService;
  logger: LoggerService;
  store: ApprovalStore;
  sync: Pick<AiApprovalSync, 'syncEntity'>;
  /** a wait for a senior longer than this, in working days, is flagged */
  waitWarningWorkingDays?: number;
}

/** The typed router of src/schema/openapi.yaml. */
export type ApiRouter = ReturnType<
  typeof createValidatedOpenApiRouter<typeof spec>
>;

/** The plugin's HTTP API, validated against src/schema/openapi.yaml. */
export async function createRouter(options: RouterOptions) {
  const router = createValidatedOpenApiRouter(spec);
  const access = new Access(
    options.httpAuth,
    options.permissions,
    options.catalog,
  );
  const context = { ...options, access };

  router.get('/health', async (_req, res) => {
    res.json({ status: 'ok' });
  });
  registerEntityRoutes(router, context);
  registerOrgRoutes(router, context);
  registerChangeRoutes(router, context);
  return router;
}

/** What every endpoint file gets. */
export type EndpointContext = RouterOptions & { access: Access };

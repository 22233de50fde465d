import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { aiApprovalReadPermission } from '@internal/plugin-ai-approval-common';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Request } from 'express';
import { ApprovalStore } from '../database/ApprovalStore';
import { spec } from '../schema/openapi.generated';

const DEFAULT_WINDOW_DAYS = 90;

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  store: ApprovalStore;
}

/** The plugin's HTTP API, validated against src/schema/openapi.yaml. */
export async function createRouter(options: RouterOptions) {
  const { httpAuth, permissions, catalog, store } = options;
  const router = createValidatedOpenApiRouter(spec);

  const authorizeRead = async (req: Request<any, any, any, any, any>) => {
    const credentials = await httpAuth.credentials(req);
    const [decision] = await permissions.authorize(
      [{ permission: aiApprovalReadPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('Not allowed to read AI approval data');
    }
    return credentials;
  };

  router.get('/health', async (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/entities/:kind/:namespace/:name/summary', async (req, res) => {
    const credentials = await authorizeRead(req);
    const entityRef = stringifyEntityRef(req.params);
    const days = req.query.days ?? DEFAULT_WINDOW_DAYS;
    const summary = await store.getEntitySummary(entityRef, days);
    if (summary) {
      res.json(summary);
      return;
    }
    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    res.json(await store.emptySummary(entityRef, days));
  });

  router.get('/scorecard', async (req, res) => {
    await authorizeRead(req);
    res.json(
      await store.getScorecard({
        groupBy: req.query.groupBy ?? 'owner',
        windowDays: req.query.days ?? DEFAULT_WINDOW_DAYS,
        limit: req.query.limit ?? 100,
        offset: req.query.offset ?? 0,
      }),
    );
  });

  return router;
}

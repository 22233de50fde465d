import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  aiApprovalReadPermission,
  aiApprovalRefreshPermission,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { requestWindow } from '../requestWindow';
import type { ApiRouter, EndpointContext } from '../router';

/** Summary, changes and refresh of one entity. */
export function registerEntityRoutes(router: ApiRouter, ctx: EndpointContext) {
  const { access, store } = ctx;

  router.get('/entities/:kind/:namespace/:name/summary', async (req, res) => {
    const credentials = await access.require(req, aiApprovalReadPermission);
    const ref = stringifyEntityRef(req.params);
    const window = requestWindow(req.query.days);
    const summary = await store.getEntitySummary(ref, window);
    if (summary) {
      res.json(summary);
      return;
    }
    await access.entity(req.params, credentials);
    res.json(await store.emptySummary(ref, window));
  });

  router.get('/entities/:kind/:namespace/:name/changes', async (req, res) => {
    const credentials = await access.require(req, aiApprovalReadPermission);
    const ref = stringifyEntityRef(req.params);
    if (!(await store.hasEntity(ref))) {
      await access.entity(req.params, credentials);
    }
    const { days, ...query } = req.query;
    res.json(
      await store.listChanges(ref, { ...query, window: requestWindow(days) }),
    );
  });

  router.get(
    '/entities/:kind/:namespace/:name/open-changes',
    async (req, res) => {
      const credentials = await access.require(req, aiApprovalReadPermission);
      const ref = stringifyEntityRef(req.params);
      if (!(await store.hasEntity(ref))) {
        await access.entity(req.params, credentials);
      }
      res.json(await store.listOpenChanges(ref));
    },
  );

  router.post('/entities/:kind/:namespace/:name/refresh', async (req, res) => {
    const credentials = await access.require(req, aiApprovalRefreshPermission);
    const entity = await access.entity(req.params, credentials);
    // runs in the background; the sync status shows how it went
    ctx.sync
      .syncEntity(entity)
      .catch(error =>
        ctx.logger.warn(
          `Refresh of ${stringifyEntityRef(entity)} failed: ${error}`,
        ),
      );
    res.status(202).json({ status: 'started' });
  });
}

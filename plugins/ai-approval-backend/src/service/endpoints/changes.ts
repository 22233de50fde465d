import { NotFoundError } from '@backstage/errors';
import { aiApprovalExemptPermission } from '@ai-approval/backstage-plugin-ai-approval-common';
import type { ApiRouter, EndpointContext } from '../router';

/** Exemptions: waive or restore the rule for one change, audited. */
export function registerChangeRoutes(router: ApiRouter, ctx: EndpointContext) {
  const { access, store, auditor } = ctx;

  const found = async (id: string) => {
    const change = await store.getChange(id);
    if (!change) {
      throw new NotFoundError(`No change with id ${id}`);
    }
    return change;
  };

  router.put('/changes/:id/exemption', async (req, res) => {
    const credentials = await access.require(req, aiApprovalExemptPermission);
    const event = await auditor.createEvent({
      eventId: 'exemption',
      severityLevel: 'medium',
      request: req,
      meta: {
        action: 'create',
        changeId: req.params.id,
        reason: req.body.reason,
      },
    });
    try {
      const principal = credentials.principal as { userEntityRef?: string };
      const by = principal.userEntityRef ?? 'service';
      await store.createExemption(req.params.id, {
        by,
        reason: req.body.reason,
      });
      await event.success();
      res.json(await found(req.params.id));
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  router.delete('/changes/:id/exemption', async (req, res) => {
    await access.require(req, aiApprovalExemptPermission);
    const event = await auditor.createEvent({
      eventId: 'exemption',
      severityLevel: 'medium',
      request: req,
      meta: { action: 'remove', changeId: req.params.id },
    });
    try {
      await store.removeExemption(req.params.id);
      await event.success();
      res.json(await found(req.params.id));
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });
}

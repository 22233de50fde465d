import { aiApprovalReadPermission } from '@ai-approval/backstage-plugin-ai-approval-common';
import { requestWindow } from '../requestWindow';
import type { ApiRouter, EndpointContext } from '../router';

/** Org-wide reads: scorecard and reviewer load. */
export function registerOrgRoutes(router: ApiRouter, ctx: EndpointContext) {
  const { access, store } = ctx;

  router.get('/scorecard', async (req, res) => {
    await access.require(req, aiApprovalReadPermission);
    const { days, ...query } = req.query;
    res.json(
      await store.getScorecard({
        ...query,
        groupBy: query.groupBy ?? 'owner',
        window: requestWindow(days),
        limit: query.limit ?? 100,
        offset: query.offset ?? 0,
      }),
    );
  });

  router.get('/reviewers', async (req, res) => {
    await access.require(req, aiApprovalReadPermission);
    res.json(
      await store.getReviewerLoad(
        requestWindow(req.query.days),
        req.query.group,
        { waitWarningWorkingDays: ctx.waitWarningWorkingDays },
      ),
    );
  });
}

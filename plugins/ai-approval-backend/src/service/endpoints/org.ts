import { aiApprovalReadPermission } from '@ai-approval/backstage-plugin-ai-approval-common';
import type { ApiRouter, EndpointContext } from '../router';

const DEFAULT_DAYS = 90;

/** Org-wide reads: scorecard and reviewer load. */
export function registerOrgRoutes(router: ApiRouter, ctx: EndpointContext) {
  const { access, store } = ctx;

  router.get('/scorecard', async (req, res) => {
    await access.require(req, aiApprovalReadPermission);
    res.json(
      await store.getScorecard({
        ...req.query,
        groupBy: req.query.groupBy ?? 'owner',
        days: req.query.days ?? DEFAULT_DAYS,
        limit: req.query.limit ?? 100,
        offset: req.query.offset ?? 0,
      }),
    );
  });

  router.get('/reviewers', async (req, res) => {
    await access.require(req, aiApprovalReadPermission);
    res.json(
      await store.getReviewerLoad(
        req.query.days ?? DEFAULT_DAYS,
        req.query.group,
        { waitWarningWorkingDays: ctx.waitWarningWorkingDays },
      ),
    );
  });
}

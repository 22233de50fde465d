import { createRouteRef } from '@backstage/core-plugin-api';

/** The org scorecard page. */
export const rootRouteRef = createRouteRef({ id: 'ai-approval' });

/** The entity tab. */
export const entityContentRouteRef = createRouteRef({
  id: 'ai-approval:entity-content',
});

/** The tab on Group pages. */
export const teamContentRouteRef = createRouteRef({
  id: 'ai-approval:team-content',
});

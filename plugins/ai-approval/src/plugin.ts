import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { aiApprovalApiRef, AiApprovalClient } from './api';
import {
  entityContentRouteRef,
  rootRouteRef,
  teamContentRouteRef,
} from './routes';

/**
 * The ai-approval frontend plugin (legacy frontend system).
 * @public
 */
export const aiApprovalPlugin = createPlugin({
  id: 'ai-approval',
  apis: [
    createApiFactory({
      api: aiApprovalApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new AiApprovalClient(deps),
    }),
  ],
  routes: {
    root: rootRouteRef,
    entityContent: entityContentRouteRef,
    teamContent: teamContentRouteRef,
  },
});

/** @public */
export const AiApprovalScorecardPage: () => JSX.Element =
  aiApprovalPlugin.provide(
    createRoutableExtension({
      name: 'AiApprovalScorecardPage',
      component: () =>
        import('./components/AiApprovalScorecardPage').then(
          m => m.AiApprovalScorecardPage,
        ),
      mountPoint: rootRouteRef,
    }),
  );

/** @public */
export const EntityAiApprovalContent: () => JSX.Element =
  aiApprovalPlugin.provide(
    createRoutableExtension({
      name: 'EntityAiApprovalContent',
      component: () =>
        import('./components/EntityAiApprovalContent').then(
          m => m.EntityAiApprovalContent,
        ),
      mountPoint: entityContentRouteRef,
    }),
  );

/**
 * The tab of a Group: compliance of the team's services and its senior
 * reviewers' load.
 * @public
 */
export const EntityTeamAiApprovalContent: () => JSX.Element =
  aiApprovalPlugin.provide(
    createRoutableExtension({
      name: 'EntityTeamAiApprovalContent',
      component: () =>
        import('./components/EntityTeamAiApprovalContent').then(
          m => m.EntityTeamAiApprovalContent,
        ),
      mountPoint: teamContentRouteRef,
    }),
  );

/** @public */
export const EntityAiApprovalCard: (props: {
  /** where the card's link to the tab points, relative to the entity page */
  tabPath?: string;
}) => JSX.Element = aiApprovalPlugin.provide(
  createComponentExtension({
    name: 'EntityAiApprovalCard',
    component: {
      lazy: () =>
        import('./components/EntityAiApprovalCard').then(
          m => m.EntityAiApprovalCard,
        ),
    },
  }),
);

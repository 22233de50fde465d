/**
 * The ai-approval frontend plugin for the new frontend system.
 *
 * @packageDocumentation
 */
import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { Entity } from '@backstage/catalog-model';
import VerifiedUserIcon from '@material-ui/icons/VerifiedUser';
import { aiApprovalApiRef, AiApprovalClient } from './api';
import { isAiApprovalAvailable } from './isAiApprovalAvailable';
import { rootRouteRef } from './routes';

function isGroup(entity: Entity): boolean {
  return entity.kind.toLocaleLowerCase('en-US') === 'group';
}

/** @alpha */
export const aiApprovalApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: aiApprovalApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new AiApprovalClient(deps),
    }),
});

/** @alpha */
export const aiApprovalScorecardPage = PageBlueprint.make({
  params: {
    path: '/ai-approval',
    title: 'AI Approvals',
    icon: <VerifiedUserIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      // the app's page layout draws the header (title and icon above)
      import('./components/AiApprovalScorecardPage').then(m => (
        <m.AiApprovalScorecardContent />
      )),
  },
});

/** @alpha */
export const aiApprovalEntityContent = EntityContentBlueprint.make({
  params: {
    path: '/ai-approval',
    title: 'AI Approval',
    filter: entity => !isGroup(entity) && isAiApprovalAvailable(entity),
    loader: () =>
      import('./components/EntityAiApprovalContent').then(m => (
        <m.EntityAiApprovalContent />
      )),
  },
});

/** @alpha */
export const aiApprovalTeamContent = EntityContentBlueprint.make({
  name: 'team',
  params: {
    path: '/ai-approval',
    title: 'AI Approval',
    filter: isGroup,
    loader: () =>
      import('./components/EntityTeamAiApprovalContent').then(m => (
        <m.EntityTeamAiApprovalContent />
      )),
  },
});

/** @alpha */
export const aiApprovalEntityCard = EntityCardBlueprint.make({
  params: {
    filter: isAiApprovalAvailable,
    loader: () =>
      import('./components/EntityAiApprovalCard').then(m => (
        <m.EntityAiApprovalCard />
      )),
  },
});

/** @alpha */
export default createFrontendPlugin({
  pluginId: 'ai-approval',
  extensions: [
    aiApprovalApi,
    aiApprovalScorecardPage,
    aiApprovalEntityContent,
    aiApprovalTeamContent,
    aiApprovalEntityCard,
  ],
  routes: { root: convertLegacyRouteRef(rootRouteRef) },
});

import {
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';

import { rootRouteRef } from './routes';

export const page = PageBlueprint.make({
  params: {
    path: '/ai-approval',
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/TodoPage').then(m => (
        <m.TodoPage />
      )),
  },
});

export const aiApprovalPlugin = createFrontendPlugin({
  pluginId: 'ai-approval',
  extensions: [page],
  routes: {
    root: rootRouteRef,
  }
});

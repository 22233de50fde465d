/*
 * A standalone backend for working on this plugin: `yarn start` in this
 * package. No authentication nor permissions (mocked), and a mock catalog with one entity
 * whose repository is this monorepo's own git history, read with plain git:
 *
 *   curl -X POST localhost:7007/api/ai-approval/entities/component/default/sample/refresh
 *   curl localhost:7007/api/ai-approval/entities/component/default/sample/summary
 *   curl 'localhost:7007/api/ai-approval/entities/component/default/sample/changes?includeNonAi=true'
 *
 * The whole portal is `yarn start` at the root.
 */
import path from 'node:path';
import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { AI_APPROVAL_GIT_REPOSITORIES_ANNOTATION } from '@ai-approval/backstage-plugin-ai-approval-common';

const backend = createBackend();

backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
// every request is allowed: there is no permission backend here
backend.add(
  mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
);

backend.add(
  catalogServiceMock.factory({
    entities: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'sample',
          title: 'Sample Component',
          annotations: {
            [AI_APPROVAL_GIT_REPOSITORIES_ANNOTATION]: path.resolve(
              __dirname,
              '../../..',
            ),
          },
        },
        spec: { type: 'service', owner: 'guests', lifecycle: 'experimental' },
      },
    ],
  }),
);

backend.add(import('../src'));

backend.start();

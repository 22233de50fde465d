import { ReactElement } from 'react';
import { SWRConfig } from 'swr';
import { RenderResult } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import { alertApiRef } from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { AiApprovalApi, aiApprovalApiRef } from '../api';

export interface RenderOptions {
  api: AiApprovalApi;
  /** permissions the user holds, by name; default none */
  allow?: string[];
  entity?: Entity;
}

/** Renders a component of this plugin in a test app with mocked APIs. */
export async function renderComponent(
  element: ReactElement,
  options: RenderOptions,
): Promise<RenderResult & { alertApi: { post: jest.Mock } }> {
  const allowed = new Set(options.allow ?? []);
  const alertApi = { post: jest.fn(), alert$: jest.fn() };
  const permissionApi = mockApis.permission({
    authorize: request =>
      allowed.has(request.permission.name)
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
  });
  const withEntity = options.entity ? (
    <EntityProvider entity={options.entity}>{element}</EntityProvider>
  ) : (
    element
  );
  // usePermission caches decisions in SWR; each test starts afresh
  const wrapped = (
    <SWRConfig value={{ provider: () => new Map() }}>{withEntity}</SWRConfig>
  );
  const rendered = await renderInTestApp(
    <TestApiProvider
      apis={[
        [aiApprovalApiRef, options.api],
        [permissionApiRef, permissionApi],
        [alertApiRef, alertApi],
      ]}
    >
      {wrapped}
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return { ...rendered, alertApi };
}

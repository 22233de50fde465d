/*
 * The plugin's dev app, on the legacy frontend system (the demo portal uses
 * the new one), so both systems run in a browser. Start the portal's backend
 * (`yarn start` at the repo root, or `yarn workspace backend start`) first.
 */
import { createDevApp } from '@backstage/dev-utils';
import { CatalogEntityPage, catalogPlugin } from '@backstage/plugin-catalog';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { Entity } from '@backstage/catalog-model';
import {
  aiApprovalPlugin,
  AiApprovalScorecardPage,
  EntityAiApprovalCard,
  EntityAiApprovalContent,
  EntityTeamAiApprovalContent,
} from '../src';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments-api',
    annotations: { 'ai-approval/git-repositories': 'payments-api' },
  },
  spec: { type: 'service', owner: 'group:default/payments' },
};

const team: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments' },
  spec: { type: 'team', children: [] },
};

createDevApp()
  .registerPlugin(aiApprovalPlugin)
  // mounts the entity page, so that links to entities resolve
  .registerPlugin(catalogPlugin)
  .addPage({
    element: <CatalogEntityPage />,
    path: '/catalog/:namespace/:kind/:name',
  })
  .addPage({
    element: <AiApprovalScorecardPage />,
    title: 'Scorecard',
    path: '/ai-approval',
  })
  .addPage({
    element: (
      <EntityProvider entity={entity}>
        <EntityAiApprovalCard tabPath="/entity" />
        <EntityAiApprovalContent />
      </EntityProvider>
    ),
    title: 'Entity tab',
    path: '/entity',
  })
  .addPage({
    element: (
      <EntityProvider entity={team}>
        <EntityTeamAiApprovalContent />
      </EntityProvider>
    ),
    title: 'Team tab',
    path: '/team',
  })
  .render();

/*
 * The plugin's dev app, on the legacy frontend system (the demo portal uses
 * the new one), so both systems run in a browser. Start the portal's backend
 * (`yarn start` at the repo root, or `yarn workspace backend start`) first.
 */
import { createDevApp } from '@backstage/dev-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { Entity } from '@backstage/catalog-model';
import {
  aiApprovalPlugin,
  AiApprovalScorecardPage,
  EntityAiApprovalContent,
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

createDevApp()
  .registerPlugin(aiApprovalPlugin)
  .addPage({
    element: <AiApprovalScorecardPage />,
    title: 'Scorecard',
    path: '/ai-approval',
  })
  .addPage({
    element: (
      <EntityProvider entity={entity}>
        <EntityAiApprovalContent />
      </EntityProvider>
    ),
    title: 'Entity tab',
    path: '/entity',
  })
  .render();

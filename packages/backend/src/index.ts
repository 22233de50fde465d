import { createBackend } from '@backstage/backend-defaults';
import { eventsServiceFactory } from '@backstage/plugin-events-node';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// auth: guest sign-in for the demo portal
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

// catalog
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// permissions
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);

// events: GitHub webhooks at /api/events/http/github (signature checked
// with events.modules.github.webhookSecret)
backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-events-backend-module-github'));
// one events service for every installed version of plugin-events-node
backend.add(eventsServiceFactory);

backend.add(import('@ai-approval/backstage-plugin-ai-approval-backend'));
// demo only: the example catalog's git repositories, created on first start
backend.add(import('./demo'));
// demo only: generated GitHub data with open pull requests, from the simulator
backend.add(import('./demo/githubSimulator'));
backend.start();

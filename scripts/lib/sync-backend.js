#!/usr/bin/env node
/*
 * A small real backend for scripts/chaos.js and scripts/replicas.js:
 * createBackend() with the ai-approval backend plugin, the scheduler and
 * database of backend-defaults, a catalog of the test organisation whose
 * services point at a GitHub simulator (integrations.github with
 * apiBaseUrl), and a static token for the scripts' API calls.
 *
 *   node scripts/lib/sync-backend.js   (configured by the environment)
 *
 * SYNC_BACKEND_PORT           port to listen on (127.0.0.1)
 * SYNC_BACKEND_DATABASE       PostgreSQL connection string (a database per plugin, see the prefix)
 * SYNC_BACKEND_PREFIX         database name prefix, e.g. ai_approval_chaos_1_
 * SYNC_BACKEND_SIMULATOR      the simulator's URL, http://127.0.0.1:<port>
 * SYNC_BACKEND_FREQUENCY      seconds between scheduled syncs
 * SYNC_BACKEND_INITIAL_DELAY  seconds before the first one
 * SYNC_BACKEND_TIMEOUT        seconds a sync may take (and a killed one holds its lock)
 * SYNC_BACKEND_TOKEN          the static token the scripts call the API with
 *
 * It also takes GitHub webhooks at /api/events/http/github (the events
 * backend and its GitHub module, with the test secret of __testUtils__).
 */
'use strict';

require('@backstage/cli/config/nodeTransform.cjs');

const path = require('node:path');
const { createBackend } = require('@backstage/backend-defaults');
const { mockServices } = require('@backstage/backend-test-utils');
const {
  catalogServiceMock,
} = require('@backstage/plugin-catalog-node/testUtils');

const plugin = path.resolve(__dirname, '../../plugins/ai-approval-backend/src');
const {
  catalogEntities,
  GROUPS,
} = require(`${plugin}/__testUtils__/organisation`);
const { services, BACKFILL_DAYS } = require(`${plugin}/__testUtils__/scenario`);
const { WEBHOOK_SECRET } = require(`${plugin}/__testUtils__/webhooks`);
const { eventsServiceFactory } = require('@backstage/plugin-events-node');

const env = name => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
};

const port = Number(env('SYNC_BACKEND_PORT'));
const simulator = new URL(env('SYNC_BACKEND_SIMULATOR'));
const seconds = name => ({ seconds: Number(env(name)) });

const backend = createBackend();
backend.add(
  mockServices.rootConfig.factory({
    data: {
      backend: {
        baseUrl: `http://127.0.0.1:${port}`,
        listen: { host: '127.0.0.1', port },
        database: {
          client: 'pg',
          connection: env('SYNC_BACKEND_DATABASE'),
          prefix: env('SYNC_BACKEND_PREFIX'),
        },
        auth: {
          externalAccess: [
            {
              type: 'static',
              options: { token: env('SYNC_BACKEND_TOKEN'), subject: 'chaos' },
            },
          ],
        },
      },
      integrations: {
        github: [
          {
            host: simulator.host,
            apiBaseUrl: simulator.origin,
            token: 'simulator-token',
          },
        ],
      },
      events: { modules: { github: { webhookSecret: WEBHOOK_SECRET } } },
      aiApproval: {
        backfillDays: BACKFILL_DAYS,
        seniors: { groups: [GROUPS.seniors] },
        schedule: {
          frequency: seconds('SYNC_BACKEND_FREQUENCY'),
          timeout: seconds('SYNC_BACKEND_TIMEOUT'),
          initialDelay: seconds('SYNC_BACKEND_INITIAL_DELAY'),
        },
      },
    },
  }),
);
backend.add(
  catalogServiceMock.factory({
    entities: catalogEntities(services(simulator.host), simulator.host),
  }),
);
backend.add(require('@backstage/plugin-events-backend').default);
backend.add(require('@backstage/plugin-events-backend-module-github').default);
backend.add(eventsServiceFactory);
backend.add(require(plugin).default);
backend.start().catch(error => {
  console.error(error);
  process.exit(1);
});

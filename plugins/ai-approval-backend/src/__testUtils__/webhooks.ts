import { BackendFeature } from '@backstage/backend-plugin-api';
import eventsPlugin from '@backstage/plugin-events-backend';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import examples from '@octokit/webhooks-examples/api.github.com/index.json';
import { createHmac } from 'node:crypto';
import path from 'node:path';

/**
 * The events backend with the two modules of `@backstage/plugin-events-backend-module-github` (its
 * webhook ingress with the signature validator, and its event router),
 * loaded from the package's own files: the package's default export is a
 * feature loader that uses dynamic `import()`, which Jest cannot run
 * without `--experimental-vm-modules`.
 */
export function githubEventsModules(): BackendFeature[] {
  const dist = path.dirname(
    require.resolve('@backstage/plugin-events-backend-module-github'),
  );
  return [
    // one events service for every installed version of plugin-events-node:
    // a default factory is per version, an added one is per service id
    eventsServiceFactory,
    eventsPlugin,
    ...[
      'service/eventsModuleGithubWebhook.cjs.js',
      'service/eventsModuleGithubEventRouter.cjs.js',
    ].map(file => require(path.join(dist, file)).default),
  ];
}

/** The secret the test backends' GitHub ingress checks signatures with. */
export const WEBHOOK_SECRET = 'webhook-secret';

/** {@link startAiApprovalBackend} options for a backend that takes webhooks. */
export function webhookBackend() {
  return {
    config: {
      events: {
        // one process: no event bus to poll (and to wait for on stop)
        useEventBus: 'never',
        modules: { github: { webhookSecret: WEBHOOK_SECRET } },
      },
    },
    features: githubEventsModules(),
  };
}

/** GitHub's `x-hub-signature-256`: an HMAC-SHA256 of the body. */
export function signature(body: string, secret = WEBHOOK_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** A payload of `@octokit/webhooks-examples`, pointed at a repository. */
export function examplePayload(
  event: string,
  action: string,
  repository: { host: string; slug: string },
): any {
  const found = (examples as any[])
    .find(e => e.name === event)
    .examples.find((x: any) => x.action === action);
  const payload = structuredClone(found);
  payload.repository.full_name = repository.slug;
  payload.repository.html_url = `http://${repository.host}/${repository.slug}`;
  return payload;
}

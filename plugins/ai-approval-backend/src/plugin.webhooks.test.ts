import { TestDatabases } from '@backstage/backend-test-utils';
import {
  GithubDataset,
  GithubSimulator,
  startGithubSimulator,
} from '@internal/github-simulator';
import {
  EntitySummary,
  OpenChangeListResponse,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import request from 'supertest';
import {
  examplePayload as example,
  signature,
  webhookBackend,
} from './__testUtils__/webhooks';
import { catalogEntities, GROUPS } from './__testUtils__/organisation';
import { services, slugsOf } from './__testUtils__/scenario';
import {
  AiApprovalBackend,
  startAiApprovalBackend,
} from './__testUtils__/startAiApprovalBackend';

jest.setTimeout(180_000);

const API = '/api/ai-approval';
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise(r => setTimeout(r, 100));
  }
}

describe('GitHub webhooks through the events backend', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_16', 'SQLITE_3'] });
  let simulator: GithubSimulator;
  let backend: AiApprovalBackend | undefined;

  beforeEach(async () => {
    simulator = await startGithubSimulator({
      dataset: GithubDataset.generate({
        seed: 5,
        repositories: 5,
        mergedPullRequestsPerRepository: 5,
        openPullRequestsPerRepository: 8,
        spanDays: 20,
        now: new Date(Date.now() - 86_400_000).toISOString(),
      }),
      graphqlPointsPerHour: 100_000,
    });
  });

  afterEach(async () => {
    await backend?.stop();
    backend = undefined;
    await simulator.close();
  });

  async function post(event: string, payload: unknown, secret?: string) {
    const body = JSON.stringify(payload);
    return request(backend!.server)
      .post('/api/events/http/github')
      .set('content-type', 'application/json')
      .set('x-github-event', event)
      .set('x-github-delivery', `delivery-${Math.random()}`)
      .set('x-hub-signature-256', signature(body, secret))
      .send(body);
  }

  async function start(databaseId: any) {
    const knex = await databases.init(databaseId);
    backend = await startAiApprovalBackend({
      knex,
      entities: catalogEntities(services(simulator.host), simulator.host),
      github: simulator,
      aiApproval: { backfillDays: 90, seniors: { groups: [GROUPS.seniors] } },
      ...webhookBackend(),
    });
    await backend.sync();
  }

  /** A service with a pull request waiting for a senior. */
  function waitingPullRequest() {
    for (const service of services(simulator.host)) {
      for (const slug of slugsOf(service)) {
        const [owner, name] = slug.split('/');
        const pr = simulator.dataset
          .openPullRequests({ owner, name })
          .find(p => p.openTruth?.liveState === 'waiting_for_senior');
        if (pr) return { service, slug, ref: { owner, name }, pr };
      }
    }
    throw new Error('the dataset has no waiting pull request');
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('shows a senior approval from a signed pull_request_review webhook without a scheduled sync, and ignores an older redelivery', async () => {
      await start(databaseId);
      const { service, slug, ref, pr } = waitingPullRequest();
      const openChanges = () =>
        request(backend!.server)
          .get(`${API}/entities/component/default/${service.name}/open-changes`)
          .then(r => r.body as OpenChangeListResponse);
      const stateOf = (body: OpenChangeListResponse) =>
        body.items.find(i => i.number === pr.number && i.repository === slug)
          ?.state;
      expect(stateOf(await openChanges())).toBe('waiting_for_senior');

      const at = new Date().toISOString();
      simulator.dataset.reviewPullRequest(ref, pr.number, {
        login: pr.openTruth!.waitingOn[0],
        state: 'APPROVED',
        at,
      });
      const payload = example('pull_request_review', 'submitted', {
        host: simulator.host,
        slug,
      });
      payload.pull_request.number = pr.number;
      payload.pull_request.updated_at = at;
      const res = await post('pull_request_review', payload);
      expect(res.status).toBe(202);

      const after = await until(openChanges, b => stateOf(b) === 'ready');
      expect(stateOf(after)).toBe('ready');

      // an older event delivered late does not undo it
      const stale = example('pull_request', 'opened', {
        host: simulator.host,
        slug,
      });
      stale.pull_request.number = pr.number;
      stale.pull_request.updated_at = '2019-05-15T15:20:33Z';
      expect((await post('pull_request', stale)).status).toBe(202);
      await new Promise(r => setTimeout(r, 500));
      expect(stateOf(await openChanges())).toBe('ready');

      const summary = await request(backend!.server)
        .get(`${API}/entities/component/default/${service.name}/summary`)
        .then(r => r.body as EntitySummary);
      const repo = summary.repositories.find(r => r.slug === slug)!;
      expect(Date.parse(repo.lastEventAt!)).toBeGreaterThanOrEqual(
        Date.parse(at) - 1000,
      );
    });

    it('refuses a payload with a wrong signature and ignores repositories nobody links', async () => {
      await start(databaseId);
      const { slug } = waitingPullRequest();
      const payload = example('pull_request', 'opened', {
        host: simulator.host,
        slug,
      });
      const refused = await post('pull_request', payload, 'not-the-secret');
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.status).toBeLessThan(500);

      simulator.requests.length = 0;
      const unknown = example('pull_request', 'opened', {
        host: simulator.host,
        slug: 'someone/else',
      });
      expect((await post('pull_request', unknown)).status).toBe(202);
      await new Promise(r => setTimeout(r, 300));
      expect(simulator.requests).toEqual([]);
    });
  });
});

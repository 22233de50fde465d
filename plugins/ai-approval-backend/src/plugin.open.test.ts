import { TestDatabases } from '@backstage/backend-test-utils';
import {
  GithubDataset,
  GithubSimulator,
  SENIOR_REVIEWERS,
  SimPullRequest,
  startGithubSimulator,
} from '@internal/github-simulator';
import {
  EntitySummary,
  OpenChangeListResponse,
  ReviewerLoadResponse,
  ScorecardResponse,
  WAITING_STATES,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import request from 'supertest';
import { catalogEntities, GROUPS } from './__testUtils__/organisation';
import { services, slugsOf } from './__testUtils__/scenario';
import {
  AiApprovalBackend,
  startAiApprovalBackend,
} from './__testUtils__/startAiApprovalBackend';

jest.setTimeout(180_000);

const API = '/api/ai-approval';
const DAY = 86_400_000;
const SENIORS = SENIOR_REVIEWERS.map(p => p.actor.login).sort();

/** The seniors an open pull request waits on, as the catalog resolves them. */
function expectedWaitingOn(pr: SimPullRequest): string[] {
  const truth = pr.openTruth!;
  const team = pr.reviewRequests?.some(r => r.type === 'Team');
  const approvedHead = pr.reviews
    .filter(r => r.state === 'APPROVED' && r.commitOid === pr.headRefOid)
    .map(r => r.author.login);
  if (truth.liveState === 'draft') return [];
  // a team request waits on every senior of the team's Group
  const waiting = team ? SENIORS : truth.waitingOn;
  return waiting.filter(l => !approvedHead.includes(l)).sort();
}

describe('open pull requests, read by the plugin from the GitHub simulator', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_16', 'SQLITE_3'] });
  let simulator: GithubSimulator;
  let backend: AiApprovalBackend | undefined;

  beforeEach(async () => {
    const now = Date.now();
    simulator = await startGithubSimulator({
      dataset: GithubDataset.generate({
        seed: 5,
        repositories: 5,
        mergedPullRequestsPerRepository: 10,
        openPullRequestsPerRepository: 12,
        spanDays: 30,
        now: new Date(now - DAY).toISOString(),
      }),
      graphqlPointsPerHour: 100_000,
    });
  });

  afterEach(async () => {
    await backend?.stop();
    backend = undefined;
    await simulator.close();
  });

  const catalog = () => services(simulator.host);
  const readable = () => catalog().filter(s => slugsOf(s).length > 0);
  const openOf = (slugs: string[]) =>
    slugs.flatMap(slug => {
      const [owner, name] = slug.split('/');
      return simulator.dataset.openPullRequests({ owner, name });
    });

  async function get<T>(path: string): Promise<T> {
    const res = await request(backend!.server).get(`${API}${path}`);
    expect(res.status).toBe(200);
    return res.body as T;
  }
  const openChanges = (name: string) =>
    get<OpenChangeListResponse>(
      `/entities/component/default/${name}/open-changes`,
    );

  async function start(databaseId: any) {
    const knex = await databases.init(databaseId);
    backend = await startAiApprovalBackend({
      knex,
      entities: catalogEntities(catalog(), simulator.host),
      github: simulator,
      aiApproval: { backfillDays: 90, seniors: { groups: [GROUPS.seniors] } },
    });
    await backend.sync();
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('lists each service open AI pull requests in the live state the dataset built, the longest wait first', async () => {
      await start(databaseId);
      const states = new Set<string>();
      for (const service of readable()) {
        const truth = openOf(slugsOf(service));
        const body = await openChanges(service.name);
        expect(body.supported).toBe(true);
        expect(body.totalCount).toBe(truth.length);
        for (const item of body.items) {
          const [owner, name] = item.repository.split('/');
          const pr = simulator.dataset
            .openPullRequests({ owner, name })
            .find(t => t.number === item.number)!;
          expect({ number: item.number, state: item.state }).toEqual({
            number: pr.number,
            state: pr.openTruth!.liveState,
          });
          expect([...item.waitingOn].sort()).toEqual(expectedWaitingOn(pr));
          expect(item.reason.length).toBeGreaterThan(20);
          expect(item.evidence.length).toBeGreaterThan(0);
          expect(item.headSha).toBe(pr.headRefOid);
          states.add(item.state);
        }
        const ready = body.items.filter(i => i.readyAt).map(i => i.readyAt!);
        expect(ready).toEqual([...ready].sort());
        // drafts come last
        const firstDraft = body.items.findIndex(i => i.state === 'draft');
        const fromFirstDraft =
          firstDraft >= 0 ? body.items.slice(firstDraft) : [];
        expect(fromFirstDraft.every(i => !i.readyAt)).toBe(true);

        const summary = await get<EntitySummary>(
          `/entities/component/default/${service.name}/summary`,
        );
        expect(summary.open).toEqual(
          expect.objectContaining({
            supported: true,
            aiOpen: truth.length,
            waiting: truth.filter(t =>
              WAITING_STATES.includes(t.openTruth!.liveState),
            ).length,
          }),
        );
      }
      expect([...states].sort()).toEqual([
        'changes_requested',
        'draft',
        'ready',
        'stale_approval',
        'waiting_for_senior',
      ]);
    });

    it('counts what waits on each senior, in the org and per service on the scorecard', async () => {
      await start(databaseId);
      const all = openOf(readable().flatMap(slugsOf)).filter(pr =>
        WAITING_STATES.includes(pr.openTruth!.liveState),
      );
      const load = await get<ReviewerLoadResponse>('/reviewers');
      expect(load.totalWaiting).toBe(all.length);
      expect(load.waitWarningWorkingDays).toBe(2);
      for (const senior of SENIORS) {
        const waiting = all.filter(pr =>
          expectedWaitingOn(pr).includes(senior),
        );
        const item = load.items.find(i => i.reviewer === senior);
        expect({ senior, waiting: item?.waiting ?? 0 }).toEqual({
          senior,
          waiting: waiting.length,
        });
      }
      // the dataset's waits are up to ten days old: past two working days
      expect(load.waitWarning).toBe(true);

      const scorecard = await get<ScorecardResponse>(
        '/scorecard?groupBy=entity&orderBy=waiting&order=desc',
      );
      const waitingOf = new Map(
        readable().map(s => [
          `component:default/${s.name}`,
          openOf(slugsOf(s)).filter(pr =>
            WAITING_STATES.includes(pr.openTruth!.liveState),
          ).length,
        ]),
      );
      const rows = scorecard.items.filter(r => waitingOf.has(r.ref));
      expect(rows.map(r => r.waiting)).toEqual(
        rows.map(r => waitingOf.get(r.ref)),
      );
      const column = scorecard.items.map(r => r.waiting);
      expect(column).toEqual([...column].sort((a, b) => b - a));
      const byOwner = await get<ScorecardResponse>('/scorecard?groupBy=owner');
      const engineering = byOwner.items.find(r => r.ref === GROUPS.engineering);
      expect(engineering?.waiting).toBe(all.length);
    });

    it('follows reviews, pushes, closes and merges on the next sync', async () => {
      await start(databaseId);
      const service = readable().find(s => s.slug)!;
      const ref = { owner: 'acme', name: service.slug!.split('/')[1] };
      const open = simulator.dataset.openPullRequests(ref);
      const waiting = open.find(
        pr =>
          pr.openTruth!.liveState === 'waiting_for_senior' &&
          pr.openTruth!.waitingOn.length > 0,
      )!;
      const ready = open.find(pr => pr.openTruth!.liveState === 'ready')!;
      const [toClose, toMerge] = open.filter(
        pr => pr !== waiting && pr !== ready,
      );
      const at = (minutes: number) =>
        new Date(
          Date.now() - (60 * DAY) / 24 / 60 + minutes * 60_000,
        ).toISOString();
      simulator.dataset.reviewPullRequest(ref, waiting.number, {
        login: waiting.openTruth!.waitingOn[0],
        state: 'APPROVED',
        at: at(1),
      });
      simulator.dataset.pushToPullRequest(ref, ready.number, at(2));
      simulator.dataset.closePullRequest(ref, toClose.number, at(3));
      simulator.dataset.mergePullRequest(ref, toMerge.number, at(4));
      await backend!.sync();

      const body = await openChanges(service.name);
      const state = (n: number) => body.items.find(i => i.number === n)?.state;
      expect(state(waiting.number)).toBe('ready');
      expect(state(ready.number)).toBe('stale_approval');
      expect(state(toClose.number)).toBeUndefined();
      expect(state(toMerge.number)).toBeUndefined();
      expect(body.totalCount).toBe(open.length - 2);
      const merged = await get<{ items: Array<{ number?: number }> }>(
        `/entities/component/default/${service.name}/changes?includeNonAi=true&limit=500`,
      );
      expect(merged.items.map(i => i.number)).toContain(toMerge.number);
    });
  });
});

describe('the senior sign-off status check, posted to the GitHub simulator', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let simulator: GithubSimulator;
  let backend: AiApprovalBackend | undefined;

  async function start(statusWriteAllowed = true, optOut?: string) {
    simulator = await startGithubSimulator({
      dataset: GithubDataset.generate({
        seed: 5,
        repositories: 5,
        mergedPullRequestsPerRepository: 5,
        openPullRequestsPerRepository: 6,
        spanDays: 30,
        now: new Date(Date.now() - DAY).toISOString(),
      }),
      graphqlPointsPerHour: 100_000,
      statusWriteAllowed,
    });
    const entities = catalogEntities(services(simulator.host), simulator.host);
    backend = await startAiApprovalBackend({
      knex: await databases.init('SQLITE_3'),
      entities: entities.map(e =>
        e.metadata.name === optOut
          ? {
              ...e,
              metadata: {
                ...e.metadata,
                annotations: {
                  ...e.metadata.annotations,
                  'ai-approval/status-checks': 'disabled',
                },
              },
            }
          : e,
      ),
      github: simulator,
      aiApproval: {
        backfillDays: 90,
        seniors: { groups: [GROUPS.seniors] },
        github: { statusChecks: true },
      },
    });
    await backend.sync();
  }

  afterEach(async () => {
    await backend?.stop();
    backend = undefined;
    await simulator.close();
  });

  const payments = { owner: 'acme', name: 'service-0' };

  it('posts success for ready pull requests and pending for the others, once per change of state', async () => {
    await start();
    const open = simulator.dataset.openPullRequests(payments);
    const posts = () =>
      simulator.statusPosts.filter(p => p.repo === payments.name);
    expect(posts()).toHaveLength(open.length);
    for (const pr of open) {
      const post = posts().find(p => p.sha === pr.headRefOid)!;
      expect(post.kind).toBe('status');
      expect(post.body).toMatchObject({
        context: 'ai-approval/senior-sign-off',
        state: pr.openTruth!.liveState === 'ready' ? 'success' : 'pending',
        target_url:
          'http://localhost:3000/catalog/default/component/payments/ai-approval',
      });
      expect(post.body.description.length).toBeLessThanOrEqual(140);
    }
    // nothing changed: nothing posted again
    await backend!.sync();
    expect(posts()).toHaveLength(open.length);

    const waiting = open.find(
      pr =>
        pr.openTruth!.liveState === 'waiting_for_senior' &&
        pr.openTruth!.waitingOn.length > 0,
    )!;
    simulator.dataset.reviewPullRequest(payments, waiting.number, {
      login: waiting.openTruth!.waitingOn[0],
      state: 'APPROVED',
      at: new Date().toISOString(),
    });
    await backend!.sync();
    expect(posts()).toHaveLength(open.length + 1);
    expect(posts()[posts().length - 1]).toMatchObject({
      sha: waiting.headRefOid,
      body: { state: 'success', description: 'A senior approved the head' },
    });
  });

  it('posts nothing to a repository whose entity opted out', async () => {
    await start(true, 'payments');
    expect(simulator.statusPosts.filter(p => p.repo === 'service-0')).toEqual(
      [],
    );
    expect(simulator.statusPosts.length).toBeGreaterThan(0);
  });

  it('says in the sync status when the token may not post, and still lists the open pull requests', async () => {
    await start(false);
    const summary = await request(backend!.server).get(
      `${API}/entities/component/default/payments/summary`,
    );
    expect(summary.body.repositories[0].statusCheckError).toMatch(
      /GitHub refused the ai-approval\/senior-sign-off check on acme\/service-0 \(403.*Commit statuses: Read and write/,
    );
    expect(summary.body.repositories[0].lastError).toBeUndefined();
    const list = await request(backend!.server).get(
      `${API}/entities/component/default/payments/open-changes`,
    );
    expect(list.body.totalCount).toBe(
      simulator.dataset.openPullRequests(payments).length,
    );
  });
});

import {
  GithubDataset,
  GithubSimulator,
  SENIOR_REVIEWERS,
  startGithubSimulator,
} from '@internal/github-simulator';
import { JsonObject } from '@backstage/types';
import { Knex } from 'knex';
import { catalogEntities, GROUPS, ServiceSpec } from './organisation';
import {
  ExpectedChange,
  expectedChanges,
  mondayOf,
  OraclePolicy,
} from './oracle';
import {
  AiApprovalBackend,
  startAiApprovalBackend,
} from './startAiApprovalBackend';

const DAY = 86_400_000;

/** How far back the plugin reads, and the window the API is asked for. */
export const BACKFILL_DAYS = 90;

/** Logins of the dataset's senior reviewers. */
export const SENIOR_LOGINS: ReadonlySet<string> = new Set(
  SENIOR_REVIEWERS.map(p => p.actor.login),
);

/** The default policy: one senior approval from `senior-engineers`. */
export const DEFAULT_POLICY: OraclePolicy = {
  seniors: SENIOR_LOGINS,
  requiredSeniorApprovals: 1,
};

/** A host that has no `integrations.github` entry. */
export const UNKNOWN_HOST = 'github.internal.example';

/**
 * The catalog's services. The two that cannot be read come first, so the
 * test shows that they do not stop the others.
 */
export function services(host: string): ServiceSpec[] {
  return [
    {
      name: 'legacy-billing',
      owner: GROUPS.product,
      system: 'system:default/billing',
      repositories: [`https://${UNKNOWN_HOST}/acme/legacy-billing`],
    },
    {
      name: 'ghost',
      owner: GROUPS.platform,
      repositories: [`http://${host}/acme/does-not-exist`],
    },
    {
      name: 'payments',
      owner: GROUPS.platformCore,
      system: 'system:default/payments',
      slug: 'acme/service-0',
    },
    {
      name: 'ledger',
      owner: GROUPS.platformCore,
      system: 'system:default/payments',
      repositories: [
        `http://${host}/acme/service-1`,
        `http://${host}/acme/service-2`,
      ],
    },
    {
      name: 'storefront',
      owner: GROUPS.product,
      system: 'system:default/shop',
      slug: 'acme/service-3',
    },
    {
      name: 'search',
      owner: GROUPS.platform,
      system: 'system:default/shop',
      repositories: [`http://${host}/acme/service-4`],
    },
  ];
}

/** The simulator repositories a service reads (none for the broken ones). */
export function slugsOf(service: ServiceSpec): string[] {
  if (service.slug) {
    return [service.slug];
  }
  return (service.repositories ?? [])
    .map(url => new URL(url).pathname.slice(1))
    .filter(slug => /^acme\/service-\d+$/.test(slug));
}

/**
 * Five repositories of 150 merged pull requests over 180 days, ending a
 * week ago, so about half fall in the 90-day window. A window's edge is a
 * Monday at 00:00 UTC, the same moment for the plugin and the oracle
 * (unless a run spans the instant that moves it, once a week), so events
 * near it need no care.
 */
export function createDataset() {
  const now = Date.now();
  return GithubDataset.generate({
    seed: 1,
    repositories: 5,
    mergedPullRequestsPerRepository: 150,
    directPushesPerRepository: 8,
    spanDays: 180,
    now: new Date(now - 7 * DAY).toISOString(),
  });
}

/**
 * The start of a window of `days` days, as the oracle sees it: Monday
 * 00:00 UTC of the week that holds the moment `days` days ago.
 */
export function since(days: number): string {
  return `${mondayOf(Date.now() - days * DAY)}T00:00:00.000Z`;
}

/** A simulator over a fresh dataset, and a way to start the plugin against it. */
export async function startScenario() {
  const simulator: GithubSimulator = await startGithubSimulator({
    dataset: createDataset(),
    graphqlPointsPerHour: 100_000,
  });
  const catalog = services(simulator.host);
  const entities = catalogEntities(catalog, simulator.host);
  const start = (
    knex: Knex,
    aiApproval: JsonObject = {},
  ): Promise<AiApprovalBackend> =>
    startAiApprovalBackend({
      knex,
      entities,
      github: simulator,
      aiApproval: {
        backfillDays: BACKFILL_DAYS,
        seniors: { groups: [GROUPS.seniors] },
        ...aiApproval,
      },
    });
  /** What every readable service should hold for a window of `days`. */
  const expected = (
    policy: OraclePolicy = DEFAULT_POLICY,
    days = BACKFILL_DAYS,
  ): Map<string, ExpectedChange[]> =>
    new Map(
      catalog.map(s => [
        s.name,
        expectedChanges(simulator.dataset, slugsOf(s), since(days), policy),
      ]),
    );
  return { simulator, services: catalog, entities, start, expected };
}

/** A started scenario. */
export type Scenario = Awaited<ReturnType<typeof startScenario>>;

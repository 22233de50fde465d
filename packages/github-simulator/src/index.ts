/**
 * A local GitHub API simulator (GraphQL and a REST subset) over a generated,
 * deterministic dataset, with GitHub's cost accounting and rate limits.
 *
 * @packageDocumentation
 */

export { GithubDataset } from './dataset/GithubDataset';
export type {
  GithubDatasetOptions,
  SimRepositoryRef,
} from './dataset/GithubDataset';
export type * from './dataset/types';
export { BOTS, PEOPLE, SENIOR_REVIEWERS } from './dataset/identities';
export { AI_LABELS } from './dataset/pullRequestTruth';
export { SENIOR_TEAM_SLUG } from './dataset/generateOpenPullRequest';
export type { Person } from './dataset/identities';
export { AI_TRAILERS, TRAP_LINES } from './dataset/messages';
export { calculateQueryCost } from './graphql/cost';
export type { QueryCost } from './graphql/cost';
export { loadGithubSchema } from './graphql/schema';
export { startGithubSimulator } from './server/startGithubSimulator';
export type {
  GithubSimulator,
  GithubSimulatorOptions,
} from './server/startGithubSimulator';
export type { SimulatorRequest } from './server/handleRequest';
export { RateLimitBudget } from './server/RateLimitBudget';
export type { RateLimitSnapshot } from './server/RateLimitBudget';
export type { FaultOptions, SimulatorFault } from './server/faults';
export { restLogin } from './rest/restViews';
export type { SimStatusPost } from './rest/statusChecks';

export { GithubChangeSource } from './GithubChangeSource';
export {
  GithubStatusPublisher,
  STATUS_CHECK_CONTEXT,
  StatusCheckPermissionError,
} from './GithubStatusPublisher';
export type { StatusCheck } from './GithubStatusPublisher';
export type {
  GithubChangeSourceDeps,
  GithubChangeSourceOptions,
} from './GithubChangeSource';
export {
  GithubApiError,
  GithubTimeoutError,
  NoIntegrationError,
  RateLimitedError,
  RepositoryNotFoundError,
} from './errors';
export type {
  GithubApiStats,
  GithubRead,
  GithubRepositoryRef,
  MergedPullRequest,
  OpenPullRequestRead,
  ReadDirectPushesOptions,
  ReadMergedPullRequestsOptions,
  ReadOpenPullRequestsOptions,
  RepositoryState,
} from './types';

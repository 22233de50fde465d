import { LoggerService } from '@backstage/backend-plugin-api';
import { TimeoutRetryOptions } from './AdaptivePageSize';
import { GithubGraphqlClient } from './GithubGraphqlClient';
import { RawActor } from './graphqlTypes';
import { GithubApiStats, GithubRepositoryRef } from './types';

/** Everything one read of one repository needs. */
export interface ReadContext {
  repo: GithubRepositoryRef;
  client: GithubGraphqlClient;
  retry: TimeoutRetryOptions;
  isAgent: (actor: RawActor) => boolean;
  signal?: AbortSignal;
  logger?: LoggerService;
  /** what the read cost and saw, shared with the caller */
  stats: GithubApiStats;
}

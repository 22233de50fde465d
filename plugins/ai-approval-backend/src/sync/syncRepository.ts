import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { RepositoryTarget } from '../catalog/resolveRepositories';
import { AiApprovalConfig } from '../config';
import { ApprovalStore } from '../database/ApprovalStore';
import { StoredRepository, SyncOutcome } from '../database/repositories';
import {
  GithubChangeSource,
  RateLimitedError,
  RepositoryState,
} from '../sources/github';
import { ChangeJudge } from './ChangeJudge';
import { syncGitRepository } from './syncGitRepository';
import { syncGithubRepository } from './syncGithubRepository';
import { StatusCheckOptions } from './statusChecks';

function describe(error: unknown): string {
  if (error instanceof Error) {
    return error.message;
  }
  return stringifyError(error);
}

/**
 * Syncs one repository and records the outcome; never throws, so one
 * failing repository does not stop the others.
 */
export async function syncRepository(options: {
  config: AiApprovalConfig;
  store: ApprovalStore;
  github: GithubChangeSource;
  logger: LoggerService;
  repository: StoredRepository;
  target: RepositoryTarget;
  judge: ChangeJudge;
  backfillSince: string;
  signal?: AbortSignal;
  statusChecks?: StatusCheckOptions;
  /** what the batched check saw of a GitHub repository */
  checked?: RepositoryState;
}): Promise<void> {
  const { store, repository, target, logger } = options;
  let outcome: SyncOutcome;
  try {
    if (target.problem) {
      outcome = { error: target.problem, points: 0, requests: 0 };
    } else if (target.source === 'github') {
      outcome = await syncGithubRepository({
        ...options,
        github: options.github,
      });
    } else {
      outcome = await syncGitRepository({
        ...options,
        location: target.location!,
        cacheDir: options.config.git.cacheDir,
      });
    }
  } catch (error) {
    logger.warn(
      `Sync of ${repository.host}/${repository.slug} failed: ${describe(
        error,
      )}`,
    );
    outcome = {
      error: describe(error),
      rateLimitedUntil:
        error instanceof RateLimitedError
          ? error.resetAt.toISOString()
          : undefined,
      points: 0,
      requests: 0,
    };
  }
  if (!outcome.error) {
    outcome.historySince = options.backfillSince;
  }
  await store.recordSync(repository.id, outcome);
}

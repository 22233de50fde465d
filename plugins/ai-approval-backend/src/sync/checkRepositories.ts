import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { RepositoryTarget } from '../catalog/resolveRepositories';
import { ApprovalStore } from '../database/ApprovalStore';
import { StoredRepository } from '../database/repositories';
import { GithubChangeSource, RepositoryState } from '../sources/github';
import { isUnchanged } from './githubCursor';

/** A repository to sync, with what the batched check saw of it. */
export interface RepositoryToRead<T> {
  item: T;
  checked?: RepositoryState;
}

function isGithub(target: RepositoryTarget): boolean {
  return target.source === 'github' && !target.problem;
}

/**
 * Asks GitHub, 100 repositories a request, whether anything changed in
 * the GitHub repositories, records the unchanged ones as synced and the
 * unreadable ones (deleted, renamed, out of reach) with their error, and
 * answers what is left to read: the changed ones, those never read or
 * failed last time, and every other source's. When the check itself fails,
 * everything is read as before.
 */
export async function checkRepositories<
  T extends { stored: StoredRepository; target: RepositoryTarget },
>(options: {
  items: T[];
  github: GithubChangeSource;
  store: ApprovalStore;
  logger: LoggerService;
  backfillSince: string;
  signal?: AbortSignal;
}): Promise<RepositoryToRead<T>[]> {
  const { items, github, store, logger } = options;
  const checked = items.filter(i => isGithub(i.target));
  const toRead: RepositoryToRead<T>[] = items
    .filter(i => !isGithub(i.target))
    .map(item => ({ item }));
  let states: RepositoryState[];
  try {
    const refs = checked.map(({ stored }) => {
      const [owner, name] = stored.slug.split('/');
      return { host: stored.host, owner, name };
    });
    const read = await github.readRepositoryStates(refs, options);
    states = read.states;
    logger.info(
      `Checked ${refs.length} GitHub repositories for changes with ${read.stats.requests} requests, ${read.stats.points} points`,
    );
  } catch (error) {
    options.signal?.throwIfAborted();
    logger.warn(
      `Checking GitHub repositories for changes failed, reading all: ${stringifyError(
        error,
      )}`,
    );
    return [...toRead, ...checked.map(item => ({ item }))];
  }
  for (const [i, item] of checked.entries()) {
    const state = states[i];
    if (state.error) {
      await store.recordSync(item.stored.id, {
        error: state.error,
        points: 0,
        requests: 0,
      });
    } else if (isUnchanged(item.stored, state)) {
      await store.recordSync(item.stored.id, {
        points: 0,
        requests: 0,
        historySince: options.backfillSince,
      });
    } else {
      toRead.push({ item, checked: state });
    }
  }
  return toRead;
}

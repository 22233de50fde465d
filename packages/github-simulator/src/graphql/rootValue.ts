import { GithubDataset } from '../dataset/GithubDataset';
import { RateLimitSnapshot } from '../server/RateLimitBudget';
import { GithubTypedError } from './errors';
import { RepositoryIndex } from './views/RepositoryIndex';

function nodeById(dataset: GithubDataset, id: string) {
  for (const repository of dataset.repositories) {
    const pr = repository.pullRequests.find(p => p.id === id);
    if (pr) {
      return new RepositoryIndex(repository).pullRequestView(pr);
    }
  }
  return null;
}

/**
 * The root `Query` fields the simulator implements. Nested fields resolve
 * through plain objects and methods (graphql's default field resolver).
 */
export function createRootValue(
  dataset: GithubDataset,
  rateLimit: RateLimitSnapshot & { cost: number; nodeCount: number },
) {
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repository = dataset.repository({ owner, name });
      if (!repository) {
        throw new GithubTypedError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
        );
      }
      return new RepositoryIndex(repository).repositoryView();
    },
    node: ({ id }: { id: string }) => {
      const node = nodeById(dataset, id);
      if (!node) {
        throw new GithubTypedError(
          'NOT_FOUND',
          `Could not resolve to a node with the global id of '${id}'`,
        );
      }
      return node;
    },
    nodes: ({ ids }: { ids: string[] }) => ids.map(id => nodeById(dataset, id)),
    rateLimit: () => ({
      ...rateLimit,
      resetAt: rateLimit.resetAt.toISOString(),
    }),
  };
}

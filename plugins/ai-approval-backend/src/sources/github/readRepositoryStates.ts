import { GraphqlError } from './classifyResponse';
import { RepositoryNotFoundError } from './errors';
import { repositoryStatesQuery } from './queries';
import { ReadContext } from './ReadContext';
import { GithubRepositoryRef, RepositoryState } from './types';

/** Repositories asked per request: 100 connections, one point. */
export const REPOSITORY_STATES_BATCH = 100;

interface RawRepositoryState {
  defaultBranchRef?: { target: { oid: string } | null } | null;
  pullRequests: { nodes: Array<{ updatedAt: string }> };
}

function errorOf(
  repo: GithubRepositoryRef,
  errors: GraphqlError[],
  alias: string,
): string {
  const own = errors.filter(e => e.path?.[0] === alias);
  if (!own.length || own.some(e => e.type === 'NOT_FOUND')) {
    return new RepositoryNotFoundError(repo.owner, repo.name, repo.host)
      .message;
  }
  return `GitHub could not read ${repo.owner}/${repo.name}: ${own
    .map(e => (e.type ? `${e.type}: ${e.message}` : e.message))
    .join('; ')}`;
}

/**
 * The states of up to {@link REPOSITORY_STATES_BATCH} repositories of one
 * budget, in their order. A repository that is gone or out of reach comes
 * back with an `error` instead of failing the others.
 */
export async function readRepositoryStates(
  ctx: ReadContext,
  repos: GithubRepositoryRef[],
): Promise<RepositoryState[]> {
  const { query, variables } = repositoryStatesQuery(repos);
  const { data, errors } = await ctx.client.queryPartial<
    Record<string, RawRepositoryState | null>
  >(query, variables);
  return repos.map((repo, i) => {
    const raw = data[`r${i}`];
    if (!raw) {
      return { error: errorOf(repo, errors, `r${i}`) };
    }
    return {
      head: raw.defaultBranchRef?.target?.oid ?? undefined,
      pullsUpdatedAt: raw.pullRequests.nodes[0]?.updatedAt,
    };
  });
}

import { SimCommit, SimPullRequest, SimRepository } from '../../dataset/types';
import { connection, ConnectionArgs } from '../connection';
import { commitView } from './commitView';
import { IssueOrder, orderPullRequests } from './pullRequestOrder';
import { pullRequestView } from './pullRequestView';

interface PullRequestsArgs extends ConnectionArgs {
  states?: string[] | null;
  orderBy?: IssueOrder | null;
  baseRefName?: string | null;
  headRefName?: string | null;
  labels?: string[] | null;
}

function matches(pr: SimPullRequest, args: PullRequestsArgs): boolean {
  return (
    (!args.states || args.states.includes(pr.state)) &&
    (!args.baseRefName || pr.baseRefName === args.baseRefName) &&
    (!args.headRefName || pr.headRefName === args.headRefName) &&
    (!args.labels || args.labels.some(l => pr.labels.includes(l)))
  );
}

/**
 * One repository as the resolvers see it during a request: builds the views
 * and the lookups (commit to pull requests) that several views share.
 */
export class RepositoryIndex {
  private containing?: Map<string, SimPullRequest[]>;

  constructor(readonly repository: SimRepository) {}

  get url(): string {
    return `https://github.com/${this.repository.owner}/${this.repository.name}`;
  }

  /** Pull requests whose commits or merge commit include the commit. */
  pullRequestsContaining(oid: string): SimPullRequest[] {
    if (!this.containing) {
      this.containing = new Map();
      for (const pr of this.repository.pullRequests) {
        for (const c of [
          ...pr.commits,
          ...(pr.mergeCommit ? [pr.mergeCommit] : []),
        ]) {
          this.containing.set(c.oid, [
            ...(this.containing.get(c.oid) ?? []),
            pr,
          ]);
        }
      }
    }
    return this.containing.get(oid) ?? [];
  }

  commitView(commit: SimCommit): object {
    return commitView(commit, this);
  }

  pullRequestView(pr: SimPullRequest): object {
    return pullRequestView(pr, this);
  }

  private refView(name: string) {
    const head = this.repository.history[0]?.commit;
    return {
      __typename: 'Ref',
      id: `REF_${this.repository.id}_${name}`,
      name,
      prefix: 'refs/heads/',
      target: head ? this.commitView(head) : null,
    };
  }

  /** A `Repository` object. */
  repositoryView(): object {
    const repo = this.repository;
    const branch = repo.defaultBranch;
    return {
      __typename: 'Repository',
      id: repo.id,
      name: repo.name,
      nameWithOwner: `${repo.owner}/${repo.name}`,
      url: this.url,
      owner: { __typename: 'Organization', login: repo.owner },
      defaultBranchRef: this.refView(branch),
      ref: ({ qualifiedName }: { qualifiedName: string }) =>
        [branch, `refs/heads/${branch}`].includes(qualifiedName)
          ? this.refView(branch)
          : null,
      pullRequests: (args: PullRequestsArgs) => {
        const selected = repo.pullRequests.filter(pr => matches(pr, args));
        const { items, order } = orderPullRequests(selected, args.orderBy);
        return connection(items, args, pr => this.pullRequestView(pr), order);
      },
    };
  }
}

import { deriveSeed, Random } from '../random';
import {
  generateDirectPush,
  generateRepository,
  sortHistory,
} from './generateRepository';
import { generatePullRequest } from './generatePullRequest';
import {
  addOpenPullRequests,
  closePullRequest,
  mergePullRequest,
  openPullRequest,
  pushToPullRequest,
  reviewPullRequest,
} from './openPullRequests';
import {
  SimCommit,
  SimOpenTruth,
  SimPullRequest,
  SimRepository,
  SimReviewState,
} from './types';

/** Identifies a repository in the dataset. @public */
export interface SimRepositoryRef {
  owner: string;
  name: string;
}

/** Options for {@link GithubDataset.generate}. @public */
export interface GithubDatasetOptions {
  /** PRNG seed; the same seed gives the same dataset. Default 42. */
  seed?: number;
  /** organisation login. Default `acme`. */
  owner?: string;
  /** number of repositories, named `service-0`, `service-1`... Default 1. */
  repositories?: number;
  /** merged pull requests per repository (closed ones come on top). Default 50. */
  mergedPullRequestsPerRepository?: number;
  /** commits pushed without a pull request, per repository. Default 5. */
  directPushesPerRepository?: number;
  /** share of pull requests that overflow one inner page. Default 0.02. */
  overflowRate?: number;
  /** share of pull requests closed without merging. Default 0.08. */
  closedRate?: number;
  /** the dataset's "now". Default `2025-06-01T00:00:00Z`. */
  now?: string;
  /** how far back the history reaches, in days. Default 365. */
  spanDays?: number;
  /**
   * open AI-assisted pull requests per repository, in every live state,
   * opened over the last 10 days. Default 0.
   */
  openPullRequestsPerRepository?: number;
}

const byUpdatedDesc = (a: SimPullRequest, b: SimPullRequest) =>
  b.updatedAt.localeCompare(a.updatedAt) || b.number - a.number;

/**
 * A deterministic, generated set of GitHub repositories: the simulator's
 * ground truth, which tests compare what a client read against.
 * @public
 */
export class GithubDataset {
  readonly repositories: SimRepository[];
  private readonly randoms = new Map<string, Random>();
  private readonly options: Required<GithubDatasetOptions>;

  /** Generates a dataset. */
  static generate(options: GithubDatasetOptions = {}): GithubDataset {
    return new GithubDataset({
      seed: 42,
      owner: 'acme',
      repositories: 1,
      mergedPullRequestsPerRepository: 50,
      directPushesPerRepository: 5,
      overflowRate: 0.02,
      closedRate: 0.08,
      now: '2025-06-01T00:00:00Z',
      spanDays: 365,
      openPullRequestsPerRepository: 0,
      ...options,
    });
  }

  private constructor(options: Required<GithubDatasetOptions>) {
    this.options = options;
    this.repositories = Array.from({ length: options.repositories }, (_, i) => {
      const random = new Random(deriveSeed(options.seed, i));
      const name = `service-${i}`;
      this.randoms.set(`${options.owner}/${name}`, random);
      const repo = generateRepository(random, this.specFor(name), i);
      // a random of their own: merged pull requests stay as they were
      addOpenPullRequests(
        repo,
        new Random(deriveSeed(options.seed + 1, i)),
        options.openPullRequestsPerRepository,
        Date.parse(options.now),
      );
      return repo;
    });
  }

  private specFor(name: string) {
    const o = this.options;
    return {
      owner: o.owner,
      name,
      mergedPullRequests: o.mergedPullRequestsPerRepository,
      directPushes: o.directPushesPerRepository,
      endMs: Date.parse(o.now) - 86400_000,
      spanDays: o.spanDays,
      profile: { overflowRate: o.overflowRate, closedRate: o.closedRate },
    };
  }

  /** The repository, or undefined when it does not exist. */
  repository(ref: SimRepositoryRef): SimRepository | undefined {
    return this.repositories.find(
      r =>
        r.owner.toLowerCase() === ref.owner.toLowerCase() &&
        r.name.toLowerCase() === ref.name.toLowerCase(),
    );
  }

  private require(ref: SimRepositoryRef): SimRepository {
    const repo = this.repository(ref);
    if (!repo) {
      throw new Error(`No repository ${ref.owner}/${ref.name} in the dataset`);
    }
    return repo;
  }

  /** The merged pull requests, most recently updated first. */
  pullRequests(ref: SimRepositoryRef): SimPullRequest[] {
    return this.require(ref)
      .pullRequests.filter(pr => pr.state === 'MERGED')
      .sort(byUpdatedDesc);
  }

  /** The open (and draft) pull requests, most recently updated first. */
  openPullRequests(ref: SimRepositoryRef): SimPullRequest[] {
    return this.require(ref)
      .pullRequests.filter(pr => pr.state === 'OPEN')
      .sort(byUpdatedDesc);
  }

  /** Opens an AI-assisted pull request built to be in `liveState`. */
  openPullRequest(
    ref: SimRepositoryRef,
    at: string,
    liveState: SimOpenTruth['liveState'],
  ): SimPullRequest {
    return openPullRequest(this.require(ref), this.random(ref), at, liveState);
  }

  /** Pushes a commit to an open pull request. */
  pushToPullRequest(ref: SimRepositoryRef, number: number, at: string) {
    return pushToPullRequest(this.require(ref), this.random(ref), number, at);
  }

  /** A person of the organisation reviews an open pull request's head. */
  reviewPullRequest(
    ref: SimRepositoryRef,
    number: number,
    review: { login: string; state: SimReviewState; at: string },
  ) {
    reviewPullRequest(this.require(ref), this.random(ref), number, review);
  }

  /** Closes an open pull request without merging. */
  closePullRequest(ref: SimRepositoryRef, number: number, at: string) {
    closePullRequest(this.require(ref), number, at);
  }

  /** Merges an open pull request. */
  mergePullRequest(ref: SimRepositoryRef, number: number, at: string) {
    return mergePullRequest(this.require(ref), this.random(ref), number, at);
  }

  private random(ref: SimRepositoryRef): Random {
    const repo = this.require(ref);
    return this.randoms.get(`${repo.owner}/${repo.name}`)!;
  }

  /** The commits on the default branch without a pull request, newest first. */
  directPushes(ref: SimRepositoryRef): SimCommit[] {
    return this.require(ref)
      .history.filter(h => h.pullRequestNumber === undefined)
      .map(h => h.commit);
  }

  /** Finds a pull request by its GraphQL node id. */
  pullRequestById(id: string): SimPullRequest | undefined {
    for (const repo of this.repositories) {
      const pr = repo.pullRequests.find(p => p.id === id);
      if (pr) {
        return pr;
      }
    }
    return undefined;
  }

  /** Marks a pull request as updated (a comment, a label...) at the given time. */
  touchPullRequest(ref: SimRepositoryRef, number: number, updatedAt: string) {
    const pr = this.require(ref).pullRequests.find(p => p.number === number);
    if (!pr) {
      throw new Error(`No pull request #${number} in ${ref.owner}/${ref.name}`);
    }
    pr.updatedAt = updatedAt;
  }

  /** Generates and merges a new pull request, created an hour before `at`. */
  mergeNewPullRequest(ref: SimRepositoryRef, at: string): SimPullRequest {
    const repo = this.require(ref);
    const random = this.random(ref);
    const pr = generatePullRequest(
      random,
      {
        repositoryId: repo.id,
        owner: repo.owner,
        number: repo.pullRequests.length + 1,
        createdMs: Date.parse(at) - 3600_000,
        state: 'MERGED',
      },
      { overflowRate: 0, closedRate: 0 },
    );
    const landed = pr.mergeCommit!;
    const mergeCommit = {
      ...landed,
      author: { ...landed.author, date: at },
      committer: { ...landed.committer, date: at },
    };
    const merged = {
      ...pr,
      mergedAt: at,
      closedAt: at,
      updatedAt: at,
      mergeCommit,
    };
    repo.pullRequests.push(merged);
    repo.history.push({
      commit: mergeCommit,
      pullRequestNumber: merged.number,
    });
    sortHistory(repo.history);
    return merged;
  }

  /** Pushes a new commit straight to the default branch. */
  pushDirectly(ref: SimRepositoryRef, at: string): SimCommit {
    const repo = this.require(ref);
    const commit = generateDirectPush(this.random(ref), at);
    repo.history.push({ commit });
    sortHistory(repo.history);
    return commit;
  }
}

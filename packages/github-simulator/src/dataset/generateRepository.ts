import { Random } from '../random';
import { PEOPLE, personGitActor } from './identities';
import { commitMessage } from './messages';
import { generatePullRequest, GenerationProfile } from './generatePullRequest';
import {
  SimBranchCommit,
  SimCommit,
  SimPullRequest,
  SimRepository,
} from './types';

const DAY = 86400_000;

/** What to generate for one repository. */
export interface RepositorySpec {
  owner: string;
  name: string;
  mergedPullRequests: number;
  directPushes: number;
  /** creation time of the newest pull request */
  endMs: number;
  spanDays: number;
  profile: GenerationProfile;
}

/** A commit pushed straight to the default branch, sometimes AI-assisted. */
export function generateDirectPush(random: Random, at: string): SimCommit {
  const author = personGitActor(random.pick(PEOPLE), at);
  const ai = random.chance(0.3);
  const message = commitMessage(random, { ai });
  return {
    oid: random.oid(),
    message,
    author,
    committer: author,
    truth: { aiAssisted: ai },
  };
}

function generatePullRequests(
  random: Random,
  spec: RepositorySpec,
  id: string,
) {
  const pullRequests: SimPullRequest[] = [];
  const expected = Math.ceil(spec.mergedPullRequests * 1.1) || 1;
  const stepMs = (spec.spanDays * DAY) / expected;
  const startMs = spec.endMs - spec.spanDays * DAY;
  let merged = 0;
  for (let number = 1; merged < spec.mergedPullRequests; number++) {
    const createdMs = Math.round(startMs + (number - 1) * stepMs);
    const pr = generatePullRequest(
      random,
      { repositoryId: id, owner: spec.owner, number, createdMs },
      spec.profile,
    );
    merged += pr.state === 'MERGED' ? 1 : 0;
    pullRequests.push(pr);
  }
  return pullRequests;
}

/** Orders the default branch history newest first. */
export function sortHistory(history: SimBranchCommit[]): SimBranchCommit[] {
  return history.sort((a, b) =>
    b.commit.committer.date.localeCompare(a.commit.committer.date),
  );
}

/** Generates a repository with its pull requests and default branch history. */
export function generateRepository(
  random: Random,
  spec: RepositorySpec,
  index: number,
): SimRepository {
  const id = `R_${Buffer.from(`repo:${index}`).toString('base64url')}`;
  const pullRequests = generatePullRequests(random, spec, id);
  const history: SimBranchCommit[] = pullRequests
    .filter(pr => pr.mergeCommit)
    .map(pr => ({ commit: pr.mergeCommit!, pullRequestNumber: pr.number }));
  for (let i = 0; i < spec.directPushes; i++) {
    const at = spec.endMs - random.int(0, spec.spanDays * 24) * 3600_000;
    history.push({
      commit: generateDirectPush(random, new Date(at).toISOString()),
    });
  }
  return {
    id,
    owner: spec.owner,
    name: spec.name,
    defaultBranch: 'main',
    pullRequests,
    history: sortHistory(history),
  };
}

/**
 * Every GraphQL document this source sends. `queries.test.ts` validates them
 * against GitHub's published schema, so a misspelt field fails the build.
 */

const ACTOR =
  '__typename login ... on User { databaseId } ... on Bot { databaseId }';
/** `Assignee` and `RequestedReviewer` are unions, not the `Actor` interface. */
const ACCOUNT =
  '__typename ... on User { login databaseId } ... on Bot { login databaseId }';
const GIT_ACTOR = 'name email user { login databaseId }';
const COMMIT = `oid message authoredDate committedDate author { ${GIT_ACTOR} } committer { ${GIT_ACTOR} }`;
const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';
const RATE_LIMIT = 'rateLimit { cost remaining resetAt }';

/** The inner connections of a pull request that may need more pages. */
export type InnerConnection = 'labels' | 'reviews' | 'commits';

const INNER_NODES: Record<InnerConnection, string> = {
  labels: 'name',
  reviews: `author { ${ACTOR} } state submittedAt commit { oid }`,
  commits: `commit { ${COMMIT} }`,
};

/**
 * Inner page sizes of the pull request page. They do not change the cost
 * (each inner connection costs one request per pull request whatever its
 * size), only the response size; most pull requests fit in one page.
 */
export const INNER_PAGE_SIZE: Record<InnerConnection, number> = {
  labels: 20,
  reviews: 50,
  commits: 100,
};

/** Page size of follow-up pages of one inner connection. */
export const FOLLOW_UP_PAGE_SIZE = 100;

function inner(kind: InnerConnection, first: number, after?: string): string {
  const args = after ? `first: ${first}, after: ${after}` : `first: ${first}`;
  return `${kind}(${args}) { ${PAGE_INFO} nodes { ${INNER_NODES[kind]} } }`;
}

/** Who assigned the Copilot coding agent, or whom the agent asked to review. */
export const TIMELINE = `timelineItems(first: 10, itemTypes: [ASSIGNED_EVENT, REVIEW_REQUESTED_EVENT]) {
  nodes {
    __typename
    ... on AssignedEvent { actor { ${ACTOR} } assignee { ${ACCOUNT} } }
    ... on ReviewRequestedEvent { actor { ${ACTOR} } requestedReviewer { ${ACCOUNT} } }
  }
}`;

/** What every pull-request page selects of each pull request. */
const PULL_REQUEST_FIELDS = `id number title url body updatedAt mergedAt headRefName baseRefName headRefOid
        mergeCommit { oid }
        author { ${ACTOR} }
        ${inner('labels', INNER_PAGE_SIZE.labels)}
        ${inner('reviews', INNER_PAGE_SIZE.reviews)}
        ${inner('commits', INNER_PAGE_SIZE.commits)}`;

/** One page of merged pull requests, most recently updated first. */
export const MERGED_PULL_REQUESTS_QUERY = `query MergedPullRequests($owner: String!, $name: String!, $first: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef { target { oid } }
    pullRequests(states: [MERGED], orderBy: { field: UPDATED_AT, direction: DESC }, first: $first, after: $after) {
      ${PAGE_INFO}
      nodes { ${PULL_REQUEST_FIELDS} }
    }
  }
  ${RATE_LIMIT}
}`;

/** The number of inner connections per pull request in the page query. */
export const INNER_CONNECTIONS = Object.keys(INNER_PAGE_SIZE).length;

const REQUESTED_REVIEWER =
  '__typename ... on User { login databaseId } ... on Bot { login databaseId } ... on Mannequin { login } ... on Team { combinedSlug }';

/**
 * What only an open pull request needs: its review requests (first 20;
 * more are not read) and, inline, the timeline events that tell when it was
 * marked ready for review and who started a coding agent.
 */
const OPEN_EXTRA = `isDraft createdAt state
        reviewRequests(first: 20) { ${PAGE_INFO} nodes { requestedReviewer { ${REQUESTED_REVIEWER} } } }
        timelineItems(last: 20, itemTypes: [READY_FOR_REVIEW_EVENT, ASSIGNED_EVENT, REVIEW_REQUESTED_EVENT]) {
          nodes {
            __typename
            ... on ReadyForReviewEvent { createdAt }
            ... on AssignedEvent { actor { ${ACTOR} } assignee { ${ACCOUNT} } }
            ... on ReviewRequestedEvent { actor { ${ACTOR} } requestedReviewer { ${ACCOUNT} } }
          }
        }`;

/** The inner connections of an open pull request: the three, requests and timeline. */
export const OPEN_INNER_CONNECTIONS = INNER_CONNECTIONS + 2;

/**
 * One page of open (and, for an incremental read, closed) pull requests,
 * most recently updated first.
 */
export const OPEN_PULL_REQUESTS_QUERY = `query OpenPullRequests($owner: String!, $name: String!, $first: Int!, $after: String, $states: [PullRequestState!]) {
  repository(owner: $owner, name: $name) {
    pullRequests(states: $states, orderBy: { field: UPDATED_AT, direction: DESC }, first: $first, after: $after) {
      ${PAGE_INFO}
      nodes { ${PULL_REQUEST_FIELDS} ${OPEN_EXTRA} }
    }
  }
  ${RATE_LIMIT}
}`;

/** A follow-up for one pull request: the next page of a connection, or its timeline. */
export interface FollowUpRequest {
  pullRequestId: string;
  kind: InnerConnection | 'timeline';
  after?: string | null;
}

/**
 * One query for many follow-ups, each under an alias `f<i>`. Every alias is
 * one connection on one node, i.e. one request in GitHub's cost formula, so
 * up to 149 follow-ups cost a single point.
 */
export function followUpQuery(requests: FollowUpRequest[]) {
  const params: string[] = [];
  const fields: string[] = [];
  const variables: Record<string, string | null> = {};
  requests.forEach((request, i) => {
    params.push(`$id${i}: ID!`);
    variables[`id${i}`] = request.pullRequestId;
    let selection = TIMELINE;
    if (request.kind !== 'timeline') {
      params.push(`$after${i}: String`);
      variables[`after${i}`] = request.after ?? null;
      selection = inner(request.kind, FOLLOW_UP_PAGE_SIZE, `$after${i}`);
    }
    fields.push(
      `f${i}: node(id: $id${i}) { ... on PullRequest { ${selection} } }`,
    );
  });
  const query = `query PullRequestFollowUps(${params.join(
    ', ',
  )}) {\n  ${fields.join('\n  ')}\n  ${RATE_LIMIT}\n}`;
  return { query, variables };
}

const HISTORY = `history(since: $since, first: $first, after: $after) {
  ${PAGE_INFO}
  nodes { ${COMMIT} url associatedPullRequests(first: 5) { nodes { merged } } }
}`;

/** Commits of the default branch (or `$qualifiedName`) since a date. */
export function directPushesQuery(branch: boolean): string {
  const ref = branch
    ? 'branch: ref(qualifiedName: $qualifiedName)'
    : 'branch: defaultBranchRef';
  const extra = branch ? ', $qualifiedName: String!' : '';
  return `query DirectPushes($owner: String!, $name: String!, $since: GitTimestamp!, $first: Int!, $after: String${extra}) {
  repository(owner: $owner, name: $name) {
    ${ref} { name target { ... on Commit { ${HISTORY} } } }
  }
  ${RATE_LIMIT}
}`;
}

/**
 * Whether anything changed in many repositories at once: per repository,
 * under the alias `r<i>`, its default-branch head and the `updatedAt` of
 * its most recently updated pull request (merged, closed or open). One
 * connection of one node per repository: up to 149 of them cost one point.
 */
export function repositoryStatesQuery(
  repos: Array<{ owner: string; name: string }>,
) {
  const params: string[] = [];
  const fields: string[] = [];
  const variables: Record<string, string> = {};
  repos.forEach((repo, i) => {
    params.push(`$owner${i}: String!`, `$name${i}: String!`);
    variables[`owner${i}`] = repo.owner;
    variables[`name${i}`] = repo.name;
    fields.push(
      `r${i}: repository(owner: $owner${i}, name: $name${i}) { defaultBranchRef { target { oid } } pullRequests(first: 1, orderBy: { field: UPDATED_AT, direction: DESC }) { nodes { updatedAt } } }`,
    );
  });
  const query = `query RepositoryStates(${params.join(
    ', ',
  )}) {\n  ${fields.join('\n  ')}\n  ${RATE_LIMIT}\n}`;
  return { query, variables };
}

import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { GithubDataset } from '../dataset/GithubDataset';
import { SimResponse } from '../server/faults';
import openapi from './githubOpenapi.json';

/** A commit status or check run a client posted. @public */
export interface SimStatusPost {
  kind: 'status' | 'check-run';
  owner: string;
  repo: string;
  sha: string;
  /** the request body, as posted */
  body: Record<string, any>;
  at: string;
}

type OperationId = keyof typeof openapi.operations;

const ROUTES: Array<[RegExp, OperationId]> = [
  [
    /^(?:\/api\/v3)?\/repos\/([^/]+)\/([^/]+)\/statuses\/([0-9a-f]{40})$/,
    'repos/create-commit-status',
  ],
  [/^(?:\/api\/v3)?\/repos\/([^/]+)\/([^/]+)\/check-runs$/, 'checks/create'],
];

// GitHub's schema checks formats (date-time, uri) too
const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
const validators = Object.fromEntries(
  Object.entries(openapi.operations).map(([id, op]) => [
    id,
    ajv.compile(op.requestBody),
  ]),
);

function error(status: number, message: string, docs: string): SimResponse {
  return {
    status,
    headers: {},
    body: { message, documentation_url: docs, status: String(status) },
  };
}

const DOCS: Record<OperationId, string> = {
  'repos/create-commit-status':
    'https://docs.github.com/rest/commits/statuses#create-a-commit-status',
  'checks/create':
    'https://docs.github.com/rest/checks/runs#create-a-check-run',
};

/** What the answer of each operation holds, as GitHub's description shapes it. */
function answer(
  id: OperationId,
  post: SimStatusPost,
  number: number,
  url: string,
) {
  const { body } = post;
  if (id === 'checks/create') {
    return {
      id: number,
      head_sha: post.sha,
      node_id: `CR_${number}`,
      external_id: body.external_id ?? null,
      url: `${url}/check-runs/${number}`,
      html_url: `${url}/runs/${number}`,
      details_url: body.details_url ?? null,
      status: body.status ?? 'queued',
      conclusion: body.conclusion ?? null,
      started_at: post.at,
      completed_at: body.conclusion ? post.at : null,
      output: {
        title: body.output?.title ?? null,
        summary: body.output?.summary ?? null,
        text: body.output?.text ?? null,
        annotations_count: 0,
        annotations_url: `${url}/check-runs/${number}/annotations`,
      },
      name: body.name,
      check_suite: { id: number },
      app: null,
      pull_requests: [],
    };
  }
  return {
    url: `${url}/statuses/${post.sha}`,
    avatar_url: null,
    id: number,
    node_id: `SC_${number}`,
    state: body.state,
    description: body.description ?? null,
    target_url: body.target_url ?? null,
    context: body.context ?? 'default',
    created_at: post.at,
    updated_at: post.at,
    creator: null,
  };
}

/**
 * Creates a commit status or a check run, as GitHub's REST API does: the
 * body is validated against GitHub's published schema (422 when it does
 * not match), the commit must exist (422 "No commit found for SHA"), and
 * a token without write access is refused (403).
 */
export function handleStatusPost(options: {
  dataset: GithubDataset;
  url: URL;
  body: unknown;
  posts: SimStatusPost[];
  writeAllowed: boolean;
  now: () => number;
}): SimResponse | undefined {
  const { dataset, url, body, posts } = options;
  const route = ROUTES.find(([pattern]) => pattern.test(url.pathname));
  if (!route) {
    return undefined;
  }
  const [pattern, id] = route;
  const [, owner, name, pathSha] = pattern.exec(url.pathname)!;
  const repository = dataset.repository({ owner, name });
  if (!repository) {
    return error(404, 'Not Found', DOCS[id]);
  }
  if (!options.writeAllowed) {
    return error(
      403,
      'Resource not accessible by personal access token',
      DOCS[id],
    );
  }
  const validate = validators[id];
  if (!validate(body)) {
    const detail = ajv.errorsText(validate.errors);
    return error(422, `Invalid request.\n\n${detail}`, DOCS[id]);
  }
  const sha = pathSha ?? (body as { head_sha: string }).head_sha;
  const known = repository.pullRequests.some(pr =>
    pr.commits.some(c => c.oid === sha),
  );
  if (!known) {
    return error(422, `No commit found for SHA: ${sha}`, DOCS[id]);
  }
  const post: SimStatusPost = {
    kind: id === 'checks/create' ? 'check-run' : 'status',
    owner: repository.owner,
    repo: repository.name,
    sha,
    body: body as Record<string, any>,
    at: new Date(options.now()).toISOString(),
  };
  posts.push(post);
  const base = `${url.origin}/repos/${repository.owner}/${repository.name}`;
  return {
    status: 201,
    headers: {},
    body: answer(id, post, posts.length, base),
  };
}

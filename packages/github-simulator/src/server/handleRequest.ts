import http from 'node:http';
import {
  executeGithubGraphql,
  GraphqlEnvironment,
  GraphqlRequestBody,
} from '../graphql/executeGithubGraphql';
import { handleRest } from '../rest/handleRest';
import { handleStatusPost, SimStatusPost } from '../rest/statusChecks';
import {
  exhaustBudget,
  faultResponse,
  isTransportFault,
  SimResponse,
} from './faults';
import { RateLimitBudget } from './RateLimitBudget';

/** One request the simulator answered. @public */
export interface SimulatorRequest {
  api: 'graphql' | 'rest';
  status: number;
  /** points charged (GraphQL) or 1 (REST) */
  cost: number;
  path: string;
  query?: string;
  /** the GraphQL variables, e.g. the repository's owner and name */
  variables?: Record<string, unknown>;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The request's JSON body, or GitHub's 400 answer when it is not JSON. */
async function readJson(
  req: http.IncomingMessage,
): Promise<{ ok: true; body: unknown } | { ok: false; response: SimResponse }> {
  try {
    return { ok: true, body: JSON.parse(await readBody(req)) };
  } catch {
    return {
      ok: false,
      response: {
        status: 400,
        headers: {},
        body: { message: 'Problems parsing JSON' },
      },
    };
  }
}

/**
 * Writes a simulated response; a transport fault sends half of the body
 * and then drops the connection, or sends half of it as the whole body.
 */
export function send(res: http.ServerResponse, response: SimResponse) {
  const text = JSON.stringify(response.body);
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    ...response.headers,
  };
  if (!response.transport) {
    res.writeHead(response.status, headers);
    res.end(text);
    return;
  }
  const half = Buffer.from(text).subarray(0, Math.floor(text.length / 2));
  if (response.transport === 'malformed-json') {
    res.writeHead(response.status, {
      ...headers,
      'content-length': String(half.length),
    });
    res.end(half);
    return;
  }
  res.writeHead(response.status, {
    ...headers,
    'content-length': String(Buffer.byteLength(text)),
  });
  res.write(half, () => res.socket?.destroy());
}

const UNAUTHORIZED: SimResponse = {
  status: 401,
  headers: {},
  body: { message: 'This endpoint requires you to be authenticated.' },
};

/** What the request handler serves from and records into. */
export interface SimulatorState {
  env: GraphqlEnvironment;
  restBudget: RateLimitBudget;
  requests: SimulatorRequest[];
  /** called with each request once it is answered, before the response is sent */
  listeners: Set<(request: SimulatorRequest) => void>;
  requireAuth: boolean;
  /** commit statuses and check runs created, oldest first */
  statusPosts: SimStatusPost[];
  statusWriteAllowed: boolean;
  now: () => number;
}

function record(state: SimulatorState, request: SimulatorRequest) {
  state.requests.push(request);
  state.listeners.forEach(listener => listener(request));
}

async function answerGraphql(
  state: SimulatorState,
  req: http.IncomingMessage,
  path: string,
) {
  const parsed = await readJson(req);
  if (!parsed.ok) {
    return parsed.response;
  }
  const body = parsed.body as GraphqlRequestBody;
  const result = await executeGithubGraphql(state.env, body);
  const headers = { ...state.env.budget.headers('graphql'), ...result.headers };
  record(state, {
    api: 'graphql',
    status: result.status,
    cost: result.cost,
    path,
    query: body.query,
    variables: body.variables ?? undefined,
  });
  return { ...result, headers };
}

const NOT_FOUND: SimResponse = {
  status: 404,
  headers: {},
  body: { message: 'Not Found' },
};

/** A POST the REST subset serves: commit statuses and check runs. */
async function restPost(
  state: SimulatorState,
  req: http.IncomingMessage,
  url: URL,
): Promise<SimResponse> {
  const parsed = await readJson(req);
  if (!parsed.ok) {
    return parsed.response;
  }
  const body = parsed.body;
  return (
    handleStatusPost({
      dataset: state.env.dataset,
      url,
      body,
      posts: state.statusPosts,
      writeAllowed: state.statusWriteAllowed,
      now: state.now,
    }) ?? NOT_FOUND
  );
}

async function answerRest(
  state: SimulatorState,
  req: http.IncomingMessage,
  url: URL,
): Promise<SimResponse> {
  const exhausted = state.env.faults.takePrimaryLimit('rest');
  if (exhausted) {
    exhaustBudget(state.restBudget, exhausted);
  }
  const charged = state.restBudget.tryCharge(1);
  const fault = charged ? state.env.faults.take('rest') : undefined;
  let response: SimResponse;
  if (!charged) {
    response = {
      status: exhausted?.status ?? 403,
      headers: {},
      body: {
        message: 'API rate limit exceeded for user ID 1.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      },
    };
  } else if (fault && !isTransportFault(fault)) {
    response = faultResponse(fault);
  } else if (req.method === 'POST') {
    response = await restPost(state, req, url);
  } else {
    response = handleRest(state.env.dataset, url);
  }
  if (charged && isTransportFault(fault)) {
    response = { ...response, transport: fault.kind };
  }
  record(state, {
    api: 'rest',
    status: response.status,
    cost: charged ? 1 : 0,
    path: url.pathname,
  });
  return {
    ...response,
    headers: { ...state.restBudget.headers('core'), ...response.headers },
  };
}

/** Answers one HTTP request: GraphQL, the REST subset, or 404. */
export async function route(
  state: SimulatorState,
  req: http.IncomingMessage,
): Promise<SimResponse> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  if (state.requireAuth && !req.headers.authorization) {
    return UNAUTHORIZED;
  }
  if (
    req.method === 'POST' &&
    ['/graphql', '/api/graphql'].includes(url.pathname)
  ) {
    return answerGraphql(state, req, url.pathname);
  }
  if (req.method === 'GET' || req.method === 'POST') {
    return answerRest(state, req, url);
  }
  return NOT_FOUND;
}

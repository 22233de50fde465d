import {
  DocumentNode,
  execute,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  OperationDefinitionNode,
  parse,
  validate,
} from 'graphql';
import { GithubDataset } from '../dataset/GithubDataset';
import { RateLimitBudget } from '../server/RateLimitBudget';
import {
  exhaustBudget,
  FaultInjector,
  faultResponse,
  isTransportFault,
  SimResponse,
} from '../server/faults';
import { calculateQueryCost, QueryCost } from './cost';
import { GithubTypedError, GraphqlErrorBody } from './errors';
import { createRootValue } from './rootValue';

/** What a GraphQL request runs against. */
export interface GraphqlEnvironment {
  schema: GraphQLSchema;
  dataset: GithubDataset;
  budget: RateLimitBudget;
  faults: FaultInjector;
  /** how an exhausted budget is reported */
  rateLimitedResponse: 'graphql-200' | 'http-403';
  /** answer 502 to queries that may return more nodes than this */
  timeoutAboveNodes?: number;
}

/** The POST body of a GraphQL request. */
export interface GraphqlRequestBody {
  query?: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

interface Prepared {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  cost: QueryCost;
}

function errorBody(error: GraphQLError): GraphqlErrorBody {
  const original = error.originalError;
  return {
    ...(original instanceof GithubTypedError ? { type: original.type } : {}),
    message: error.message,
    ...(error.path ? { path: error.path } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
  };
}

function reject(errors: GraphqlErrorBody[]): SimResponse {
  return { status: 200, headers: {}, body: { errors } };
}

function prepare(
  env: GraphqlEnvironment,
  body: GraphqlRequestBody,
): Prepared | SimResponse {
  let document: DocumentNode;
  try {
    document = parse(body.query ?? '');
  } catch (e) {
    return reject([errorBody(e as GraphQLError)]);
  }
  const invalid = validate(env.schema, document);
  if (invalid.length) {
    return reject(invalid.map(errorBody));
  }
  const operation = getOperationAST(document, body.operationName)!;
  const coerced = getVariableValues(
    env.schema,
    operation.variableDefinitions ?? [],
    body.variables ?? {},
  );
  if (coerced.errors) {
    return reject(coerced.errors.map(errorBody));
  }
  const variables = coerced.coerced;
  const cost = calculateQueryCost(env.schema, document, operation, variables);
  if (cost.errors.length) {
    return reject(cost.errors);
  }
  return { document, operation, variables, cost };
}

function rateLimited(env: GraphqlEnvironment, status?: number): SimResponse {
  const message = 'API rate limit already exceeded for user ID 1.';
  if (env.rateLimitedResponse === 'http-403' || status) {
    const docs =
      'https://docs.github.com/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api';
    return {
      status: status ?? 403,
      headers: {},
      body: { message, documentation_url: docs },
    };
  }
  return reject([{ type: 'RATE_LIMITED', message }]);
}

/**
 * Runs one GraphQL request the way GitHub does: parse, validate against the
 * published schema, check pagination bounds, charge the cost, then execute.
 */
export async function executeGithubGraphql(
  env: GraphqlEnvironment,
  body: GraphqlRequestBody,
): Promise<SimResponse & { cost: number }> {
  const prepared = prepare(env, body);
  if (!('document' in prepared)) {
    return { ...prepared, cost: 0 };
  }
  const { cost, nodes } = prepared.cost;
  const exhausted = env.faults.takePrimaryLimit('graphql');
  if (exhausted) {
    exhaustBudget(env.budget, exhausted);
  }
  if (!env.budget.tryCharge(cost)) {
    return { ...rateLimited(env, exhausted?.status), cost: 0 };
  }
  // Timeouts are charged too (GitHub counts them since July 2025).
  const fault = env.faults.take('graphql');
  if (fault && !isTransportFault(fault)) {
    return { ...faultResponse(fault), cost };
  }
  if (env.timeoutAboveNodes !== undefined && nodes > env.timeoutAboveNodes) {
    return { ...faultResponse({ kind: 'timeout' }), cost };
  }
  const rateLimit = { ...env.budget.snapshot(), cost, nodeCount: nodes };
  const result = await execute({
    schema: env.schema,
    document: prepared.document,
    operationName: body.operationName,
    rootValue: createRootValue(env.dataset, rateLimit),
    variableValues: body.variables ?? {},
  });
  const errors = result.errors?.map(errorBody);
  return {
    status: 200,
    headers: {},
    body: { data: result.data ?? null, ...(errors ? { errors } : {}) },
    cost,
    transport: fault?.kind,
  };
}

import {
  DocumentNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { GraphqlErrorBody } from './errors';

/** The maximum `first`/`last` and total nodes GitHub allows. */
export const MAX_PAGE_SIZE = 100;
export const MAX_NODES = 500_000;

/** What GitHub would charge for a query, and why it would refuse it. @public */
export interface QueryCost {
  /** requests needed to fill every connection, assuming full pages */
  requests: number;
  /** nodes the query may return */
  nodes: number;
  /** points: max(1, round(requests / 100)) */
  cost: number;
  errors: GraphqlErrorBody[];
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  result: QueryCost;
}

function isConnection(field: GraphQLField<unknown, unknown>): boolean {
  const names = new Set(field.args.map(a => a.name));
  return (
    names.has('first') &&
    names.has('last') &&
    getNamedType(field.type).name.endsWith('Connection')
  );
}

function pageLimit(
  walk: Walk,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
) {
  const limit = (args.first ?? args.last) as number | undefined;
  if (typeof limit !== 'number') {
    walk.result.errors.push({
      type: 'MISSING_PAGINATION_BOUNDARIES',
      message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${field.name}\` connection.`,
    });
    return 0;
  }
  if (limit < 0 || limit > MAX_PAGE_SIZE) {
    const arg = args.first !== undefined ? 'first' : 'last';
    walk.result.errors.push({
      type: 'EXCESSIVE_PAGINATION',
      message: `Requesting ${limit} records on the \`${field.name}\` connection exceeds the \`${arg}\` limit of ${MAX_PAGE_SIZE} records.`,
    });
  }
  return limit;
}

function fieldsOf(type: GraphQLCompositeType) {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
}

function walkSelections(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  multiplier: number,
) {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = fieldsOf(parentType)[selection.name.value];
      if (!field) {
        continue; // __typename and other meta fields
      }
      let childMultiplier = multiplier;
      if (isConnection(field)) {
        const args = getArgumentValues(field, selection, walk.variables);
        const limit = pageLimit(walk, field, args);
        walk.result.requests += multiplier;
        walk.result.nodes += multiplier * limit;
        childMultiplier = multiplier * limit;
      }
      const named = getNamedType(field.type);
      if (selection.selectionSet && isCompositeType(named)) {
        walkSelections(walk, selection.selectionSet, named, childMultiplier);
      }
    } else {
      const fragment =
        selection.kind === Kind.FRAGMENT_SPREAD
          ? walk.fragments.get(selection.name.value)!
          : selection;
      const condition = fragment.typeCondition?.name.value;
      const type = condition ? walk.schema.getType(condition) : parentType;
      walkSelections(
        walk,
        fragment.selectionSet,
        type as GraphQLCompositeType,
        multiplier,
      );
    }
  }
}

/**
 * Computes GitHub's rate-limit cost of a validated query: every connection
 * needs as many requests as the product of its parents' `first`/`last`; the
 * sum divided by 100, rounded, with a minimum of 1, is the cost in points.
 * @public
 */
export function calculateQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): QueryCost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(def.name.value, def);
    }
  }
  const result: QueryCost = { requests: 0, nodes: 0, cost: 0, errors: [] };
  const root = schema.getRootType(operation.operation)!;
  walkSelections(
    { schema, fragments, variables, result },
    operation.selectionSet,
    root,
    1,
  );
  result.cost = Math.max(1, Math.round(result.requests / 100));
  if (result.nodes > MAX_NODES) {
    result.errors.push({
      type: 'MAX_NODE_LIMIT_EXCEEDED',
      message: `This query requests up to ${result.nodes.toLocaleString(
        'en-US',
      )} possible nodes which exceeds the maximum limit of ${MAX_NODES.toLocaleString(
        'en-US',
      )}.`,
    });
  }
  return result;
}

import { GithubTypedError } from './errors';

/** Relay pagination arguments. */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** How cursors address items; by default a cursor is the item's position. */
export interface CursorOrder<T> {
  keyOf(item: T, index: number): string;
  /** index of the first item that comes after the item with this key */
  indexAfter(key: string, items: readonly T[]): number;
}

const PREFIX = 'cursor:v2:';

const byPosition: CursorOrder<unknown> = {
  keyOf: (_item, index) => String(index),
  indexAfter: key => Number(key) + 1,
};

/** Encodes a cursor as GitHub does: opaque base64. */
export function encodeCursor(key: string): string {
  return Buffer.from(`${PREFIX}${key}`).toString('base64');
}

function decodeCursor(cursor: string, argument: string): string {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (!text.startsWith(PREFIX)) {
    throw new GithubTypedError(
      'INVALID_CURSOR_ARGUMENTS',
      `\`${argument}\` does not appear to be a valid cursor.`,
    );
  }
  return text.slice(PREFIX.length);
}

function window<T>(
  items: readonly T[],
  args: ConnectionArgs,
  order: CursorOrder<T>,
) {
  let start = 0;
  let end = items.length;
  if (args.after) {
    start = order.indexAfter(decodeCursor(args.after, 'after'), items);
  }
  if (args.before) {
    end = order.indexAfter(decodeCursor(args.before, 'before'), items) - 1;
  }
  if (typeof args.first === 'number') {
    end = Math.min(end, start + args.first);
  } else if (typeof args.last === 'number') {
    start = Math.max(start, end - args.last);
  }
  return { start: Math.max(0, start), end: Math.max(start, end) };
}

/** A GitHub-style connection over `items`: nodes, edges, pageInfo, totalCount. */
export function connection<T, V>(
  items: readonly T[],
  args: ConnectionArgs,
  toNode: (item: T) => V,
  order: CursorOrder<T> = byPosition as CursorOrder<T>,
) {
  const { start, end } = window(items, args, order);
  const edges = items.slice(start, end).map((item, i) => ({
    cursor: encodeCursor(order.keyOf(item, start + i)),
    node: toNode(item),
  }));
  return {
    totalCount: items.length,
    edges,
    nodes: edges.map(e => e.node),
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

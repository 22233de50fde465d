import { SimPullRequest } from '../../dataset/types';
import { CursorOrder } from '../connection';

/** `IssueOrder` as GitHub's `orderBy` argument takes it. */
export interface IssueOrder {
  field: 'CREATED_AT' | 'UPDATED_AT' | 'COMMENTS';
  direction: 'ASC' | 'DESC';
}

const DEFAULT_ORDER: IssueOrder = { field: 'CREATED_AT', direction: 'ASC' };

function sortValue(pr: SimPullRequest, order: IssueOrder): string {
  return order.field === 'UPDATED_AT' ? pr.updatedAt : pr.createdAt;
}

function compare(a: [string, number], b: [string, number], order: IssueOrder) {
  const sign = order.direction === 'DESC' ? -1 : 1;
  return sign * (a[0].localeCompare(b[0]) || a[1] - b[1]);
}

/**
 * Sorts pull requests and builds cursors that remember the sort key, as
 * GitHub's do: a pull request updated while a client pages through the list
 * moves to the front and is not returned twice.
 */
export function orderPullRequests(
  pullRequests: readonly SimPullRequest[],
  orderBy: IssueOrder | null | undefined,
): { items: SimPullRequest[]; order: CursorOrder<SimPullRequest> } {
  const order = orderBy ?? DEFAULT_ORDER;
  const keyTuple = (pr: SimPullRequest): [string, number] => [
    sortValue(pr, order),
    pr.number,
  ];
  const items = [...pullRequests].sort((a, b) =>
    compare(keyTuple(a), keyTuple(b), order),
  );
  return {
    items,
    order: {
      keyOf: pr => JSON.stringify(keyTuple(pr)),
      indexAfter: (key, list) => {
        const cursor = JSON.parse(key) as [string, number];
        const i = list.findIndex(
          pr => compare(keyTuple(pr), cursor, order) > 0,
        );
        return i === -1 ? list.length : i;
      },
    },
  };
}

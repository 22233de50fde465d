/**
 * GitHub's GraphQL cost formula: each connection needs as many requests as
 * the product of its parents' page sizes; the sum divided by 100 and
 * rounded to the nearest whole number, at least 1, is the cost in points.
 */
export function pointsFor(requests: number): number {
  return Math.max(1, Math.round(requests / 100));
}

/** Requests needed by a page of `pageSize` items with `inner` connections each. */
export function pageRequests(pageSize: number, inner: number): number {
  return 1 + inner * pageSize;
}

/**
 * The page size that reads the most items per point. Because the cost is
 * rounded, 49 pull requests with three inner connections (148 requests)
 * cost 1 point while 100 (301 requests) cost 3: 20 points per 1,000 pull
 * requests instead of 30.
 */
export function bestPageSize(inner: number, max = 100): number {
  let best = 1;
  for (let size = 1; size <= max; size++) {
    const perPoint = size / pointsFor(pageRequests(size, inner));
    if (perPoint >= best / pointsFor(pageRequests(best, inner))) {
      best = size;
    }
  }
  return best;
}

/** The most single-request connections one query can hold for one point. */
export const ONE_POINT_REQUESTS = 149;

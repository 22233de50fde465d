import { GithubDataset } from '../dataset/GithubDataset';
import { SimPullRequest } from '../dataset/types';
import { SimResponse } from '../server/faults';
import { restCommit, restPullRequest, restReview } from './restViews';

const ROUTE =
  /^(?:\/api\/v3)?\/repos\/([^/]+)\/([^/]+)\/pulls(?:\/(\d+)\/(reviews|commits))?$/;

const NOT_FOUND: SimResponse = {
  status: 404,
  headers: {},
  body: {
    message: 'Not Found',
    documentation_url: 'https://docs.github.com/rest',
  },
};

function paginate(items: unknown[], url: URL, max = Infinity): SimResponse {
  const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
  const all = items.slice(0, max);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const links: string[] = [];
  const link = (p: number, rel: string) => {
    const next = new URL(url);
    next.searchParams.set('page', String(p));
    links.push(`<${next}>; rel="${rel}"`);
  };
  if (page < last) {
    link(page + 1, 'next');
    link(last, 'last');
  }
  const headers: Record<string, string> = links.length
    ? { link: links.join(', ') }
    : {};
  return {
    status: 200,
    headers,
    body: all.slice((page - 1) * perPage, page * perPage),
  };
}

function listPullRequests(
  pullRequests: SimPullRequest[],
  url: URL,
  base: string,
) {
  const state = url.searchParams.get('state') ?? 'open';
  const sort = url.searchParams.get('sort') ?? 'created';
  const direction =
    url.searchParams.get('direction') ?? (sort === 'created' ? 'desc' : 'asc');
  const key = (pr: SimPullRequest) =>
    sort === 'updated' ? pr.updatedAt : pr.createdAt;
  const selected = pullRequests
    .filter(
      pr => state === 'all' || (state === 'open') === (pr.state === 'OPEN'),
    )
    .sort((a, b) => key(a).localeCompare(key(b)) || a.number - b.number);
  if (direction === 'desc') {
    selected.reverse();
  }
  return paginate(
    selected.map(pr => restPullRequest(pr, base)),
    url,
  );
}

/**
 * The REST subset a straightforward client needs: list pull requests, then
 * each one's reviews and commits (at most 250, as on GitHub).
 */
export function handleRest(dataset: GithubDataset, url: URL): SimResponse {
  const match = ROUTE.exec(url.pathname);
  const repo = match && dataset.repository({ owner: match[1], name: match[2] });
  if (!match || !repo) {
    return NOT_FOUND;
  }
  const base = `${url.origin}/repos/${repo.owner}/${repo.name}`;
  if (!match[3]) {
    return listPullRequests(repo.pullRequests, url, base);
  }
  const pr = repo.pullRequests.find(p => p.number === Number(match[3]));
  if (!pr) {
    return NOT_FOUND;
  }
  return match[4] === 'reviews'
    ? paginate(pr.reviews.map(restReview), url)
    : paginate(pr.commits.map(restCommit), url, 250);
}

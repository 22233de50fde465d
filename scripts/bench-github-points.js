#!/usr/bin/env node
/*
 * Benchmark of the GitHub API budget spent by GithubChangeSource, against the
 * local GitHub simulator (@internal/github-simulator), next to a
 * straightforward REST client.
 *
 *   node scripts/bench-github-points.js [--prs 1000] [--open 1000] [--seed 42] [--overflow 0.02]
 *
 * Prints, per approach, the HTTP requests and rate-limit points spent and
 * the same per 1,000 merged pull requests; then the same for reading the
 * open pull requests (first full read, an unchanged sync, a sync after a
 * few changes) per 1,000 open pull requests. GraphQL points and REST requests
 * come from separate budgets of 5,000 an hour each (for a token).
 */
'use strict';

require('@backstage/cli/config/nodeTransform.cjs');

const path = require('node:path');
const { textTable } = require('./lib/textTable');
const { ConfigReader } = require('@backstage/config');
const { startGithubSimulator } = require('@internal/github-simulator');
const { GithubChangeSource } = require(path.resolve(
  __dirname,
  '../plugins/ai-approval-backend/src/sources/github',
));

function parseArgs(argv) {
  const args = { prs: 1000, open: 1000, seed: 42, overflow: 0.02 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in args)) {
      throw new Error(`Unknown option ${argv[i]}`);
    }
    args[key] = Number(argv[i + 1]);
  }
  return args;
}

async function drain(read) {
  const started = Date.now();
  let items = 0;
  for await (const _ of read) {
    items += 1;
  }
  return { items, ...read.stats, ms: Date.now() - started };
}

/** Lists closed PRs 100 at a time, then reviews and commits of each merged one. */
async function restBaseline(simulator, repo) {
  const started = Date.now();
  let requests = 0;
  const get = async url => {
    requests += 1;
    const res = await fetch(`${simulator.url}${url}`, {
      headers: { authorization: 'token bench' },
    });
    if (!res.ok) {
      throw new Error(`GET ${url}: ${res.status}`);
    }
    return res.json();
  };
  const all = async base => {
    const items = [];
    for (let page = 1; ; page++) {
      const batch = await get(`${base}per_page=100&page=${page}`);
      items.push(...batch);
      if (batch.length < 100) return items;
    }
  };
  const prefix = `/repos/${repo.owner}/${repo.name}/pulls`;
  const prs = (await all(`${prefix}?state=closed&`)).filter(pr => pr.merged_at);
  for (const pr of prs) {
    await all(`${prefix}/${pr.number}/reviews?`);
    await all(`${prefix}/${pr.number}/commits?`);
  }
  return {
    items: prs.length,
    requests,
    points: requests,
    ms: Date.now() - started,
  };
}

function format(rows, prs) {
  const per = (n, items) => (items ? ((n / items) * 1000).toFixed(1) : '-');
  const header = [
    'approach',
    'items',
    'requests',
    'points',
    'req/1k PRs',
    'pts/1k PRs',
    'ms',
  ];
  const lines = rows.map(([name, r, perItems]) => [
    name,
    String(r.items),
    String(r.requests),
    String(r.points),
    per(r.requests, perItems),
    per(r.points, perItems),
    String(r.ms),
  ]);
  return textTable(header, lines);
}

/** Open pull requests: a full read, an unchanged sync, a sync after changes. */
async function benchOpen(simulator, source, repo) {
  const open = simulator.dataset.openPullRequests(repo);
  const full = await drain(source.readOpenPullRequests(repo));
  if (full.items !== open.length) {
    throw new Error(`read ${full.items} of ${open.length} open pull requests`);
  }
  const updatedSince = open[0].updatedAt;
  const unchanged = await drain(
    source.readOpenPullRequests(repo, { updatedSince }),
  );
  const later = h =>
    new Date(Date.parse(updatedSince) + h * 3600_000).toISOString();
  simulator.dataset.pushToPullRequest(repo, open[3].number, later(1));
  simulator.dataset.closePullRequest(repo, open[5].number, later(2));
  simulator.dataset.openPullRequest(repo, later(3), 'waiting_for_senior');
  const changed = await drain(
    source.readOpenPullRequests(repo, { updatedSince }),
  );
  console.log(`\nOpen pull requests, ${open.length} (simulator)\n`);
  console.log(
    format(
      [
        ['GraphQL open pull requests, first read', full, full.items],
        ['GraphQL open, second sync, unchanged', unchanged, 0],
        ['GraphQL open, sync after 3 changes', changed, 0],
      ],
      open.length,
    ).replace(/PRs/g, 'open'),
  );
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const simulator = await startGithubSimulator({
    dataset: {
      seed: args.seed,
      mergedPullRequestsPerRepository: args.prs,
      overflowRate: args.overflow,
      directPushesPerRepository: 20,
      openPullRequestsPerRepository: args.open,
    },
    graphqlPointsPerHour: 1e9,
    restRequestsPerHour: 1e9,
  });
  try {
    const config = new ConfigReader({
      integrations: {
        github: [
          { host: simulator.host, apiBaseUrl: simulator.url, token: 'bench' },
        ],
      },
    });
    const source = GithubChangeSource.fromConfig(config);
    const repo = { host: simulator.host, owner: 'acme', name: 'service-0' };
    const backfillSince = '2000-01-01T00:00:00Z';
    const truth = simulator.dataset.pullRequests(repo);

    const backfill = await drain(
      source.readMergedPullRequests(repo, { backfillSince }),
    );
    if (backfill.items !== truth.length) {
      throw new Error(
        `GraphQL backfill read ${backfill.items} of ${truth.length} pull requests`,
      );
    }
    const rest = await restBaseline(simulator, repo);
    const updatedSince = truth[0].updatedAt;
    const unchanged = await drain(
      source.readMergedPullRequests(repo, { backfillSince, updatedSince }),
    );
    const later = h =>
      new Date(Date.parse(updatedSince) + h * 3600_000).toISOString();
    simulator.dataset.touchPullRequest(repo, truth[100].number, later(1));
    simulator.dataset.touchPullRequest(
      repo,
      truth[500 % truth.length].number,
      later(2),
    );
    simulator.dataset.mergeNewPullRequest(repo, later(3));
    const changed = await drain(
      source.readMergedPullRequests(repo, { backfillSince, updatedSince }),
    );
    const pushes = await drain(
      source.readDirectPushes(repo, { since: backfillSince }),
    );

    console.log(
      `GitHub API budget, ${truth.length} merged pull requests (simulator, seed ${args.seed}, overflow rate ${args.overflow})\n`,
    );
    console.log(
      format(
        [
          ['GraphQL backfill (GithubChangeSource)', backfill, backfill.items],
          ['REST backfill (list + reviews + commits)', rest, rest.items],
          ['GraphQL second sync, unchanged', unchanged, 0],
          ['GraphQL sync after 3 changes', changed, 0],
          ['GraphQL direct pushes, full history', pushes, 0],
        ],
        truth.length,
      ),
    );
    console.log(
      '\npoints: GraphQL rateLimit.cost summed; REST: 1 per request (separate 5,000/h budget)',
    );
    await benchOpen(simulator, source, repo);
  } finally {
    await simulator.close();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

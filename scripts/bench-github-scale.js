#!/usr/bin/env node
/*
 * The sync at organisation scale: GitHub points, wall time and memory of
 * the real AiApprovalSync (a real store on SQLite, a mocked catalog)
 * against the local GitHub simulator.
 *
 *   node scripts/bench-github-scale.js [--repos 2000] [--prs 50]
 *     [--sizes 500,1000] [--changed 20] [--concurrency 4] [--seed 7]
 *
 * The simulator runs in this process; each sync runs in a child process of
 * its own (a catalog of the first N repositories, one entity each, a fresh
 * SQLite file), so the memory figures are the sync's alone. For --repos:
 * a backfill, a second sync of the unchanged organisation, and a sync after
 * --changed repositories changed (a pull request updated, a new one merged,
 * a commit pushed straight to the default branch). For each of --sizes: a
 * backfill and a second sync, to show that memory does not grow with the
 * number of repositories. Exits 1 when a target is missed:
 *   backfill <= 30 points per 1,000 pull requests;
 *   unchanged sync <= 40 points and <= 60 s;
 *   sync after changes <= 40 points on top of what the changed need.
 */
'use strict';

require('@backstage/cli/config/nodeTransform.cjs');

const { fork } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { textTable } = require('./lib/textTable');

const PLUGIN = path.resolve(__dirname, '../plugins/ai-approval-backend/src');
const DAY = 86_400_000;
const TARGETS = { backfillPer1k: 30, unchangedPoints: 40, unchangedMs: 60_000 };

function parseArgs(argv) {
  const args = {
    repos: 2000,
    prs: 50,
    sizes: '500,1000',
    changed: 20,
    concurrency: 4,
    seed: 7,
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in args)) {
      throw new Error(`Unknown option ${argv[i]}`);
    }
    args[key] = key === 'sizes' ? argv[i + 1] : Number(argv[i + 1]);
  }
  return args;
}

/* ---------------------------------------------------------------- worker */

function quietLogger() {
  const logger = {
    info() {},
    warn() {},
    error() {},
    debug() {},
    child: () => logger,
  };
  return logger;
}

function entitiesFor(host, repos) {
  return Array.from({ length: repos }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: `service-${i}`,
      namespace: 'default',
      annotations: {
        'ai-approval/repositories': `http://${host}/acme/service-${i}`,
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  }));
}

async function createSync(options) {
  const { knex: createKnex } = require('knex');
  const { ConfigReader } = require('@backstage/config');
  const { ScmIntegrations } = require('@backstage/integration');
  const {
    catalogServiceMock,
  } = require('@backstage/plugin-catalog-node/testUtils');
  const { DatabaseApprovalStore } = require(path.join(
    PLUGIN,
    'database/DatabaseApprovalStore',
  ));
  const { readAiApprovalConfig } = require(path.join(PLUGIN, 'config'));
  const { AiApprovalSync } = require(path.join(PLUGIN, 'sync/AiApprovalSync'));
  const { GithubChangeSource } = require(path.join(PLUGIN, 'sources/github'));

  const knex = createKnex({
    client: 'better-sqlite3',
    connection: { filename: options.dbFile },
    useNullAsDefault: true,
  });
  const store = await DatabaseApprovalStore.create({
    database: { getClient: async () => knex },
  });
  const config = new ConfigReader({
    integrations: {
      github: [{ host: options.host, apiBaseUrl: options.url, token: 'bench' }],
    },
    aiApproval: {
      backfillDays: 90,
      github: { concurrency: options.concurrency },
    },
  });
  return new AiApprovalSync({
    config: readAiApprovalConfig(config),
    catalog: catalogServiceMock({
      entities: entitiesFor(options.host, options.repos),
    }),
    auth: { getOwnServiceCredentials: async () => ({}) },
    store,
    github: GithubChangeSource.fromConfig(config),
    integrations: ScmIntegrations.fromConfig(config),
    logger: quietLogger(),
  });
}

/** Runs syncs on request and answers time and memory of each. */
async function worker() {
  const options = JSON.parse(process.env.BENCH_GITHUB_SCALE);
  const sync = await createSync(options);
  let heapPeak = process.memoryUsage().heapUsed;
  setInterval(() => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }, 20).unref();
  process.on('message', async message => {
    if (message !== 'sync') {
      process.exit(0);
    }
    const started = Date.now();
    await sync.syncAll();
    process.send({
      kind: 'result',
      ms: Date.now() - started,
      rss: process.resourceUsage().maxRSS * 1024,
      heap: Math.max(heapPeak, process.memoryUsage().heapUsed),
    });
  });
  process.send({ kind: 'ready' });
}

/* ---------------------------------------------------------------- parent */

function startWorker(options) {
  const child = fork(__filename, ['--worker'], {
    env: { ...process.env, BENCH_GITHUB_SCALE: JSON.stringify(options) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // the TypeScript loader sends messages of its own over the same channel
  const next = () =>
    new Promise((resolve, reject) => {
      const onMessage = message => {
        if (message?.kind === 'ready' || message?.kind === 'result') {
          child.off('message', onMessage);
          child.off('exit', onExit);
          resolve(message);
        }
      };
      const onExit = code => reject(new Error(`worker exited ${code}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  return {
    ready: next(),
    async sync() {
      const answer = next();
      child.send('sync');
      return answer;
    },
    stop() {
      child.send('exit');
    },
  };
}

/** One sync in the worker, with what the simulator charged for it. */
async function measure(simulator, child) {
  simulator.resetRequests();
  const used = simulator.graphqlBudget.snapshot().used;
  const run = await child.sync();
  const points = simulator.graphqlBudget.snapshot().used - used;
  const checks = simulator.requests.filter(r =>
    r.query?.includes('query RepositoryStates'),
  );
  const checkPoints = checks.reduce((sum, r) => sum + r.cost, 0);
  const result = {
    ...run,
    points,
    requests: simulator.requests.length,
    checkRequests: checks.length,
    checkPoints,
  };
  simulator.resetRequests();
  return result;
}

/** Changes `count` repositories: updated, newly merged, pushed to directly. */
function changeRepositories(dataset, count, repos) {
  const at = minutes => new Date(Date.now() - minutes * 60_000).toISOString();
  for (let i = 0; i < count; i++) {
    const ref = { owner: 'acme', name: `service-${(i * 7) % repos}` };
    if (i % 3 === 0) {
      const pr = dataset.pullRequests(ref)[2];
      dataset.touchPullRequest(ref, pr.number, at(30 - i));
    } else if (i % 3 === 1) {
      dataset.mergeNewPullRequest(ref, at(30 - i));
    } else {
      dataset.pushDirectly(ref, at(30 - i));
    }
  }
}

async function runSize(simulator, args, repos, full) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-github-scale-'));
  const child = startWorker({
    url: simulator.url,
    host: simulator.host,
    repos,
    concurrency: args.concurrency,
    dbFile: path.join(dir, 'ai-approval.sqlite'),
  });
  try {
    await child.ready;
    const rows = { backfill: await measure(simulator, child) };
    rows.unchanged = await measure(simulator, child);
    if (full) {
      changeRepositories(simulator.dataset, args.changed, repos);
      rows.changed = await measure(simulator, child);
    }
    return rows;
  } finally {
    child.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const mb = bytes => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function report(args, pullRequests, full, memory) {
  const { backfill, unchanged, changed } = full;
  const per1k = (backfill.points / pullRequests) * 1000;
  const changedReads = changed.points - changed.checkPoints;
  console.log(
    `Sync at scale: ${args.repos} repositories, ${pullRequests} merged pull requests (simulator, seed ${args.seed}, concurrency ${args.concurrency})\n`,
  );
  console.log(
    textTable(
      [
        'sync',
        'points',
        'requests',
        'check pts',
        'seconds',
        'peak RSS',
        'peak heap',
      ],
      [
        ['backfill', backfill, 'backfill'],
        ['second sync, unchanged', unchanged],
        [`after ${args.changed} repositories changed`, changed],
      ].map(([name, r]) => [
        name,
        r.points,
        r.requests,
        r.checkPoints,
        (r.ms / 1000).toFixed(1),
        mb(r.rss),
        mb(r.heap),
      ]),
    ),
  );
  console.log(
    `\nbackfill: ${per1k.toFixed(
      1,
    )} points per 1,000 pull requests (target <= ${TARGETS.backfillPer1k})`,
  );
  console.log(
    `unchanged: ${unchanged.points} points (target <= ${
      TARGETS.unchangedPoints
    }), ${(unchanged.ms / 1000).toFixed(1)} s (target <= ${
      TARGETS.unchangedMs / 1000
    } s)`,
  );
  console.log(
    `after ${args.changed} changed: ${changed.points} points = ${changed.checkPoints} for the check (target <= ${TARGETS.unchangedPoints}) + ${changedReads} for reading the ${args.changed} changed repositories`,
  );
  console.log('\nMemory of the sync process by organisation size\n');
  console.log(
    textTable(
      [
        'repositories',
        'backfill RSS',
        'backfill heap',
        'unchanged RSS',
        'unchanged heap',
      ],
      memory.map(([repos, rows]) => [
        repos,
        mb(rows.backfill.rss),
        mb(rows.backfill.heap),
        mb(rows.unchanged.rss),
        mb(rows.unchanged.heap),
      ]),
    ),
  );
  const missed = [];
  if (per1k > TARGETS.backfillPer1k) missed.push('backfill points');
  if (unchanged.points > TARGETS.unchangedPoints)
    missed.push('unchanged points');
  if (unchanged.ms > TARGETS.unchangedMs) missed.push('unchanged time');
  if (changed.checkPoints > TARGETS.unchangedPoints)
    missed.push('changed check points');
  return missed;
}

/** 50 merged pull requests in each repository, all in the backfill window. */
function datasetOptions(args) {
  return {
    seed: args.seed,
    repositories: args.repos,
    mergedPullRequestsPerRepository: args.prs,
    spanDays: 60,
    now: new Date(Date.now() - DAY).toISOString(),
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { startGithubSimulator } = require('@internal/github-simulator');
  const dataset = datasetOptions(args);
  const simulator = await startGithubSimulator({
    dataset,
    graphqlPointsPerHour: 1e9,
  });
  try {
    const sizes = String(args.sizes)
      .split(',')
      .filter(Boolean)
      .map(Number)
      .filter(n => n < args.repos);
    let pullRequests = 0;
    for (let i = 0; i < args.repos; i++) {
      const ref = { owner: 'acme', name: `service-${i}` };
      pullRequests += simulator.dataset.pullRequests(ref).length;
    }
    const memory = [];
    for (const repos of sizes) {
      memory.push([repos, await runSize(simulator, args, repos, false)]);
    }
    const full = await runSize(simulator, args, args.repos, true);
    memory.push([args.repos, full]);
    const missed = report(args, pullRequests, full, memory);
    if (missed.length) {
      console.log(`\nMissed: ${missed.join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await simulator.close();
  }
}

if (process.argv[2] === '--worker') {
  worker().catch(error => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch(error => {
    console.error(error);
    process.exit(1);
  });
}

/*
 * The scenarios of scripts/chaos.js and what they share: a scratch
 * PostgreSQL database, the simulator's truth, and syncing until every
 * readable repository is read without an error.
 */
'use strict';

const path = require('node:path');
const { knex: createKnex } = require('knex');

const utils = path.resolve(
  __dirname,
  '../../plugins/ai-approval-backend/src/__testUtils__',
);
const { startScenario, slugsOf } = require(`${utils}/scenario`);
const { storedDifferences } = require(`${utils}/storedDifferences`);

const PG_URL =
  process.env.AI_APPROVAL_TEST_POSTGRES_URL ||
  'postgresql://postgres@127.0.0.1:5432';

/** Drops and creates a database; returns a knex for it. */
async function scratchDatabase(name) {
  const admin = createKnex({ client: 'pg', connection: `${PG_URL}/postgres` });
  await admin.raw('drop database if exists ?? with (force)', [name]);
  await admin.raw('create database ??', [name]);
  await admin.destroy();
  return createKnex({ client: 'pg', connection: `${PG_URL}/${name}` });
}

/** A knex for a database a backend process creates (dropped first). */
async function processDatabase(prefix) {
  const name = `${prefix}ai-approval`;
  const admin = createKnex({ client: 'pg', connection: `${PG_URL}/postgres` });
  await admin.raw('drop database if exists ?? with (force)', [name]);
  await admin.destroy();
  return {
    connect: () =>
      createKnex({ client: 'pg', connection: `${PG_URL}/${name}` }),
  };
}

/** Every change the readable services should hold, once each. */
function truthOf(scenario) {
  return [...scenario.expected().values()].flat();
}

/** Readable repositories whose last sync failed (or that never synced). */
async function failingRepositories(knex, scenario) {
  const slugs = scenario.services.flatMap(slugsOf);
  const rows = await knex('ai_approval_repositories')
    .whereIn('slug', slugs)
    .select('slug', 'last_error', 'last_success_at');
  const failing = rows.filter(r => r.last_error || !r.last_success_at);
  return slugs.length - rows.length + failing.length;
}

/** Runs the in-process backend's sync until it reads everything cleanly. */
async function syncUntilClean(backend, knex, scenario, rounds = 5) {
  for (let round = 1; round <= rounds; round++) {
    await backend.sync();
    if ((await failingRepositories(knex, scenario)) === 0) {
      return round;
    }
  }
  return rounds;
}

/** Calls `inject` once the simulator has answered `after` GraphQL requests. */
function injectAfter(simulator, after, inject) {
  let seen = 0;
  const stop = simulator.onRequest(request => {
    if (request.api === 'graphql' && ++seen === after) {
      stop();
      inject(simulator);
    }
  });
  return stop;
}

/** Some new history: a pull request touched, one merged, a direct push. */
function addHistory(dataset) {
  const recent = hours => new Date(Date.now() - hours * 3600_000).toISOString();
  const repo = name => ({ owner: 'acme', name });
  const touched = dataset.pullRequests(repo('service-0'))[3];
  dataset.touchPullRequest(repo('service-0'), touched.number, recent(3));
  dataset.mergeNewPullRequest(repo('service-1'), recent(2));
  dataset.mergeNewPullRequest(repo('service-2'), recent(2));
  dataset.pushDirectly(repo('service-4'), recent(1));
}

/** Prints a scenario's line, its time when it has one, and its differences. */
function report(result) {
  const time = result.ms ? ` (${Math.round(result.ms / 1000)}s)` : '';
  const changes = result.changes ? `${result.changes} changes, ` : '';
  console.log(
    `${result.name}: ${changes}${
      result.differences.length
    } differences [${result.notes.join('; ')}]${time}`,
  );
  for (const difference of result.differences.slice(0, 20)) {
    console.log(`  ${difference}`);
  }
}

/** Prints `N scenarios, M differences`; returns the exit code. */
function reportTotal(results, started, logDir) {
  const differences = results.reduce((s, r) => s + r.differences.length, 0);
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `${results.length} scenarios, ${differences} differences (${seconds}s; backend logs in ${logDir})`,
  );
  return differences ? 1 : 0;
}

module.exports = {
  report,
  reportTotal,
  PG_URL,
  scratchDatabase,
  processDatabase,
  startScenario,
  storedDifferences,
  truthOf,
  failingRepositories,
  syncUntilClean,
  injectAfter,
  addHistory,
};

#!/usr/bin/env node
/*
 * Two real backend processes (scripts/lib/sync-backend.js) sharing one
 * PostgreSQL database, against the GitHub simulator:
 *
 * 1. refresh: with the scheduled sync an hour away, the same entity's
 *    refresh is pressed on both replicas at once, first for its backfill,
 *    then after new history (two entities). A repository one replica is
 *    reading is left to it by the other, and the stored changes must equal
 *    the truth.
 * 2. webhook: a merged pull request's signed `pull_request` webhook posted
 *    to one replica through /api/events/http/github is applied once: that
 *    replica reads the repository, the other does not (the events bus does
 *    not forward an event a local subscriber took), and the new change is
 *    stored once.
 * 3. schedule: both restarted with a sync every few seconds (scope
 *    'global'); the runs, across both, must never overlap and come once per
 *    interval, while new history arrives; the stored changes and verdicts
 *    must then equal the simulator's truth: no change stored twice, no
 *    verdict lost to a race.
 *
 *   node scripts/replicas.js [--short]
 *
 * --short (CI) watches the schedule for 16 seconds instead of 40. Prints one
 * line per check, then `N scenarios, 0 differences` (or the differences,
 * exiting 1).
 */
'use strict';

require('@backstage/cli/config/nodeTransform.cjs');

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {
  stopAll,
  startBackend,
  syncsIn,
  sleep,
} = require('./lib/backendProcess');
const chaos = require('./lib/chaosScenarios');

const BACKEND = path.join(__dirname, '../plugins/ai-approval-backend/src');
const {
  examplePayload,
  signature,
} = require(`${BACKEND}/__testUtils__/webhooks`);

const short = process.argv.includes('--short');
const FREQUENCY = 4;
const PREFIX = 'ai_approval_chaos_replicas_';

async function startPair(scenario, logDir, schedule) {
  const options = name => ({
    database: chaos.PG_URL,
    prefix: PREFIX,
    simulatorUrl: scenario.simulator.url,
    timeout: 30,
    logFile: path.join(logDir, `${name}.log`),
    ...schedule,
  });
  if (schedule.fresh) {
    // two replicas migrating a fresh database at once can both create
    // knex's migration lock table (scheduler and plugin): start one first
    const a = await startBackend(options('a'));
    return [a, await startBackend(options('b'))];
  }
  return Promise.all([startBackend(options('a')), startBackend(options('b'))]);
}

/** The refreshes (one entity) each replica logged after `time`. */
function refreshesSince(pair, time) {
  return pair.map(b =>
    syncsIn(b.logFile).filter(s => s.entities === 1 && s.end >= time),
  );
}

/** Presses refresh on both replicas at once; waits until both are done. */
async function pressOnBoth(pair, names) {
  const pressed = Date.now();
  const presses = pair.flatMap(b =>
    names.map(name =>
      b.api(`/entities/component/default/${name}/refresh`, {
        method: 'POST',
      }),
    ),
  );
  const answers = await Promise.all(presses);
  if (answers.some(a => a.status !== 202)) {
    throw new Error(`refresh answered ${answers.map(a => a.status)}`);
  }
  const deadline = Date.now() + 60_000;
  while (refreshesSince(pair, pressed).flat().length < presses.length) {
    if (Date.now() > deadline) throw new Error('refreshes did not finish');
    await sleep(250);
  }
  return refreshesSince(pair, pressed).flat();
}

function truthFor(scenario, names) {
  return names.flatMap(name => scenario.expected().get(name));
}

async function refreshScenario(scenario, pair, knex) {
  const differences = [];
  const notes = [];
  for (const [step, names] of [
    ['backfill', ['ledger']],
    ['new history', ['ledger', 'payments']],
  ]) {
    if (step === 'new history') chaos.addHistory(scenario.simulator.dataset);
    const refreshes = await pressOnBoth(pair, names);
    const read = refreshes.reduce((n, r) => n + r.repositories, 0);
    const skipped = refreshes.reduce((n, r) => n + r.skipped, 0);
    const repositories = names.length === 1 ? 2 : 3;
    notes.push(
      `${step}: ${refreshes.length} presses read ${read} and left ${skipped} to the other replica (${repositories} repositories)`,
    );
    // each press reads a repository or finds the other replica reading it;
    // a press that comes after the other's read reads again, storing nothing new
    if (read + skipped !== 2 * repositories || read < repositories) {
      differences.push(
        `${step}: ${read} reads and ${skipped} skips for ${repositories} repositories`,
      );
    }
    differences.push(
      ...(await chaos.storedDifferences(knex, truthFor(scenario, names))),
    );
  }
  return { name: 'a refresh pressed on both replicas', notes, differences };
}

async function webhookScenario(scenario, pair, knex) {
  const repo = { owner: 'acme', name: 'service-1' };
  // as chaos.addHistory dates its merges: two hours back from now
  const at = new Date(Date.now() - 2 * 3600_000).toISOString();
  const pr = scenario.simulator.dataset.mergeNewPullRequest(repo, at);
  const payload = examplePayload('pull_request', 'closed', {
    host: scenario.simulator.host,
    slug: 'acme/service-1',
  });
  payload.pull_request.number = pr.number;
  payload.pull_request.merged = true;
  payload.pull_request.updated_at = pr.updatedAt;
  const body = JSON.stringify(payload);
  const posted = Date.now();
  const res = await fetch(`${pair[0].origin}/api/events/http/github`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'pull_request',
      'x-github-delivery': `replicas-${posted}`,
      'x-hub-signature-256': signature(body),
    },
    body,
  });
  const differences = [];
  if (res.status !== 202)
    differences.push(`the ingress answered ${res.status}`);
  const truth = truthFor(scenario, ['ledger', 'payments']);
  let stored = await chaos.storedDifferences(knex, truth);
  const deadline = Date.now() + 20_000;
  while (stored.length && Date.now() < deadline) {
    await sleep(100);
    stored = await chaos.storedDifferences(knex, truth);
  }
  const applied = Date.now() - posted;
  // time for the other replica to show a read, if it wrongly made one
  await sleep(3000);
  // an event's read, like a refresh, is a sync of one entity
  const [a, b] = refreshesSince(pair, posted).map(reads => reads.length);
  if (a !== 1 || b !== 0) {
    differences.push(`reads after the event: ${a} on a, ${b} on b (want 1, 0)`);
  }
  differences.push(...stored);
  return {
    name: 'a webhook posted to one replica',
    notes: [`applied in ${applied} ms`, `reads: a ${a}, b ${b}`],
    differences,
  };
}

async function scheduleScenario(scenario, pair, knex) {
  const watch = (short ? 16 : 40) * 1000;
  const started = Date.now();
  await sleep(watch / 2);
  chaos.addHistory(scenario.simulator.dataset);
  await sleep(watch / 2);
  const runs = pair
    .flatMap((b, i) =>
      syncsIn(b.logFile)
        .filter(s => s.entities > 1 && s.start >= started)
        .map(s => ({ ...s, replica: 'ab'[i] })),
    )
    .sort((x, y) => x.start - y.start);
  const differences = [];
  for (let i = 1; i < runs.length; i++) {
    const gap = runs[i].start - runs[i - 1].start;
    if (runs[i].start < runs[i - 1].end || gap < FREQUENCY * 900) {
      differences.push(`runs ${i - 1} and ${i} ${gap} ms apart`);
    }
  }
  const most = Math.ceil(watch / (FREQUENCY * 1000)) + 1;
  if (runs.length < 2 || runs.length > most) {
    differences.push(`${runs.length} runs in ${watch / 1000}s`);
  }
  // the last run read the new history once it has ended
  const last = runs[runs.length - 1];
  while (Date.now() < last.end + FREQUENCY * 1000 + 2000) await sleep(500);
  differences.push(
    ...(await chaos.storedDifferences(knex, chaos.truthOf(scenario))),
  );
  const by = replica => runs.filter(r => r.replica === replica).length;
  return {
    name: `the scheduled sync every ${FREQUENCY}s on two replicas`,
    notes: [
      `${runs.length} runs in ${watch / 1000}s (a: ${by('a')}, b: ${by('b')})`,
    ],
    differences,
  };
}

async function main() {
  const started = Date.now();
  const logDir = fs.mkdtempSync(
    path.join(os.tmpdir(), 'ai-approval-replicas-'),
  );
  const scenario = await chaos.startScenario();
  const db = await chaos.processDatabase(PREFIX);
  const results = [];
  let pair = [];
  let knex;
  try {
    const hour = { frequency: 3600, initialDelay: 3600, fresh: true };
    pair = await startPair(scenario, logDir, hour);
    knex = db.connect();
    results.push(await refreshScenario(scenario, pair, knex));
    chaos.report(results[results.length - 1]);
    results.push(await webhookScenario(scenario, pair, knex));
    chaos.report(results[results.length - 1]);
    await Promise.all(pair.map(b => b.stop()));
    pair = await startPair(scenario, logDir, {
      frequency: FREQUENCY,
      initialDelay: 1,
    });
    results.push(await scheduleScenario(scenario, pair, knex));
    chaos.report(results[results.length - 1]);
  } finally {
    await Promise.all(pair.map(b => b.stop()));
    await knex?.destroy();
    await scenario.simulator.close();
  }
  process.exitCode = chaos.reportTotal(results, started, logDir);
}

main().catch(error => {
  console.error(error);
  stopAll();
  process.exit(1);
});

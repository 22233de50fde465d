#!/usr/bin/env node
/*
 * Chaos test of the ai-approval sync against the GitHub simulator, on
 * PostgreSQL. One scenario at a time, it injects faults while the plugin
 * backfills a fresh database and then syncs new history (a pull request
 * touched, two merged, a direct push), syncing until every readable
 * repository is read without an error, and compares the stored changes and
 * verdicts with the simulator's truth: nothing lost, nothing stored twice,
 * no review doubled. The last scenario kills a real backend process with
 * SIGKILL in the middle of its scheduled backfill and restarts it on the
 * same database.
 *
 *   node scripts/chaos.js [--short]
 *
 * --short (CI) runs each scenario's backfill only, with half the faults. Prints one line per scenario, then
 * `N scenarios, 0 differences` (or the differences, exiting 1).
 */
'use strict';

require('@backstage/cli/config/nodeTransform.cjs');

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { stopAll, startBackend, sleep } = require('./lib/backendProcess');
const chaos = require('./lib/chaosScenarios');

const short = process.argv.includes('--short');

/** Faults injected mid-backfill, after a few GraphQL requests. */
const FAULT_SCENARIOS = [
  {
    name: 'bursts of 5xx',
    // five in a row is all of the client's attempts: the repository
    // fails and the next sync repairs it
    faults: [
      [{ kind: 'server-error', status: 500 }, 3],
      [{ kind: 'server-error', status: 503 }, 2],
    ],
  },
  {
    name: 'secondary rate limits (403 and 429 with retry-after)',
    faults: [
      [{ kind: 'secondary-rate-limit', status: 403, retryAfterSeconds: 1 }, 2],
      [{ kind: 'secondary-rate-limit', status: 429, retryAfterSeconds: 1 }, 2],
    ],
  },
  {
    name: 'primary budget exhausted until x-ratelimit-reset',
    faults: [
      [{ kind: 'primary-rate-limit', resetInSeconds: 2 }, 1],
      [{ kind: 'primary-rate-limit', resetInSeconds: 2, status: 403 }, 1],
    ],
  },
  {
    name: 'timeouts (502, 504, GraphQL timeout)',
    faults: [
      [{ kind: 'timeout', status: 502 }, 2],
      [{ kind: 'timeout', status: 504 }, 1],
      [{ kind: 'graphql-timeout' }, 2],
    ],
  },
  {
    name: 'dropped connections',
    faults: [[{ kind: 'dropped-connection' }, 3]],
  },
  { name: 'malformed JSON', faults: [[{ kind: 'malformed-json' }, 3]] },
];

function injectAll(simulator, faults) {
  for (const [fault, times] of faults) {
    simulator.injectFault(fault, {
      times: short ? Math.ceil(times / 2) : times,
    });
  }
}

async function faultScenario({ name, faults }) {
  const scenario = await chaos.startScenario();
  const knex = await chaos.scratchDatabase('ai_approval_chaos_faults');
  const backend = await scenario.start(knex);
  const notes = [];
  try {
    const phases = short ? ['backfill'] : ['backfill', 'new history'];
    for (const phase of phases) {
      if (phase === 'new history') chaos.addHistory(scenario.simulator.dataset);
      const stop = chaos.injectAfter(scenario.simulator, 4, simulator =>
        injectAll(simulator, faults),
      );
      const rounds = await chaos.syncUntilClean(backend, knex, scenario);
      stop();
      notes.push(`${phase}: ${rounds} sync${rounds > 1 ? 's' : ''}`);
    }
    const truth = chaos.truthOf(scenario);
    return {
      name,
      changes: truth.length,
      notes,
      differences: await chaos.storedDifferences(knex, truth),
    };
  } finally {
    await backend.stop();
    await knex.destroy();
    await scenario.simulator.close();
  }
}

/** SIGKILL of a real backend mid-backfill, then a restart on the same database. */
async function killScenario(logDir) {
  const name = 'kill -9 mid-backfill, restart on the same database';
  const scenario = await chaos.startScenario();
  const prefix = 'ai_approval_chaos_kill_';
  const db = await chaos.processDatabase(prefix);
  const options = {
    database: chaos.PG_URL,
    prefix,
    simulatorUrl: scenario.simulator.url,
    frequency: 5,
    initialDelay: 1,
    // a killed run holds the global task until its timeout passes and
    // the scheduler's janitor (at start, then once a minute) frees it
    timeout: 10,
    logFile: path.join(logDir, 'kill.log'),
  };
  let knex;
  try {
    knex = db.connect();
    const truth = chaos.truthOf(scenario);
    const first = await startBackend(options);
    // killed once its first changes are stored, before the rest are (the
    // reads run a few at once, so no request marks that moment)
    let killedAt;
    let n = 0;
    const killBy = Date.now() + 60_000;
    while (!killedAt && Date.now() < killBy) {
      n = await storedCount(knex);
      if (n >= truth.length) break;
      if (n > 0) {
        killedAt = Date.now();
        first.kill();
      } else {
        await sleep(20);
      }
    }
    if (!killedAt) {
      first.kill();
      throw new Error('the backfill ended before the kill');
    }
    await first.exited;
    await sleep(killedAt + (options.timeout + 1) * 1000 - Date.now());
    const restarted = await startBackend(options);
    const deadline = Date.now() + 90_000;
    while (
      (await chaos.failingRepositories(knex, scenario)) > 0 ||
      !(await syncedSince(knex, scenario, restarted.startedAt))
    ) {
      if (Date.now() > deadline) break;
      await sleep(1000);
    }
    const differences = await chaos.storedDifferences(knex, truth);
    await restarted.stop();
    return {
      name,
      changes: truth.length,
      notes: [
        `${n} of ${truth.length} stored when killed`,
        `repaired ${Math.round((Date.now() - killedAt) / 1000)}s after`,
      ],
      differences,
    };
  } finally {
    await knex?.destroy();
    await scenario.simulator.close();
  }
}

/** Changes stored so far; 0 before the backend's migrations made the table. */
async function storedCount(knex) {
  try {
    const [{ n }] = await knex('ai_approval_changes').count({ n: '*' });
    return Number(n);
  } catch {
    return 0;
  }
}

async function syncedSince(knex, scenario, time) {
  const rows = await knex('ai_approval_repositories')
    .whereIn('slug', ['acme/service-2', 'acme/service-4'])
    .select('last_success_at');
  return (
    rows.length === 2 && rows.every(r => +new Date(r.last_success_at) >= time)
  );
}

async function main() {
  const started = Date.now();
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-approval-chaos-'));
  const results = [];
  for (const spec of FAULT_SCENARIOS) {
    const t0 = Date.now();
    results.push({ ...(await faultScenario(spec)), ms: Date.now() - t0 });
    chaos.report(results[results.length - 1]);
  }
  const t0 = Date.now();
  results.push({ ...(await killScenario(logDir)), ms: Date.now() - t0 });
  chaos.report(results[results.length - 1]);
  process.exitCode = chaos.reportTotal(results, started, logDir);
}

main().catch(error => {
  console.error(error);
  stopAll();
  process.exit(1);
});

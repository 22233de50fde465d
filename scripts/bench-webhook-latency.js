#!/usr/bin/env node
/*
 * From a GitHub webhook's arrival to the API answering with the new verdict.
 *
 *   node scripts/bench-webhook-latency.js [--db sqlite|postgres]
 *     [--rounds 40]
 *     [--pg postgresql://postgres@127.0.0.1:5432]
 *
 * Starts the GitHub simulator with open pull requests, and the real plugin
 * with the real events backend and its GitHub module (signature validator
 * and event router) on a scratch database, and runs one sync. Then, for
 * each round: a senior approves a pull request that waits for one, in the
 * simulator; the script posts the matching signed `pull_request_review`
 * payload of `@octokit/webhooks-examples` to `/api/events/http/github` and
 * polls the entity's open changes every 20 ms until that pull request is
 * `ready`. Prints p50 / p95 / max of post-to-answer and exits 1 when the
 * p95 passes the target of 2 s. No scheduled sync runs meanwhile.
 */
'use strict';

require('@backstage/cli/config/nodeTransform.cjs');

const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { knex: createKnex } = require('knex');
const { percentile } = require('./lib/percentile');

const BACKEND = path.join(__dirname, '../plugins/ai-approval-backend/src');
const {
  GithubDataset,
  startGithubSimulator,
} = require('@internal/github-simulator');
const {
  startAiApprovalBackend,
} = require(`${BACKEND}/__testUtils__/startAiApprovalBackend`);
const {
  examplePayload,
  signature,
  webhookBackend,
} = require(`${BACKEND}/__testUtils__/webhooks`);
const {
  catalogEntities,
  GROUPS,
} = require(`${BACKEND}/__testUtils__/organisation`);
const { services, slugsOf } = require(`${BACKEND}/__testUtils__/scenario`);

const TARGET_P95_MS = 2000;

function parseArgs(argv) {
  const args = {
    db: 'sqlite',
    rounds: 40,
    pg: 'postgresql://postgres@127.0.0.1:5432',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in args)) throw new Error(`unknown option ${argv[i]}`);
    const value = argv[++i];
    args[key] = typeof args[key] === 'number' ? Number(value) : value;
  }
  return args;
}

async function scratchDatabase(args) {
  if (args.db === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-approval-webhook-'));
    const knex = createKnex({
      client: 'better-sqlite3',
      connection: { filename: path.join(dir, 'bench.sqlite') },
      useNullAsDefault: true,
    });
    return { knex, drop: async () => fs.rmSync(dir, { recursive: true }) };
  }
  const name = `ai_approval_webhook_${process.pid}`;
  const admin = createKnex({ client: 'pg', connection: args.pg });
  await admin.raw(`create database ${name}`);
  const knex = createKnex({
    client: 'pg',
    connection: `${args.pg.replace(/\/$/, '')}/${name}`,
  });
  return {
    knex,
    drop: async () => {
      await knex.destroy();
      await admin.raw(`drop database if exists ${name}`);
      await admin.destroy();
    },
  };
}

function reviewPayload(host, slug, number, updatedAt) {
  const payload = examplePayload('pull_request_review', 'submitted', {
    host,
    slug,
  });
  payload.pull_request.number = number;
  payload.pull_request.updated_at = updatedAt;
  return JSON.stringify(payload);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const simulator = await startGithubSimulator({
    dataset: GithubDataset.generate({
      seed: 11,
      repositories: 5,
      mergedPullRequestsPerRepository: 50,
      openPullRequestsPerRepository: 40,
      spanDays: 30,
      now: new Date(Date.now() - 86_400_000).toISOString(),
    }),
    graphqlPointsPerHour: 1_000_000,
  });
  const db = await scratchDatabase(args);
  const catalog = services(simulator.host);
  const backend = await startAiApprovalBackend({
    knex: db.knex,
    entities: catalogEntities(catalog, simulator.host),
    github: simulator,
    aiApproval: { backfillDays: 90, seniors: { groups: [GROUPS.seniors] } },
    ...webhookBackend(),
  });
  const started = Date.now();
  await backend.sync();
  console.log(
    `first sync of ${catalog.length} services, ${
      catalog.flatMap(slugsOf).length
    } linked repositories: ${Date.now() - started} ms on ${args.db}`,
  );
  const base = `http://127.0.0.1:${backend.server.address().port}`;

  const waiting = catalog.flatMap(service =>
    slugsOf(service).flatMap(slug => {
      const [owner, name] = slug.split('/');
      return simulator.dataset
        .openPullRequests({ owner, name })
        .filter(
          pr =>
            pr.openTruth?.liveState === 'waiting_for_senior' &&
            pr.openTruth.waitingOn.length > 0,
        )
        .map(pr => ({ service, slug, owner, name, pr }));
    }),
  );
  const rounds = Math.min(args.rounds, waiting.length);
  const samples = [];
  for (const item of waiting.slice(0, rounds)) {
    const at = new Date().toISOString();
    simulator.dataset.reviewPullRequest(
      { owner: item.owner, name: item.name },
      item.pr.number,
      { login: item.pr.openTruth.waitingOn[0], state: 'APPROVED', at },
    );
    const body = reviewPayload(simulator.host, item.slug, item.pr.number, at);
    const t0 = process.hrtime.bigint();
    const res = await fetch(`${base}/api/events/http/github`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'pull_request_review',
        'x-github-delivery': crypto.randomUUID(),
        'x-hub-signature-256': signature(body),
      },
      body,
    });
    if (res.status !== 202) throw new Error(`ingress answered ${res.status}`);
    const url = `${base}/api/ai-approval/entities/component/default/${item.service.name}/open-changes`;
    for (;;) {
      const answer = await (await fetch(url)).json();
      const row = answer.items.find(
        i => i.number === item.pr.number && i.repository === item.slug,
      );
      if (row?.state === 'ready') break;
      if (Number(process.hrtime.bigint() - t0) / 1e6 > 30_000) {
        throw new Error(`${item.slug}#${item.pr.number} never became ready`);
      }
      await new Promise(r => setTimeout(r, 20));
    }
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const fmt = v => `${Math.round(v)} ms`;
  const p95 = percentile(samples, 0.95);
  console.log(
    `webhook to new verdict in the API, ${samples.length} rounds: p50 ${fmt(
      percentile(samples, 0.5),
    )}, p95 ${fmt(p95)}, max ${fmt(
      Math.max(...samples),
    )} (target p95 <= ${TARGET_P95_MS} ms)`,
  );
  await backend.stop();
  await simulator.close();
  await db.drop();
  process.exitCode = p95 <= TARGET_P95_MS ? 0 : 1;
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

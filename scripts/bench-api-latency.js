#!/usr/bin/env node
/*
 * Latency of the ai-approval read API over an organisation-sized database.
 *
 *   node scripts/bench-api-latency.js [--db postgres,sqlite] [--entities 10000]
 *     [--changes 1000000] [--open 20000] [--rounds 200]
 *     [--pg postgresql://postgres@127.0.0.1:5432]
 *     [--explain] [--keep]
 *
 * For each database: creates a scratch database, runs the plugin's
 * migrations, writes an organisation straight into the tables with
 * multi-row inserts in transactions (150 owner groups nested three deep,
 * 40 systems, one repository per entity, changes over 180 days, reviews of
 * AI-assisted changes, open pull requests in every live state with the
 * seniors they wait on), rebuilds the plugin's weekly rollups with its own
 * code, starts the real plugin with `startTestBackend`, and times HTTP
 * requests one at a time: scorecards (by owner, system and entity, sorted
 * and filtered), entity summaries, change lists, open changes and reviewer
 * load. Prints p50 / p95 / max per request kind, checks the targets
 * (PostgreSQL scorecard p95 <= 200 ms, entity summary p95 <= 20 ms, an
 * entity's open changes p95 <= 50 ms) and drops the scratch database. The client
 * runs in the backend's process, so the figures include its share; the
 * `health` row shows what a request costs before any query.
 *
 * `--explain` prints the plan of every SQL statement behind one request of
 * each kind (EXPLAIN ANALYZE on PostgreSQL, EXPLAIN QUERY PLAN on SQLite).
 * `--keep` keeps the scratch databases to look into, and prints where;
 * `--reuse-pg <database>` and `--reuse-sqlite <file>` time a kept one again
 * without writing it (same --entities and --changes). `--plugin <dir>`
 * benchmarks another copy of plugins/ai-approval-backend, e.g. an older
 * commit's (`git archive`), to compare before and after a change.
 */
'use strict';

require('@backstage/cli/config/nodeTransform.cjs');

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { knex: createKnex } = require('knex');
const { writeOpenChanges } = require('./lib/benchOpenChanges');
const { percentile } = require('./lib/percentile');
const { prng } = require('./lib/prng');
const {
  mockServices,
  startTestBackend,
} = require('@backstage/backend-test-utils');
const {
  catalogServiceMock,
} = require('@backstage/plugin-catalog-node/testUtils');

/** The plugin under test: this checkout's, or another copy (`--plugin`). */
function loadPlugin(dir) {
  return {
    migrations: path.join(dir, 'migrations'),
    plugin: require(path.join(dir, 'src')).default,
    DatabaseApprovalStore: require(path.join(
      dir,
      'src/database/DatabaseApprovalStore',
    )).DatabaseApprovalStore,
  };
}

const DAY = 86_400_000;
const SPAN_DAYS = 180;
const TARGETS = { scorecard: 200, summary: 20, open: 50 };

function parseArgs(argv) {
  const args = {
    db: 'postgres,sqlite',
    entities: 10_000,
    changes: 1_000_000,
    open: 20_000,
    rounds: 200,
    pg:
      process.env.AI_APPROVAL_TEST_POSTGRES_URL ??
      process.env.BACKSTAGE_TEST_DATABASE_POSTGRES16_CONNECTION_STRING ??
      'postgresql://postgres@127.0.0.1:5432',
    explain: false,
    keep: false,
    'reuse-pg': '',
    'reuse-sqlite': '',
    plugin: path.resolve(__dirname, '../plugins/ai-approval-backend'),
  };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in args)) {
      throw new Error(`Unknown option ${argv[i]}`);
    }
    if (typeof args[key] === 'boolean') {
      args[key] = true;
    } else {
      const value = argv[++i];
      args[key] = typeof args[key] === 'number' ? Number(value) : value;
    }
  }
  return args;
}

/** The same organisation on every run and database. */
function random(seed) {
  const next = prng(seed);
  next.int = n => Math.floor(next() * n);
  next.pick = items => items[next.int(items.length)];
  next.hex = length => {
    let s = '';
    while (s.length < length)
      s += next.int(0x100000000).toString(16).padStart(8, '0');
    return s.slice(0, length);
  };
  return next;
}

function weekStart(iso) {
  const date = new Date(iso);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------
// The organisation

/** 6 divisions > 4 departments each > 5 teams each: 150 groups. */
function groups() {
  const all = [];
  for (let d = 0; d < 6; d++) {
    const division = `group:default/division-${d}`;
    all.push({ ref: division, parents: [] });
    for (let k = 0; k < 4; k++) {
      const department = `group:default/department-${d}-${k}`;
      all.push({ ref: department, parents: [division] });
      for (let t = 0; t < 5; t++) {
        all.push({
          ref: `group:default/team-${d}-${k}-${t}`,
          parents: [department, division],
        });
      }
    }
  }
  return all;
}

const VERDICTS = [
  ['approved', 0.6],
  ['approved_stale', 0.08],
  ['not_senior', 0.1],
  ['no_review', 0.08],
  ['self_approved', 0.04],
  ['bot_review_only', 0.04],
  ['dismissed', 0.03],
  ['exempt', 0.03],
];

function pickVerdict(rand) {
  let roll = rand();
  for (const [verdict, weight] of VERDICTS) {
    roll -= weight;
    if (roll < 0) return verdict;
  }
  return 'approved';
}

const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';

function organisation(args) {
  const rand = random(42);
  const now = Date.now();
  const allGroups = groups();
  const teams = allGroups.filter(g => g.ref.includes('/team-')).map(g => g.ref);
  const departments = allGroups
    .filter(g => g.ref.includes('/department-'))
    .map(g => g.ref);
  const entities = Array.from({ length: args.entities }, (_, i) => ({
    entity_ref: `component:default/service-${i}`,
    title: `Service ${i}`,
    owner_ref: rand() < 0.9 ? rand.pick(teams) : rand.pick(departments),
    system_ref: rand() < 0.85 ? `system:default/system-${rand.int(40)}` : null,
    updated_at: new Date(now).toISOString(),
  }));
  const users = Array.from({ length: 2000 }, (_, i) => ({
    identity: `dev-${i}`,
    user_ref: `user:default/dev-${i}`,
    display_name: `Developer ${i}`,
    team: rand.pick(teams),
  }));
  return { rand, now, allGroups, entities, users };
}

const CHANGE_COLUMNS = [
  'id',
  'repository_id',
  'change_key',
  'kind',
  'number',
  'title',
  'url',
  'author',
  'merged_at',
  'week_start',
  'merge_sha',
  'head_sha',
  'ai_assisted',
  'confidence',
  'evidence',
  'verdict',
  'judged_verdict',
  'compliant',
  'reasons',
  'approvers',
  'senior_approved_at',
  'override',
  'payload',
  'updated_at',
];

function* changeRows(org, args) {
  const { rand, now, entities } = org;
  const numbers = new Uint32Array(entities.length);
  for (let id = 1; id <= args.changes; id++) {
    // some repositories are much busier than others
    const repo = Math.floor(entities.length * rand() ** 1.6);
    const merged = new Date(now - rand() * SPAN_DAYS * DAY).toISOString();
    const push = rand() < 0.07;
    const ai = rand() < 0.3;
    const sha = rand.hex(40);
    const number = push ? null : ++numbers[repo];
    const verdict = ai ? (push ? 'direct_push' : pickVerdict(rand)) : null;
    const author = `dev-${rand.int(2000)}`;
    const title = `${rand.pick([
      'Fix',
      'Add',
      'Update',
      'Refactor',
    ])} ${rand.pick([
      'cache',
      'router',
      'scheduler',
      'migration',
      'page',
    ])} ${id}`;
    const message = `${title}\n\nDetails of the change.${
      ai ? `\n\n${TRAILER}` : ''
    }`;
    yield {
      id,
      repository_id: repo + 1,
      change_key: push ? `commit:${sha}` : `pr:${number}`,
      kind: push ? 'direct_push' : 'pull_request',
      number,
      title,
      url: push
        ? `https://github.com/acme/repo-${repo}/commit/${sha}`
        : `https://github.com/acme/repo-${repo}/pull/${number}`,
      author,
      merged_at: merged,
      week_start: weekStart(merged),
      merge_sha: sha,
      head_sha: sha,
      ai_assisted: ai,
      confidence: ai ? 'high' : 'none',
      evidence: ai
        ? JSON.stringify([
            {
              signal: 'claude-coauthor',
              tool: 'Claude Code',
              source: 'commit',
              commitSha: sha,
              line: TRAILER,
              confidence: 'high',
            },
          ])
        : '[]',
      verdict,
      judged_verdict: verdict === 'exempt' ? 'no_review' : verdict,
      compliant: ai ? verdict === 'approved' || verdict === 'exempt' : null,
      reasons: JSON.stringify(
        ai && verdict !== 'approved'
          ? ['A senior engineer must approve the change.']
          : [],
      ),
      approvers: JSON.stringify(
        ai && !push
          ? [
              {
                identity: `dev-${rand.int(2000)}`,
                senior: verdict === 'approved',
              },
            ]
          : [],
      ),
      senior_approved_at: verdict === 'approved' ? merged : null,
      override: null,
      payload: JSON.stringify({
        kind: push ? 'direct_push' : 'pull_request',
        number,
        title,
        author: { login: author },
        headSha: sha,
        mergedAt: merged,
        commits: [{ sha, message, author: { login: author } }],
        reviews: [],
      }),
      updated_at: merged,
    };
  }
}

const REVIEW_COLUMNS = [
  'change_id',
  'reviewer',
  'state',
  'submitted_at',
  'commit_sha',
  'senior',
  'counted',
  'hours_to_approval',
  'merged_at',
];

function* reviewRows(change, rand) {
  if (!change.ai_assisted || change.kind === 'direct_push') return;
  const count = 1 + rand.int(3);
  for (let i = 0; i < count; i++) {
    const reviewer = rand.int(2000);
    const counted = i === 0 && change.verdict === 'approved';
    yield {
      change_id: change.id,
      reviewer: `dev-${reviewer}`,
      state: counted || rand() < 0.5 ? 'APPROVED' : 'COMMENTED',
      submitted_at: change.merged_at,
      commit_sha: change.head_sha,
      senior: counted || reviewer < 300,
      counted,
      hours_to_approval: counted ? rand() * 48 : null,
      merged_at: change.merged_at,
    };
  }
}

// ---------------------------------------------------------------------------
// Writing rows fast, straight through the driver of one knex connection:
// multi-row statements of 1,000 rows on PostgreSQL, one prepared statement
// per row on SQLite, about 50,000 rows per transaction on both.

class BulkSession {
  constructor(knex) {
    this.knex = knex;
    this.sqlite = knex.client.config.client === 'better-sqlite3';
    this.pending = 0;
  }

  async open() {
    this.connection = await this.knex.client.acquireConnection();
    await this.run('begin');
    return this;
  }

  run(sql) {
    return this.sqlite ? this.connection.exec(sql) : this.connection.query(sql);
  }

  /** A writer for one table; rows are sent when `flush` is called. */
  writer(table, columns) {
    const session = this;
    const rows = [];
    const list = columns.join(', ');
    const insert = this.sqlite
      ? this.connection.prepare(
          `insert into ${table} (${list}) values (${columns
            .map(() => '?')
            .join(', ')})`,
        )
      : undefined;
    const statement = count => ({
      name: count === 1000 ? `bulk_${table}` : undefined,
      text: `insert into ${table} (${list}) values ${Array.from(
        { length: count },
        (_, r) =>
          `(${columns
            .map((__, c) => `$${r * columns.length + c + 1}`)
            .join(', ')})`,
      ).join(', ')}`,
    });
    return {
      written: 0,
      get size() {
        return rows.length;
      },
      add(row) {
        rows.push(
          columns.map(c => {
            const v = row[c];
            return session.sqlite && typeof v === 'boolean'
              ? Number(v)
              : v ?? null;
          }),
        );
      },
      async flush() {
        this.written += rows.length;
        session.pending += rows.length;
        if (insert) {
          rows.forEach(row => insert.run(row));
        }
        for (let i = 0; !insert && i < rows.length; i += 1000) {
          const chunk = rows.slice(i, i + 1000);
          await session.connection.query({
            ...statement(chunk.length),
            values: chunk.flat(),
          });
        }
        rows.length = 0;
      },
    };
  }

  /** Commits once enough rows were sent. */
  async checkpoint() {
    if (this.pending >= 50_000) {
      this.pending = 0;
      await this.run('commit');
      await this.run('begin');
    }
  }

  async close() {
    await this.run('commit');
    await this.knex.client.releaseConnection(this.connection);
  }
}

async function writeAll(session, table, rows) {
  const writer = session.writer(table, Object.keys(rows[0]));
  rows.forEach(row => writer.add(row));
  await writer.flush();
  await session.checkpoint();
}

async function generate(knex, args) {
  const org = organisation(args);
  const { allGroups, entities, users } = org;
  const session = await new BulkSession(knex).open();
  await writeAll(
    session,
    'ai_approval_group_ancestors',
    allGroups.flatMap(g =>
      [g.ref, ...g.parents].map(ancestor => ({
        group_ref: g.ref,
        ancestor_ref: ancestor,
      })),
    ),
  );
  await writeAll(
    session,
    'ai_approval_users',
    users.map(({ team, ...u }) => u),
  );
  await writeAll(
    session,
    'ai_approval_group_members',
    users.map(u => ({ group_ref: u.team, user_ref: u.user_ref })),
  );
  await writeAll(session, 'ai_approval_entities', entities);
  const synced = new Date(org.now).toISOString();
  await writeAll(
    session,
    'ai_approval_repositories',
    entities.map((_, i) => ({
      id: i + 1,
      source: 'github',
      host: 'github.com',
      slug: `acme/repo-${i}`,
      url: `https://github.com/acme/repo-${i}`,
      cursor: synced,
      last_sync_at: synced,
      last_success_at: synced,
      points_spent: 40,
      requests_made: 12,
    })),
  );
  await writeAll(
    session,
    'ai_approval_entity_repositories',
    entities.map((e, i) => ({
      entity_ref: e.entity_ref,
      repository_id: i + 1,
    })),
  );

  const changes = session.writer('ai_approval_changes', CHANGE_COLUMNS);
  const reviews = session.writer('ai_approval_reviews', REVIEW_COLUMNS);
  const exemptions = session.writer('ai_approval_exemptions', [
    'change_id',
    'created_by',
    'reason',
    'created_at',
  ]);
  const reviewRandom = random(7);
  const flush = async () => {
    // rows that reference changes go after them, in the same transaction
    await changes.flush();
    await reviews.flush();
    await exemptions.flush();
    await session.checkpoint();
  };
  for (const change of changeRows(org, args)) {
    changes.add(change);
    for (const review of reviewRows(change, reviewRandom)) reviews.add(review);
    if (change.verdict === 'exempt') {
      exemptions.add({
        change_id: change.id,
        created_by: 'user:default/dev-1',
        reason: 'accepted risk',
        created_at: change.merged_at,
      });
    }
    if (changes.size >= 5000) await flush();
  }
  await flush();
  const open = await writeOpenChanges(session, org, args.open, random(11));
  await session.close();
  if (!session.sqlite) {
    for (const table of [
      'ai_approval_changes',
      'ai_approval_repositories',
      'ai_approval_open_changes',
    ]) {
      await knex.raw(
        `select setval(pg_get_serial_sequence(?, 'id'), (select max(id) from ??))`,
        [table, table],
      );
    }
  }
  const counts = {
    groups: allGroups.length,
    entities: entities.length,
    changes: changes.written,
    reviews: reviews.written,
    exemptions: exemptions.written,
    ...open,
  };
  return { org, counts };
}

// ---------------------------------------------------------------------------
// Databases

async function openPostgres(args) {
  const name = args['reuse-pg'] || `ai_approval_bench_${process.pid}`;
  const admin = createKnex({ client: 'pg', connection: `${args.pg}/postgres` });
  if (!args['reuse-pg']) {
    await admin.raw('create database ??', [name]);
  }
  const knex = createKnex({
    client: 'pg',
    connection: `${args.pg}/${name}`,
    pool: { min: 1, max: 5 },
  });
  return {
    label: 'PostgreSQL',
    knex,
    reused: Boolean(args['reuse-pg']),
    // what autovacuum does after a bulk load; index-only scans need it
    analyze: () => knex.raw('vacuum analyze'),
    explain: (sql, bindings) =>
      knex.raw(`explain (analyze, buffers) ${sql}`, bindings),
    drop: async () => {
      await knex.destroy();
      await admin.raw('drop database if exists ??', [name]);
      await admin.destroy();
    },
    keep: async () => {
      console.log(`${name} kept: psql ${args.pg}/${name}`);
      await knex.destroy();
      await admin.destroy();
    },
  };
}

async function openSqlite(args) {
  const file =
    args['reuse-sqlite'] ||
    path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'ai-approval-bench-')),
      'bench.sqlite',
    );
  const dir = path.dirname(file);
  const knex = createKnex({
    client: 'better-sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
  });
  return {
    label: 'SQLite',
    reused: Boolean(args['reuse-sqlite']),
    knex,
    // the plugin never runs ANALYZE on SQLite, so the bench does not either
    analyze: async () => {},
    explain: (sql, bindings) => knex.raw(`explain query plan ${sql}`, bindings),
    drop: async () => {
      await knex.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    keep: async () => {
      console.log(`kept ${file}`);
      await knex.destroy();
    },
  };
}

// ---------------------------------------------------------------------------
// Timing

/** Each kind of request, with a few variants a page would send. */
function requestKinds(org) {
  const rand = random(99);
  const entity = () =>
    rand.pick(org.entities).entity_ref.slice('component:'.length);
  const group = kind =>
    encodeURIComponent(
      `group:default/${kind}-${rand.int(6)}${
        kind === 'department' ? `-${rand.int(4)}` : ''
      }`,
    );
  const cycle = variants => {
    let next = 0;
    return () => {
      const v = variants[next++ % variants.length];
      return typeof v === 'function' ? v() : v;
    };
  };
  return {
    // the plugin's cheapest route: what the framework costs on its own
    health: () => '/health',
    'scorecard by owner': cycle([
      '/scorecard?groupBy=owner&days=90',
      '/scorecard?groupBy=owner&days=90&orderBy=compliance',
      '/scorecard?groupBy=owner&days=180&orderBy=unapproved&order=desc',
      () =>
        `/scorecard?groupBy=owner&days=90&owner=${group(
          'division',
        )}&orderBy=aiChanges`,
      '/scorecard?groupBy=owner&days=30&filter=team-2',
    ]),
    'scorecard by system': cycle([
      '/scorecard?groupBy=system&days=90&orderBy=aiShare',
      '/scorecard?groupBy=system&days=180',
      () => `/scorecard?groupBy=system&days=90&owner=${group('department')}`,
    ]),
    'scorecard by entity': cycle([
      '/scorecard?groupBy=entity&days=90&orderBy=unapproved&limit=50',
      '/scorecard?groupBy=entity&days=180&offset=200',
      () =>
        `/scorecard?groupBy=entity&days=30&filter=service-${rand.int(
          100,
        )}&orderBy=compliance`,
      () =>
        `/scorecard?groupBy=entity&days=90&owner=${group(
          'division',
        )}&orderBy=compliance`,
    ]),
    'entity summary': () => `/entities/component/${entity()}/summary?days=90`,
    'changes list': cycle([
      () => `/entities/component/${entity()}/changes?days=90`,
      () =>
        `/entities/component/${entity()}/changes?days=90&verdict=unapproved`,
      () =>
        `/entities/component/${entity()}/changes?days=90&includeNonAi=true&search=fix`,
      () => `/entities/component/${entity()}/changes?days=180&offset=20`,
    ]),
    'open changes': () => `/entities/component/${entity()}/open-changes`,
    'reviewer load': cycle(['/reviewers?days=30', '/reviewers?days=90']),
  };
}

/** The targets of the issue, for PostgreSQL. */
function targetOf(kind) {
  if (kind.startsWith('scorecard')) return TARGETS.scorecard;
  if (kind === 'open changes') return TARGETS.open;
  return kind === 'entity summary' ? TARGETS.summary : undefined;
}

async function time(baseUrl, makePath, rounds) {
  const samples = [];
  for (let i = 0; i < rounds + 5; i++) {
    const path_ = makePath();
    const started = process.hrtime.bigint();
    const res = await fetch(`${baseUrl}${path_}`);
    const body = await res.text();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (res.status !== 200) {
      throw new Error(`GET ${path_}: ${res.status} ${body.slice(0, 300)}`);
    }
    if (i >= 5) samples.push(ms); // the first requests warm caches and pools
  }
  samples.sort((a, b) => a - b);
  return {
    n: samples.length,
    p50: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    max: samples[samples.length - 1],
  };
}

/** Prints the plan of each statement one request runs. */
async function explain(db, baseUrl, label, path_) {
  const statements = [];
  const listener = q => statements.push(q);
  db.knex.on('query', listener);
  await fetch(`${baseUrl}${path_}`).then(r => r.text());
  db.knex.off('query', listener);
  console.log(`\n--- ${db.label} ${label}: ${path_}`);
  for (const { sql, bindings } of statements) {
    const plan = await db.explain(sql.replace(/\$\d+/g, '?'), bindings);
    const lines = Array.isArray(plan)
      ? plan.map(p => `${'  '.repeat(p.parent ? 1 : 0)}${p.detail}`)
      : plan.rows.map(r => r['QUERY PLAN']);
    console.log(`\n${sql}\n${lines.join('\n')}`);
  }
}

/** Writes the organisation, rebuilds the rollups, and says how long it took. */
async function prepare(db, args, plugin) {
  const t0 = Date.now();
  await db.knex.migrate.latest({ directory: plugin.migrations });
  const { org, counts } = await generate(db.knex, args);
  await db.analyze();
  const generatedMs = Date.now() - t0;
  const t1 = Date.now();
  const store = new plugin.DatabaseApprovalStore(db.knex);
  await store.rebuildEntityWeeks(org.entities.map(e => e.entity_ref));
  await db.analyze();
  const rollupMs = Date.now() - t1;
  console.log(
    `${db.label}: wrote ${counts.groups} groups, ${counts.entities} entities and repositories, ` +
      `${counts.changes} changes, ${counts.reviews} reviews, ${counts.exemptions} exemptions, ` +
      `${counts.openChanges} open pull requests (${counts.openWaits} waits on seniors) in ` +
      `${(generatedMs / 1000).toFixed(1)} s; rollup rebuild ${(
        rollupMs / 1000
      ).toFixed(1)} s`,
  );
  return org;
}

async function bench(db, args) {
  const plugin = loadPlugin(path.resolve(args.plugin));
  const org = db.reused ? organisation(args) : await prepare(db, args, plugin);

  const backend = await startTestBackend({
    features: [
      plugin.plugin,
      mockServices.rootLogger.factory({ level: 'error' }),
      mockServices.database.factory({
        knex: db.knex,
        migrations: { skip: true },
      }),
      mockServices.rootConfig.factory({
        data: {
          aiApproval: {
            schedule: {
              frequency: { hours: 24 },
              timeout: { hours: 1 },
              initialDelay: { hours: 24 },
            },
          },
        },
      }),
      catalogServiceMock.factory({ entities: [] }),
    ],
  });
  const baseUrl = `http://localhost:${
    backend.server.address().port
  }/api/ai-approval`;
  const kinds = requestKinds(org);
  const results = {};
  try {
    for (const [kind, makePath] of Object.entries(kinds)) {
      const rounds =
        kind === 'reviewer load' ? Math.ceil(args.rounds / 10) : args.rounds;
      results[kind] = await time(baseUrl, makePath, rounds);
    }
    if (args.explain) {
      for (const [kind, makePath] of Object.entries(kinds)) {
        await explain(db, baseUrl, kind, makePath());
      }
    }
  } finally {
    await backend.stop();
  }
  return results;
}

function printTable(rows) {
  const header = [
    'database',
    'request',
    'n',
    'p50 ms',
    'p95 ms',
    'max ms',
    'target',
  ];
  const lines = [
    header,
    ...rows.map(r => [
      r.db,
      r.kind,
      String(r.n),
      r.p50.toFixed(1),
      r.p95.toFixed(1),
      r.max.toFixed(1),
      r.target,
    ]),
  ];
  const widths = header.map((_, i) => Math.max(...lines.map(l => l[i].length)));
  for (const [i, line] of lines.entries()) {
    console.log(
      line
        .map((cell, c) =>
          c >= 2 && c <= 5 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]),
        )
        .join('  '),
    );
    if (i === 0) console.log(widths.map(w => '-'.repeat(w)).join('  '));
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const rows = [];
  let missed = false;
  for (const which of args.db.split(',')) {
    const db =
      which === 'postgres' ? await openPostgres(args) : await openSqlite(args);
    try {
      console.log(
        `${db.label}: ${db.reused ? 'reusing' : 'generating'} ${
          args.entities
        } entities and ${args.changes} changes...`,
      );
      const results = await bench(db, args);
      for (const [kind, r] of Object.entries(results)) {
        const limit = which === 'postgres' ? targetOf(kind) : undefined;
        const ok = limit === undefined || r.p95 <= limit;
        missed ||= !ok;
        rows.push({
          db: db.label,
          kind,
          ...r,
          target: limit ? `p95 <= ${limit} ${ok ? 'ok' : 'MISSED'}` : '',
        });
      }
    } finally {
      await (args.keep || db.reused ? db.keep() : db.drop());
    }
  }
  console.log('');
  printTable(rows);
  process.exitCode = missed ? 1 : 0;
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

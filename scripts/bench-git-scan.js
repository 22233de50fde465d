#!/usr/bin/env node
/*
 * Benchmark of the plain-git scan (GitChangeSource + detection + verdict).
 *
 *   node scripts/bench-git-scan.js [--commits 20000,5000] [--runs 3] [--regenerate]
 *                                  [--commit-graph]
 *
 * Generates (once, cached in .cache/bench/) synthetic repositories with
 * `git fast-import`, then compares the wall time of the baseline
 * `git log --format=%H%x00%B <branch>` with the full scan run by the CLI
 * (`--format json`, output drained), with CPU time, peak RSS and the largest
 * live heap of the scan. With --commit-graph the repositories get a
 * commit-graph file first, as `git gc` / `git maintenance` write in most
 * working clones and as the scanner's clone cache keeps.
 */
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { prng } = require('./lib/prng');

const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, '.cache', 'bench');
const IN_PROCESS = path.join(__dirname, 'bench-git-scan-worker.js');
const GENERATOR_VERSION = 1;

// ---------------------------------------------------------------- generator

const PEOPLE = Array.from({ length: 40 }, (_, i) => ({
  name: `Dev${i} Person${i}`,
  email: `dev${i}@example.com`,
  login: `dev${i}`,
}));
const WORDS = (
  'add fix remove refactor update improve handle support parse render ' +
  'config cache catalog entity plugin backend frontend router schema test ' +
  'error retry timeout token scheduler migration database query page table'
).split(' ');
const AI_TRAILERS = [
  'Co-Authored-By: Claude <noreply@anthropic.com>',
  '🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>',
  'Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>',
  'Co-authored-by: Cursor Agent <cursoragent@cursor.com>',
  'Assisted-by: Claude:claude-opus-4-6',
  'Co-authored-by: Codex <noreply@openai.com>',
];

function makeHistory(commitTarget, write) {
  const rnd = prng(commitTarget);
  const pick = arr => arr[Math.floor(rnd() * arr.length)];
  const sentence = n => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  let mark = 0;
  let commits = 0;
  let prNumber = 1;
  let time = 1600000000;
  const mainline = []; // marks of recent mainline commits, to fork from
  let fileCounter = 0;

  const message = (subject, { ai, reviewed, author }) => {
    const lines = [subject, ''];
    const paragraphs = Math.floor(rnd() * 3);
    for (let p = 0; p < paragraphs; p++) {
      lines.push(sentence(8 + Math.floor(rnd() * 12)));
      lines.push(sentence(6 + Math.floor(rnd() * 10)), '');
    }
    if (rnd() < 0.05) {
      // the odd long message: a pasted stack trace or release notes
      for (let i = 0; i < 60; i++) lines.push(`    at ${sentence(3)} (${i})`);
      lines.push('');
    }
    const trailers = [];
    if (ai) trailers.push(pick(AI_TRAILERS));
    if (reviewed) {
      let reviewer = pick(PEOPLE);
      if (reviewer === author)
        reviewer = PEOPLE[(PEOPLE.indexOf(author) + 1) % PEOPLE.length];
      trailers.push(`Reviewed-by: ${reviewer.name} <${reviewer.email}>`);
    }
    if (trailers.length) lines.push(...trailers);
    return `${lines.join('\n').trimEnd()}\n`;
  };

  const commit = ({ ref, msg, author, from, merge, seconds }) => {
    mark += 1;
    commits += 1;
    const m = mark;
    const data = Buffer.from(msg, 'utf8');
    const file = `src/module${fileCounter++ % 500}.ts`;
    const content = `// ${m} ${sentence(6)}\n`;
    write(
      `commit ${ref}\nmark :${m}\n` +
        `author ${author.name} <${author.email}> ${seconds} +0000\n` +
        `committer ${author.name} <${author.email}> ${seconds} +0000\n` +
        `data ${data.length}\n${msg}` +
        (from ? `from :${from}\n` : '') +
        (merge ? `merge :${merge}\n` : '') +
        `M 100644 inline ${file}\ndata ${Buffer.byteLength(
          content,
        )}\n${content}\n`,
    );
    return m;
  };

  let tip = 0;
  while (commits < commitTarget) {
    const author = pick(PEOPLE);
    const roll = rnd();
    time += 300 + Math.floor(rnd() * 3000);
    if (roll < 0.45 && tip) {
      // a PR branch of 1-5 commits, merged with a merge commit
      const n = 1 + Math.floor(rnd() * 5);
      const forkBack = rnd() < 0.1 ? Math.floor(rnd() * mainline.length) : 0;
      let side = mainline[Math.max(0, mainline.length - 1 - forkBack)];
      const ai = rnd() < 0.15;
      const branch = `${pick(WORDS)}-${pick(WORDS)}-${prNumber}`;
      const sideStart = time - n * 200;
      for (let i = 0; i < n; i++) {
        side = commit({
          ref: 'refs/heads/pr',
          msg: message(`${pick(WORDS)} ${sentence(4)}`, {
            ai: ai && rnd() < 0.7,
            reviewed: false,
            author,
          }),
          author,
          from: side,
          seconds: sideStart + i * 100,
        });
      }
      const merger = pick(PEOPLE);
      tip = commit({
        ref: 'refs/heads/main',
        msg: `Merge pull request #${prNumber++} from ${
          author.login
        }/${branch}\n\n${sentence(5)}\n`,
        author: merger,
        from: tip,
        merge: side,
        seconds: time,
      });
    } else if (roll < 0.75 && tip) {
      tip = commit({
        ref: 'refs/heads/main',
        msg: message(`${pick(WORDS)} ${sentence(5)} (#${prNumber++})`, {
          ai: rnd() < 0.15,
          reviewed: rnd() < 0.6,
          author,
        }),
        author,
        from: tip,
        seconds: time,
      });
    } else {
      tip = commit({
        ref: 'refs/heads/main',
        msg: message(`${pick(WORDS)} ${sentence(5)}`, {
          ai: rnd() < 0.15,
          reviewed: rnd() < 0.3,
          author,
        }),
        author,
        from: tip || undefined,
        seconds: time,
      });
    }
    mainline.push(tip);
    if (mainline.length > 200) mainline.shift();
  }
  write('done\n');
  return commits;
}

function generateRepo(commitTarget, regenerate) {
  const dir = path.join(
    CACHE,
    `repo-${commitTarget}-v${GENERATOR_VERSION}.git`,
  );
  if (!regenerate && fs.existsSync(path.join(dir, 'bench-complete')))
    return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  run('git', ['init', '--bare', '--quiet', '--initial-branch=main', dir]);
  const started = Date.now();
  const chunks = [];
  const count = makeHistory(commitTarget, s => chunks.push(s));
  const res = spawnSync(
    'git',
    ['-C', dir, 'fast-import', '--quiet', '--done'],
    {
      input: chunks.join(''),
      maxBuffer: 1 << 30,
    },
  );
  if (res.status !== 0) throw new Error(`fast-import failed: ${res.stderr}`);
  run('git', ['-C', dir, 'update-ref', '-d', 'refs/heads/pr']);
  fs.writeFileSync(path.join(dir, 'bench-complete'), `${count}\n`);
  console.log(
    `generated ${count} commits in ${dir} in ${Date.now() - started} ms`,
  );
  return dir;
}

/** A copy of a generated repository with a commit-graph written. */
function withCommitGraph(repo) {
  const dir = repo.replace(/\.git$/, '-graph.git');
  if (!fs.existsSync(path.join(dir, 'bench-complete'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    run('git', ['clone', '--quiet', '--bare', '--no-local', repo, dir]);
    run('git', ['-C', dir, 'commit-graph', 'write', '--reachable']);
    fs.writeFileSync(path.join(dir, 'bench-complete'), 'graph\n');
  }
  return dir;
}

function run(cmd, args) {
  const res = spawnSync(cmd, args, { encoding: 'utf8' });
  if (res.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')}: ${res.stderr}`);
  return res.stdout;
}

// ---------------------------------------------------------------- measuring

const TIME = '/usr/bin/time';
const hasTime = fs.existsSync(TIME);

/**
 * Runs a command with its stdout drained through a pipe (as a consumer of
 * git log would) or sent to /dev/null. Wall time is measured here; CPU time
 * (user + system, the process and its children) and peak RSS come from GNU
 * time when it is installed.
 */
function timed(cmd, args, { devNull = false, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const rusageFile = path.join(CACHE, `rusage-${process.pid}`);
    const [file, argv] = hasTime
      ? [TIME, ['-o', rusageFile, '-f', '%U %S %M', cmd, ...args]]
      : [cmd, args];
    const out = devNull ? fs.openSync('/dev/null', 'w') : 'pipe';
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, {
      cwd: ROOT,
      stdio: ['ignore', out, 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let bytes = 0;
    let report = '';
    let stderr = '';
    child.stdout?.on('data', chunk => {
      bytes += chunk.length;
    });
    child.stderr.on('data', chunk => {
      stderr += chunk;
    });
    child.stdio[3].on('data', chunk => {
      report += chunk;
    });
    child.on('error', reject);
    child.on('close', code => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (devNull) fs.closeSync(out);
      if (code !== 0) {
        reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${stderr}`));
        return;
      }
      let cpuMs;
      let rssMb;
      if (hasTime) {
        const [user, system, rssKb] = fs
          .readFileSync(rusageFile, 'utf8')
          .trim()
          .split(/\s+/)
          .slice(-3)
          .map(Number);
        cpuMs = (user + system) * 1000;
        rssMb = rssKb / 1024;
      }
      resolve({
        ms,
        cpuMs,
        rssMb,
        bytes,
        report: report && JSON.parse(report),
      });
    });
  });
}

const median = values =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const min = values => Math.min(...values);

async function measure(repo, runs) {
  const baseline = ['-C', repo, 'log', '--format=%H%x00%B', 'main'];
  const samples = {
    devNull: [],
    drained: [],
    gitCpu: [],
    wall: [],
    inProcess: [],
    cpu: [],
    rss: [],
  };
  let output = 0;
  // warm the page cache once; then interleave, so load from other processes
  // on the machine hits the baseline and the scan alike
  await timed('git', baseline, { devNull: true });
  for (let i = 0; i < runs; i++) {
    const devNull = await timed('git', baseline, { devNull: true });
    samples.devNull.push(devNull.ms);
    samples.gitCpu.push(devNull.cpuMs);
    samples.drained.push((await timed('git', baseline)).ms);
    const scan = await timed(process.execPath, [IN_PROCESS, repo]);
    samples.wall.push(scan.ms);
    samples.inProcess.push(scan.report.scanMs);
    samples.cpu.push(scan.cpuMs);
    samples.rss.push(scan.report.maxRssKb / 1024);
    output = scan.bytes;
  }
  const memory = await timed(
    process.execPath,
    ['--expose-gc', IN_PROCESS, repo],
    {
      env: { BENCH_SAMPLE_HEAP: '1' },
    },
  );
  const liveHeapMb = memory.report.maxLiveHeapKb / 1024;
  const stats = {};
  for (const [name, values] of Object.entries(samples)) {
    stats[name] = { min: min(values), median: median(values) };
  }
  return { ...stats, output, liveHeapMb };
}

function printResults(results) {
  const cell = (s, ratioTo) =>
    `${s.min.toFixed(0)} / ${s.median.toFixed(0)}` +
    (ratioTo
      ? ` (${(s.min / ratioTo.min).toFixed(2)}x / ${(
          s.median / ratioTo.median
        ).toFixed(2)}x)`
      : '');
  const rows = [
    ['git log --format=%H%x00%B >/dev/null, wall ms', r => cell(r.devNull)],
    ['git log ... drained through a pipe, wall ms', r => cell(r.drained)],
    [
      'scan, whole process, wall ms (ratio to /dev/null)',
      r => cell(r.wall, r.devNull),
    ],
    [
      'scan, whole process, wall ms (ratio to drained)',
      r => cell(r.wall, r.drained),
    ],
    [
      'scan, in-process (after start-up), wall ms (ratio to /dev/null)',
      r => cell(r.inProcess, r.devNull),
    ],
    [
      'git log CPU ms (user+sys)',
      r =>
        r.gitCpu.min === undefined || Number.isNaN(r.gitCpu.min)
          ? 'n/a'
          : cell(r.gitCpu),
    ],
    [
      'scan CPU ms, node + git (ratio to git log CPU)',
      r => (Number.isNaN(r.cpu.min) ? 'n/a' : cell(r.cpu, r.gitCpu)),
    ],
    [
      'scan peak RSS MB (the node process; git runs apart)',
      r => `${r.rss.min.toFixed(0)} / ${r.rss.median.toFixed(0)}`,
    ],
    [
      'scan largest live heap MB (sampled after full GCs)',
      r => r.liveHeapMb.toFixed(1),
    ],
    ['scan JSON output', r => `${(r.output / 1e6).toFixed(1)} MB`],
  ];
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  console.log(
    `\n${''.padEnd(labelWidth)}  ${results
      .map(r => `${r.commits} commits (min / median)`.padEnd(36))
      .join('  ')}`,
  );
  for (const [label, value] of rows) {
    console.log(
      `${label.padEnd(labelWidth)}  ${results
        .map(r => value(r).padEnd(36))
        .join('  ')}`,
    );
  }
  console.log(
    '\nscan = `ai-approval scan <repo> --format json` (GitChangeSource + detection + verdict + JSON), ' +
      'run as the bin runs it; "in-process" leaves out Node start-up and module loading. ' +
      'Measured on a shared machine: compare the min columns.',
  );
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : fallback;
  };
  const sizes = option('--commits', '20000,5000').split(',').map(Number);
  const runs = Number(option('--runs', '5'));
  const results = [];
  for (const size of sizes) {
    const generated = generateRepo(size, args.includes('--regenerate'));
    const repo = args.includes('--commit-graph')
      ? withCommitGraph(generated)
      : generated;
    const commits = Number(
      run('git', ['-C', repo, 'rev-list', '--count', 'main']).trim(),
    );
    console.log(
      `measuring ${commits} commits (${runs} runs${
        repo === generated ? '' : ', with a commit-graph'
      })...`,
    );
    results.push({ commits, ...(await measure(repo, runs)) });
  }
  printResults(results);
}

module.exports = { generateRepo };

if (require.main === module) {
  main().catch(error => {
    console.error(error);
    process.exit(1);
  });
}

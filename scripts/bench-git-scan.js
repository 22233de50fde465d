#!/usr/bin/env node
/*
 * Benchmark of the plain-git scan (GitChangeSource + detection + verdict).
 *
 *   node scripts/bench-git-scan.js [--commits 20000,5000] [--runs 3] [--regenerate]
 *
 * Generates (once, cached in .cache/bench/) synthetic repositories with
 * `git fast-import`, then compares the wall time of the baseline
 * `git log --format=%H%x00%B <branch>` with the full scan run by the CLI
 * (`--format json`, output drained) and reports the peak RSS of the scan.
 */
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, '.cache', 'bench');
const CLI_BIN = path.join(
  ROOT,
  'packages',
  'ai-approval-cli',
  'bin',
  'ai-approval',
);
const IN_PROCESS = path.join(__dirname, 'bench-git-scan-worker.js');
const GENERATOR_VERSION = 1;

// ---------------------------------------------------------------- generator

/** Small deterministic PRNG so the generated history is the same every time. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

function run(cmd, args) {
  const res = spawnSync(cmd, args, { encoding: 'utf8' });
  if (res.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')}: ${res.stderr}`);
  return res.stdout;
}

// ---------------------------------------------------------------- measuring

/** Runs a command with stdout drained through a pipe (or sent to /dev/null). */
function timed(cmd, args, { devNull = false, cwd = ROOT, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const out = devNull ? fs.openSync('/dev/null', 'w') : 'pipe';
    const child = spawn(cmd, args, {
      cwd,
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
      if (devNull) fs.closeSync(out);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) {
        reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${stderr}`));
        return;
      }
      resolve({ ms, bytes, report: report ? JSON.parse(report) : undefined });
    });
  });
}

const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const fmt = ms => `${ms.toFixed(0)} ms`;

async function measure(repo, runs) {
  const baselineArgs = ['-C', repo, 'log', '--format=%H%x00%B', 'main'];
  const rows = { devNull: [], drained: [], scanWall: [], scanInProcess: [], rss: [] };
  let output = 0;
  // warm the page cache once, then interleave so load changes hit all alike
  await timed('git', baselineArgs, { devNull: true });
  for (let i = 0; i < runs; i++) {
    rows.devNull.push((await timed('git', baselineArgs, { devNull: true })).ms);
    rows.drained.push((await timed('git', baselineArgs)).ms);
    const scan = await timed(process.execPath, [IN_PROCESS, repo]);
    rows.scanWall.push(scan.ms);
    rows.scanInProcess.push(scan.report.scanMs);
    rows.rss.push(scan.report.maxRssKb / 1024);
    output = scan.bytes;
  }
  return {
    devNull: median(rows.devNull),
    drained: median(rows.drained),
    scanWall: median(rows.scanWall),
    scanInProcess: median(rows.scanInProcess),
    load: 0,
    rss: Math.max(...rows.rss),
    output,
  };
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
    const repo = generateRepo(size, args.includes('--regenerate'));
    const commits = Number(run('git', ['-C', repo, 'rev-list', '--count', 'main']).trim());
    console.log(`measuring ${commits} commits (${runs} runs, medians)...`);
    results.push({ commits, ...(await measure(repo, runs)) });
  }
  console.log('');
  console.log(
    'commits  git log >/dev/null  git log drained  scan (process)  scan (in-process)  ratio process/in-process vs drained  ratio in-process vs /dev/null  peak RSS',
  );
  for (const r of results) {
    console.log(
      [
        String(r.commits).padStart(7),
        fmt(r.devNull).padStart(18),
        fmt(r.drained).padStart(16),
        fmt(r.scanWall).padStart(15),
        fmt(r.scanInProcess).padStart(18),
        `${(r.scanWall / r.drained).toFixed(2)}x / ${(r.scanInProcess / r.drained).toFixed(2)}x`.padStart(37),
        `${(r.scanInProcess / r.devNull).toFixed(2)}x`.padStart(29),
        `${r.rss.toFixed(0)} MB`.padStart(9),
      ].join('  '),
    );
  }
  console.log(
    '\nscan = `ai-approval scan <repo> --format json` (source + detection + verdict), output drained; ' +
      '"process" includes Node start-up and loading the TypeScript sources, "in-process" is the scan alone.',
  );
}

if (require.main === module) {
  main().catch(error => {
    console.error(error);
    process.exit(1);
  });
}

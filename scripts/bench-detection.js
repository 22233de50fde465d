#!/usr/bin/env node
/*
 * Precision and recall of AI-assistance detection on real git histories.
 *
 *   node scripts/bench-detection.js [--cli <bin>] [--before <bin>]
 *                                   [--labels <file>] [--sample <n>]
 *                                   [--seed <n>] <owner/name>=<git dir> ...
 *
 * Runs `ai-approval scan <git dir> --per-commit --format ndjson` with the
 * command at --cli (default: this repository's bin), and with --before
 * (another checkout's `packages/ai-approval-cli/bin/ai-approval`, say the
 * main branch's) to compare. Prints per repository the commits scanned, the
 * commits each detector detected and the signals that fired.
 *
 * The labels file (default scripts/detection-labels.json) gives a truth for
 * a sample of commits, `{ "<owner/name>": { "commit": "<HEAD labelled>",
 * "labels": { "<sha>": true | false }, "heldOut": { ... } } }`: `labels`
 * was looked at while the rules were written, `heldOut` was drawn and
 * labelled afterwards. For each set it prints, per detector, true and false
 * positives and negatives, precision and recall; with --before also
 * estimates for the whole history from both sets together: the commits
 * fall into four strata (detected by both, by one only, by neither), each
 * sampled on its own, and a stratum's labelled share of AI commits stands
 * for all its commits.
 *
 * --sample <n> prints n random commits of each stratum (sha, subject,
 * signals) to label by hand; --seed makes the draw repeatable.
 */
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { prng } = require('./lib/prng');

const ROOT = path.resolve(__dirname, '..');

function parseArgs(argv) {
  const options = {
    cli: path.join(ROOT, 'packages/ai-approval-cli/bin/ai-approval'),
    before: undefined,
    labels: path.join(__dirname, 'detection-labels.json'),
    sample: 0,
    seed: 1,
    repos: [],
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--cli') options.cli = path.resolve(argv[++i]);
    else if (arg === '--before') options.before = path.resolve(argv[++i]);
    else if (arg === '--labels') options.labels = path.resolve(argv[++i]);
    else if (arg === '--sample') options.sample = Number(argv[++i]);
    else if (arg === '--seed') options.seed = Number(argv[++i]);
    else if (arg.includes('=')) {
      const at = arg.indexOf('=');
      options.repos.push({ name: arg.slice(0, at), dir: arg.slice(at + 1) });
    } else throw new Error(`Unknown argument ${arg}`);
  }
  if (options.repos.length === 0) {
    throw new Error('Give at least one <owner/name>=<git dir>');
  }
  return options;
}

function git(dir, args) {
  const result = spawnSync('git', [`--git-dir=${dir}`, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) {
    throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  }
  return result.stdout;
}

/** The git directory of a working tree or bare repository. */
function gitDir(dir) {
  const result = spawnSync(
    'git',
    ['-C', dir, 'rev-parse', '--absolute-git-dir'],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`${dir} is no git repository`);
  return result.stdout.trim();
}

/** sha -> detected, for every commit the scan reported */
function scan(cli, dir) {
  const result = spawnSync(
    process.execPath,
    [cli, 'scan', dir, '--per-commit', '--format', 'ndjson'],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`scan of ${dir} failed: ${result.stderr}`);
  }
  const records = new Map();
  for (const line of result.stdout.split('\n')) {
    if (line) {
      const record = JSON.parse(line);
      records.set(record.sha, record);
    }
  }
  return records;
}

const percent = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
const detected = (records, sha) => records?.get(sha)?.aiAssisted ?? false;

function summary(records) {
  const signals = new Map();
  let count = 0;
  for (const record of records.values()) {
    if (record.aiAssisted) count += 1;
    for (const signal of record.signals) {
      signals.set(signal, (signals.get(signal) ?? 0) + 1);
    }
  }
  const top = [...signals].sort((a, b) => b[1] - a[1]);
  return `detected ${count} (${percent(count, records.size)}); ${top
    .map(([id, n]) => `${id} ${n}`)
    .join(', ')}`;
}

/** true/false positives and negatives of one detector on the labels */
function tally(records, labels) {
  const t = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const [sha, truth] of Object.entries(labels)) {
    const hit = detected(records, sha);
    if (truth) t[hit ? 'tp' : 'fn'] += 1;
    else t[hit ? 'fp' : 'tn'] += 1;
  }
  return t;
}

const rates = t =>
  `tp ${t.tp} fp ${t.fp} fn ${t.fn} tn ${t.tn}; precision ${percent(
    t.tp,
    t.tp + t.fp,
  )}, recall ${percent(t.tp, t.tp + t.fn)}`;

/** every commit any scan reported, by stratum `<before><after>` (`10`...) */
function strata(after, before) {
  const all = new Set([...after.keys(), ...(before?.keys() ?? [])]);
  const out = new Map();
  for (const sha of all) {
    const key = `${detected(before, sha) ? 1 : 0}${
      detected(after, sha) ? 1 : 0
    }`;
    out.set(key, [...(out.get(key) ?? []), sha]);
  }
  return out;
}

/**
 * Whole-history estimates: each stratum's labelled share of AI commits
 * times its size, counted for the detectors that detect the stratum.
 */
function estimate(groups, labels) {
  const est = {
    after: { tp: 0, fp: 0, fn: 0 },
    before: { tp: 0, fp: 0, fn: 0 },
  };
  for (const [key, shas] of groups) {
    const sampled = shas.filter(sha => sha in labels);
    if (sampled.length === 0) continue;
    const ai =
      (shas.length * sampled.filter(sha => labels[sha]).length) /
      sampled.length;
    for (const [name, flag] of [
      ['before', key[0]],
      ['after', key[1]],
    ]) {
      if (flag === '1') {
        est[name].tp += ai;
        est[name].fp += shas.length - ai;
      } else {
        est[name].fn += ai;
      }
    }
  }
  return est;
}

function pick(items, n, random) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

function printSample(dir, groups, after, n, random) {
  for (const [key, shas] of [...groups].sort()) {
    console.log(`  sample of stratum before=${key[0]} after=${key[1]}:`);
    for (const sha of pick(shas, n, random)) {
      const subject = git(dir, ['log', '-1', '--format=%s', sha]).trim();
      const signals = after.get(sha)?.signals ?? [];
      console.log(`    ${sha} ${subject.slice(0, 70)} [${signals}]`);
    }
  }
}

function report(repo, options, labelsFile, random, totals) {
  const dir = gitDir(repo.dir);
  const head = git(dir, ['rev-parse', 'HEAD']).trim();
  const after = scan(options.cli, dir);
  const before = options.before ? scan(options.before, dir) : undefined;
  console.log(`${repo.name} @ ${head}: ${after.size} commits`);
  if (before) console.log(`  before: ${summary(before)}`);
  console.log(`  after:  ${summary(after)}`);
  const groups = strata(after, before);
  const entry = labelsFile[repo.name];
  if (entry && entry.commit !== head) {
    console.log(`  (labels were taken at ${entry.commit})`);
  }
  const sets = [
    ['labels', entry?.labels ?? {}],
    ['held out', entry?.heldOut ?? {}],
  ];
  const labels = Object.assign({}, ...sets.map(([, set]) => set));
  if (Object.keys(labels).length > 0) {
    const sizes = [...groups]
      .sort()
      .map(([key, shas]) => {
        const n = shas.filter(sha => sha in labels).length;
        return `${key} ${n}/${shas.length}`;
      })
      .join(', ');
    console.log(`  labelled per stratum (before,after): ${sizes}`);
    for (const [set, truths] of sets) {
      for (const [name, records] of [
        ['before', before],
        ['after', after],
      ]) {
        if (!records || Object.keys(truths).length === 0) continue;
        const t = tally(records, truths);
        const sum = totals[set][name];
        for (const key of Object.keys(t)) sum[key] += t[key];
        console.log(`  ${name} on the ${set}: ${rates(t)}`);
      }
    }
    if (before) {
      const est = estimate(groups, labels);
      for (const name of ['before', 'after']) {
        for (const key of ['tp', 'fp', 'fn']) {
          totals.estimate[name][key] += est[name][key];
        }
        const e = est[name];
        console.log(
          `  ${name} estimated over the history: precision ${percent(
            e.tp,
            e.tp + e.fp,
          )}, recall ${percent(e.tp, e.tp + e.fn)}`,
        );
      }
    }
  }
  if (options.sample > 0) {
    printSample(dir, groups, after, options.sample, random);
  }
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const labelsFile = fs.existsSync(options.labels)
    ? JSON.parse(fs.readFileSync(options.labels, 'utf8'))
    : {};
  const random = prng(options.seed);
  const zero = () => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
  const totals = {
    labels: { before: zero(), after: zero() },
    'held out': { before: zero(), after: zero() },
    estimate: { before: zero(), after: zero() },
  };
  for (const repo of options.repos) {
    report(repo, options, labelsFile, random, totals);
  }
  for (const name of options.before ? ['before', 'after'] : ['after']) {
    console.log(`all labels, ${name}: ${rates(totals.labels[name])}`);
    console.log(`all held out, ${name}: ${rates(totals['held out'][name])}`);
    if (options.before) {
      const e = totals.estimate[name];
      console.log(
        `all, ${name}, estimated over the histories: precision ${percent(
          e.tp,
          e.tp + e.fp,
        )}, recall ${percent(e.tp, e.tp + e.fn)}`,
      );
    }
  }
}

main();

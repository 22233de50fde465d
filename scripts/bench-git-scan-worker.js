/*
 * Child process of scripts/bench-git-scan.js: runs `ai-approval scan <repo>
 * --format json` exactly as the bin does, and reports on fd 3 how long the
 * scan itself took (after loading) and the peak RSS of the process; with
 * BENCH_SAMPLE_HEAP=1 and --expose-gc, also the largest live heap.
 */
'use strict';

const fs = require('node:fs');

const started = performance.now();
require('../packages/ai-approval-cli/dev/register-ts');
const { runCli } = require('../packages/ai-approval-cli/src');

const loaded = performance.now();
// memory pass (run with --expose-gc): the live heap, sampled after a full GC
let maxLiveHeap = 0;
const sampler =
  process.env.BENCH_SAMPLE_HEAP && global.gc
    ? setInterval(() => {
        global.gc();
        maxLiveHeap = Math.max(maxLiveHeap, process.memoryUsage().heapUsed);
      }, 25)
    : undefined;
runCli(['scan', process.argv[2], '--format', 'json', '--senior', 'dev1'], {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
}).then(code => {
  const done = performance.now();
  if (sampler) clearInterval(sampler);
  fs.writeSync(
    3,
    JSON.stringify({
      code,
      loadMs: loaded - started,
      scanMs: done - loaded,
      maxRssKb: process.resourceUsage().maxRSS,
      maxLiveHeapKb: maxLiveHeap / 1024,
    }),
  );
  process.exitCode = code;
});

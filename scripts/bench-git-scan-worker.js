/*
 * Child process of scripts/bench-git-scan.js: runs `ai-approval scan <repo>
 * --format json` exactly as the bin does, and reports on fd 3 how long the
 * scan itself took (after loading) and the peak RSS of the process.
 */
'use strict';

const fs = require('node:fs');

const started = performance.now();
require('../packages/ai-approval-cli/bin/register-ts');
const { runCli } = require('../packages/ai-approval-cli/src');

const loaded = performance.now();
runCli(['scan', process.argv[2], '--format', 'json', '--senior', 'dev1'], {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
}).then(code => {
  const done = performance.now();
  fs.writeSync(
    3,
    JSON.stringify({
      code,
      loadMs: loaded - started,
      scanMs: done - loaded,
      maxRssKb: process.resourceUsage().maxRSS,
    }),
  );
  process.exitCode = code;
});

/*
 * Starts scripts/lib/sync-backend.js as a real process in its own process
 * group (so it can be killed with everything it started), waits for it to
 * answer, calls its API, reads its JSON log, and stops or kills it.
 */
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const TOKEN = 'chaos-static-token';

/** Every backend started and not stopped yet, for stopAll. */
const running = new Set();

/** A free TCP port on 127.0.0.1 (never a fixed one). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Options: database, prefix, simulatorUrl, frequency, initialDelay,
 * timeout (seconds), logFile.
 */
async function startBackend(options) {
  const port = await freePort();
  const log = fs.openSync(options.logFile, 'a');
  const child = spawn(
    process.execPath,
    [path.join(__dirname, 'sync-backend.js')],
    {
      detached: true,
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        SYNC_BACKEND_PORT: String(port),
        SYNC_BACKEND_DATABASE: options.database,
        SYNC_BACKEND_PREFIX: options.prefix,
        SYNC_BACKEND_SIMULATOR: options.simulatorUrl,
        SYNC_BACKEND_FREQUENCY: String(options.frequency),
        SYNC_BACKEND_INITIAL_DELAY: String(options.initialDelay),
        SYNC_BACKEND_TIMEOUT: String(options.timeout),
        SYNC_BACKEND_TOKEN: TOKEN,
      },
    },
  );
  fs.closeSync(log);
  const exited = new Promise(resolve => child.once('exit', resolve));
  running.add(child.pid);
  exited.then(() => running.delete(child.pid));
  const url = `http://127.0.0.1:${port}/api/ai-approval`;
  const backend = {
    logFile: options.logFile,
    pid: child.pid,
    url,
    origin: `http://127.0.0.1:${port}`,
    startedAt: Date.now(),
    exited,
    api: (route, init = {}) =>
      fetch(`${url}${route}`, {
        ...init,
        headers: { authorization: `Bearer ${TOKEN}`, ...init.headers },
      }),
    /** SIGKILL to the whole process group: no shutdown hooks run */
    kill: () => signalGroup(child.pid, 'SIGKILL'),
    stop: async () => {
      signalGroup(child.pid, 'SIGTERM');
      const done = await Promise.race([exited, sleep(15_000)]);
      if (done === undefined) signalGroup(child.pid, 'SIGKILL');
      await exited;
    },
  };
  await waitUntilHealthy(backend, options.logFile);
  return backend;
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

async function waitUntilHealthy(backend, logFile) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const health = await backend.api('/health').catch(() => undefined);
    if (health?.ok) return;
    const code = await Promise.race([backend.exited, sleep(500)]);
    if (code !== undefined || Date.now() > deadline) {
      const tail = fs.readFileSync(logFile, 'utf8').slice(-3000);
      throw new Error(`backend did not start (exit ${code}); log:\n${tail}`);
    }
  }
}

/** The JSON log lines of a backend's log file. */
function logLines(logFile) {
  return fs
    .readFileSync(logFile, 'utf8')
    .split('\n')
    .filter(line => line.startsWith('{'))
    .map(line => JSON.parse(line));
}

/**
 * The syncs a log reports ("Synced N repositories of M entities in T ms"),
 * with when each started and ended.
 */
function syncsIn(logFile) {
  return logLines(logFile).flatMap(line => {
    const m = /^Synced (\d+) repositories of (\d+) entities in (\d+) ms/.exec(
      line.message,
    );
    if (!m) return [];
    const end = Date.parse(line.timestamp);
    const skipped = /\((\d+) being synced by another replica\)/.exec(
      line.message,
    );
    return [
      {
        repositories: Number(m[1]),
        skipped: skipped ? Number(skipped[1]) : 0,
        entities: Number(m[2]),
        start: end - Number(m[3]),
        end,
      },
    ];
  });
}

/** Kills whatever backends a failing script left running. */
function stopAll() {
  for (const pid of running) signalGroup(pid, 'SIGKILL');
}

module.exports = { stopAll, startBackend, logLines, syncsIn, freePort, sleep };

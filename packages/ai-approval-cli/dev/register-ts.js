/*
 * Loads the TypeScript sources of this monorepo without a build step. Each
 * `.ts` file is transpiled with swc, as Backstage's node transform
 * (`@backstage/cli/config/nodeTransform.cjs`) does, and the result is cached
 * in `node_modules/.cache/ai-approval-cli`, keyed by the file's path, size
 * and modification time. Later runs then load plain JavaScript and skip swc
 * and the ESM loader thread altogether: start-up drops from ~0.4 s to
 * ~0.1 s, which matters for a command that CI runs on every push. V8's
 * compile cache then spares compiling that JavaScript again.
 */
'use strict';

const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const LOADER_VERSION = '2';
// swc is what @backstage/cli (a dev dependency of this package) builds with
const swcPath = require.resolve('@swc/core', {
  paths: [path.dirname(require.resolve('@backstage/cli/package.json'))],
});
const cacheDir = path.join(
  swcPath.slice(0, swcPath.lastIndexOf(`${path.sep}node_modules${path.sep}`)),
  'node_modules',
  '.cache',
  'ai-approval-cli',
);

// V8's on-disk code cache (Node 22.1+) for everything loaded from here on,
// the transpiled sources included: compiling them is most of what is left
// of start-up once swc is skipped. Node checks each entry against the
// source text and its own version, so a stale entry is never used.
try {
  Module.enableCompileCache?.(path.join(cacheDir, 'v8'));
} catch {
  // an unwritable cache only costs the speed-up
}

let swc;

function transpile(source, filename) {
  swc ??= require(swcPath);
  return swc.transformSync(source, {
    filename,
    module: { type: 'commonjs', ignoreDynamic: true },
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
  }).code;
}

/**
 * The cache file of a source: its name is the key itself (numbers first, so
 * it reads back unambiguously), which spares loading node:crypto at every
 * start; only a name too long for the file system is hashed.
 */
function cacheFile(filename, stat) {
  const name = `${LOADER_VERSION}_${stat.size}_${
    stat.mtimeMs
  }_${encodeURIComponent(filename)}`;
  if (name.length <= 240) {
    return path.join(cacheDir, `${name}.js`);
  }
  const hash = require('node:crypto')
    .createHash('sha1')
    .update(name)
    .digest('hex');
  return path.join(cacheDir, `${LOADER_VERSION}_${hash}.js`);
}

function load(filename) {
  const cached = cacheFile(filename, fs.statSync(filename));
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    const code = transpile(fs.readFileSync(filename, 'utf8'), filename);
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      const partial = `${cached}.${process.pid}`;
      fs.writeFileSync(partial, code);
      fs.renameSync(partial, cached);
    } catch {
      // a read-only node_modules only costs the cache
    }
    return code;
  }
}

Module._extensions['.ts'] = (module, filename) => {
  module._compile(load(filename), filename);
};

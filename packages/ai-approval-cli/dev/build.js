/*
 * Builds the published command into one self-contained file,
 * dist/index.cjs.js: the sources of this package and of the ai-approval
 * libraries it uses, with their few dependencies, bundled by esbuild. The
 * installed package then has no dependencies, so `npx @ai-approval/cli`
 * starts without resolving or installing anything but itself, and nothing
 * transpiles TypeScript at run time.
 */
'use strict';

const path = require('node:path');
const esbuild = require('esbuild');
const { engines } = require('../package.json');

const root = path.resolve(__dirname, '..');
// "node": ">=20" -> node20, the oldest syntax level the bundle may use
const target = `node${engines.node.match(/\d+/)[0]}`;

esbuild
  .build({
    entryPoints: [path.join(root, 'src/index.ts')],
    outfile: path.join(root, 'dist/index.cjs.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target,
    // the .ts sources of the workspace libraries, not their dist builds
    mainFields: ['module', 'main'],
    legalComments: 'linked',
    logLevel: 'warning',
  })
  .catch(() => {
    process.exitCode = 1;
  });

/*
 * Runs after `backstage-cli package prepack`: dev/build.js bundles every
 * dependency into dist/index.cjs.js, so the packed manifest declares none
 * and `npx @ai-approval/cli` installs nothing but this package.
 * `backstage-cli package postpack` restores the manifest as it was.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const file = path.resolve(__dirname, '../package.json');
const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
delete manifest.dependencies;
fs.writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);

#!/usr/bin/env node
/*
 * Extracts, from GitHub's published OpenAPI description (@octokit/openapi,
 * api.github.com, dereferenced), the operations the GitHub simulator serves
 * for status checks, into packages/github-simulator/src/rest/githubOpenapi.json:
 * each operation's request body schema and its 201 response schema. The
 * whole description is 400 MB, too much to install for two operations.
 *
 *   npx --yes --package @octokit/openapi@23.0.2 -- node scripts/extract-github-openapi.js [--check]
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const OPERATIONS = [
  ['/repos/{owner}/{repo}/statuses/{sha}', 'post'],
  ['/repos/{owner}/{repo}/check-runs', 'post'],
];
const TARGET = path.join(
  __dirname,
  '../packages/github-simulator/src/rest/githubOpenapi.json',
);

/** Finds the package in this repository or where npx put it (its .bin is on PATH). */
function load() {
  const bins = (process.env.PATH ?? '').split(path.delimiter);
  const dirs = [process.cwd(), ...bins.map(d => path.join(d, '..'))];
  const file = require.resolve(
    '@octokit/openapi/generated/api.github.com.deref.json',
    { paths: dirs },
  );
  return {
    spec: require(file),
    version: require(path.join(path.dirname(file), '..', 'package.json'))
      .version,
  };
}

const { spec, version } = load();
const operations = {};
for (const [route, method] of OPERATIONS) {
  const op = spec.paths[route][method];
  operations[op.operationId] = {
    method: method.toUpperCase(),
    path: route,
    requestBody: op.requestBody.content['application/json'].schema,
    response201: op.responses['201'].content['application/json'].schema,
  };
}
const text = `${JSON.stringify(
  {
    source: `@octokit/openapi@${version} generated/api.github.com.deref.json`,
    operations,
  },
  null,
  2,
)}\n`;
if (process.argv.includes('--check')) {
  const current = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, 'utf8') : '';
  if (current !== text) {
    console.error(`${TARGET} differs from @octokit/openapi@${version}`);
    process.exit(1);
  }
} else {
  fs.writeFileSync(TARGET, text);
  console.log(
    `wrote ${Object.keys(operations).join(
      ', ',
    )} from @octokit/openapi@${version}`,
  );
}

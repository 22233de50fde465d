#!/usr/bin/env node
/*
 * Turns a plugin's src/schema/openapi.yaml into src/schema/openapi.generated.ts
 * (`export const spec = {...} as const`), the input of
 * createValidatedOpenApiRouter. The repo-tools generator needs a Java jar
 * that cannot be downloaded here; this is the same output for the server.
 *
 * Usage: node scripts/generate-openapi.js plugins/ai-approval-backend [--check]
 */
const fs = require('fs');
const path = require('path');
const yaml = require('yaml');

const [dir, flag] = process.argv.slice(2);
if (!dir) {
  console.error('usage: generate-openapi.js <package dir> [--check]');
  process.exit(2);
}
const source = path.join(dir, 'src/schema/openapi.yaml');
const target = path.join(dir, 'src/schema/openapi.generated.ts');
const spec = yaml.parse(fs.readFileSync(source, 'utf8'));
const text = `// This file is generated from openapi.yaml by scripts/generate-openapi.js; do not edit.

export const spec = ${JSON.stringify(spec, null, 2)} as const;
`;
if (flag === '--check') {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error(
      `${target} is out of date: run node ${process.argv[1]} ${dir}`,
    );
    process.exit(1);
  }
} else {
  fs.writeFileSync(target, text);
}

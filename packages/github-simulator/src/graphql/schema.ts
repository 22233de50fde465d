import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, GraphQLSchema } from 'graphql';

const SCHEMA_FILE = path.join('@octokit', 'graphql-schema', 'schema.graphql');

/**
 * Finds GitHub's published schema (`schema.graphql` of the npm package
 * `@octokit/graphql-schema`). The package's `exports` offer only an ESM
 * entry point (not even `package.json`), so we look in the directories Node
 * would search for the package.
 */
export function githubSchemaPath(): string {
  const dirs = require.resolve.paths('@octokit/graphql-schema') ?? [];
  const found = dirs
    .map(dir => path.join(dir, SCHEMA_FILE))
    .find(candidate => fs.existsSync(candidate));
  if (!found) {
    throw new Error(`Cannot find ${SCHEMA_FILE} in ${dirs.join(', ')}`);
  }
  return found;
}

let cached: GraphQLSchema | undefined;

/**
 * GitHub's public GraphQL schema, built once per process. GitHub's SDL
 * repeats a few field definitions, which `graphql`'s SDL validation rejects,
 * so it is built with `assumeValidSDL`; queries are still fully validated.
 * @public
 */
export function loadGithubSchema(): GraphQLSchema {
  if (!cached) {
    const sdl = fs.readFileSync(githubSchemaPath(), 'utf8');
    cached = buildSchema(sdl, { assumeValidSDL: true });
  }
  return cached;
}

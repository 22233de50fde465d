/**
 * The GraphQL endpoint of a GitHub integration, from its REST `apiBaseUrl`:
 * `https://api.github.com` -> `https://api.github.com/graphql`,
 * `https://ghe.example.com/api/v3` -> `https://ghe.example.com/api/graphql`.
 */
export function graphqlEndpoint(apiBaseUrl: string): string {
  const base = apiBaseUrl.replace(/\/+$/, '');
  if (base.endsWith('/api/v3')) {
    return `${base.slice(0, -'/v3'.length)}/graphql`;
  }
  return `${base}/graphql`;
}

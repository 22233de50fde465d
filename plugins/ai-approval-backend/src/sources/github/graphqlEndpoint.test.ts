import { graphqlEndpoint } from './graphqlEndpoint';

describe('graphqlEndpoint', () => {
  it.each([
    ['https://api.github.com', 'https://api.github.com/graphql'],
    ['https://api.github.com/', 'https://api.github.com/graphql'],
    ['https://ghe.example.com/api/v3', 'https://ghe.example.com/api/graphql'],
    ['https://ghe.example.com/api/v3/', 'https://ghe.example.com/api/graphql'],
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000/graphql'],
  ])('%s -> %s', (api, graphql) => {
    expect(graphqlEndpoint(api)).toBe(graphql);
  });
});

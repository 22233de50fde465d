import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import {
  GithubSimulator,
  startGithubSimulator,
} from '../server/startGithubSimulator';
import openapi from './githubOpenapi.json';

const ajv = addFormats(new Ajv({ strict: false }));

describe('commit statuses and check runs', () => {
  let simulator: GithubSimulator;
  let sha: string;

  async function start(statusWriteAllowed = true) {
    simulator = await startGithubSimulator({
      dataset: {
        mergedPullRequestsPerRepository: 3,
        openPullRequestsPerRepository: 2,
      },
      statusWriteAllowed,
    });
    sha = simulator.dataset.openPullRequests({
      owner: 'acme',
      name: 'service-0',
    })[0].headRefOid;
  }

  afterEach(() => simulator.close());

  const post = (path: string, body: unknown) =>
    fetch(`${simulator.url}${path}`, {
      method: 'POST',
      headers: { authorization: 'token t', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('creates a commit status as GitHub describes it, and records it', async () => {
    await start();
    const body = {
      state: 'pending',
      target_url:
        'http://localhost:3000/catalog/default/component/a/ai-approval',
      description: 'Waiting for a senior: @grace-hopper',
      context: 'ai-approval/senior-sign-off',
    };
    const res = await post(`/repos/acme/service-0/statuses/${sha}`, body);
    expect(res.status).toBe(201);
    const answer = await res.json();
    const schema = openapi.operations['repos/create-commit-status'].response201;
    expect(ajv.validate(schema, answer)).toBe(true);
    expect(answer).toMatchObject({ state: 'pending', context: body.context });
    expect(simulator.statusPosts).toEqual([
      expect.objectContaining({ kind: 'status', sha, body }),
    ]);
  });

  it('creates a check run on GHE paths too', async () => {
    await start();
    const body = {
      name: 'ai-approval/senior-sign-off',
      head_sha: sha,
      status: 'completed',
      conclusion: 'success',
      output: { title: 'Ready', summary: 'A senior approved the head.' },
    };
    const res = await post('/api/v3/repos/acme/service-0/check-runs', body);
    expect(res.status).toBe(201);
    const schema = openapi.operations['checks/create'].response201;
    expect(ajv.validate(schema, await res.json())).toBe(true);
    expect(simulator.statusPosts[0]).toMatchObject({ kind: 'check-run', sha });
  });

  it.each([
    ['an unknown state', { state: 'waiting' }, /Invalid request/],
    ['a missing state', { context: 'x' }, /Invalid request/],
  ])('refuses %s with 422', async (_name, body, message) => {
    await start();
    const res = await post(`/repos/acme/service-0/statuses/${sha}`, body);
    expect(res.status).toBe(422);
    expect((await res.json()).message).toMatch(message);
    expect(simulator.statusPosts).toEqual([]);
  });

  it('refuses an unknown commit, an unknown repository and a token without write access', async () => {
    await start(false);
    const missing = await post(`/repos/acme/nope/statuses/${sha}`, {
      state: 'success',
    });
    expect(missing.status).toBe(404);
    const refused = await post(`/repos/acme/service-0/statuses/${sha}`, {
      state: 'success',
    });
    expect(refused.status).toBe(403);
    expect((await refused.json()).message).toBe(
      'Resource not accessible by personal access token',
    );
    simulator.close();
    await start(true);
    const unknown = await post(
      `/repos/acme/service-0/statuses/${'0'.repeat(40)}`,
      {
        state: 'success',
      },
    );
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).message).toMatch(/No commit found for SHA/);
  });
});

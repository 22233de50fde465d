import examples from '@octokit/webhooks-examples/api.github.com/index.json';
import { readGithubEvent } from './githubEvent';

function example(name: string, action?: string): any {
  const found = (examples as any[])
    .find(e => e.name === name)
    .examples.find((x: any) => action === undefined || x.action === action);
  return structuredClone(found);
}

describe('readGithubEvent', () => {
  it('reads the repository and the update time of a pull request event', () => {
    const payload = example('pull_request', 'synchronize');
    expect(
      readGithubEvent('github.pull_request', payload, {
        'x-github-delivery': 'abc',
      }),
    ).toEqual({
      host: 'github.com',
      slug: payload.repository.full_name,
      delivery: 'abc',
      expectation: {
        kind: 'pull_request',
        number: payload.pull_request.number,
        updatedAt: new Date(payload.pull_request.updated_at).toISOString(),
      },
    });
  });

  it('reads a review event by its pull request', () => {
    const payload = example('pull_request_review', 'submitted');
    expect(
      readGithubEvent('github.pull_request_review', payload)?.expectation,
    ).toMatchObject({
      kind: 'pull_request',
      number: payload.pull_request.number,
    });
  });

  it('takes the host of GitHub Enterprise from the repository URL', () => {
    const payload = example('pull_request', 'opened');
    payload.repository.html_url = 'https://GHE.example.com/acme/api';
    expect(readGithubEvent('github.pull_request', payload)?.host).toBe(
      'ghe.example.com',
    );
  });

  it('follows pushes to the default branch only, with their new head', () => {
    const push = example('push');
    push.ref = `refs/heads/${push.repository.default_branch}`;
    push.after = 'a'.repeat(40);
    expect(readGithubEvent('github.push', push)?.expectation).toEqual({
      kind: 'push',
      head: 'a'.repeat(40),
    });
    push.ref = 'refs/heads/feature';
    expect(readGithubEvent('github.push', push)).toBeUndefined();
  });

  it('ignores actions that change no verdict', () => {
    expect(
      readGithubEvent(
        'github.pull_request',
        example('pull_request', 'assigned'),
      ),
    ).toBeUndefined();
  });

  it.each([
    ['no payload', undefined],
    ['no repository', { action: 'opened' }],
    [
      'a name that is no slug',
      {
        action: 'opened',
        repository: {
          full_name: '../../etc/passwd',
          html_url: 'https://github.com/x/y',
        },
      },
    ],
    [
      'a URL that is no web address',
      {
        action: 'opened',
        repository: { full_name: 'x/y', html_url: 'file:///etc/passwd' },
      },
    ],
  ])('ignores a payload with %s', (_, payload) => {
    expect(readGithubEvent('github.pull_request', payload)).toBeUndefined();
  });
});

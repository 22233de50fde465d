import { changeWebUrl, webLocation } from './webUrls';

describe('webLocation', () => {
  it.each([
    ['https://github.com/o/r.git', 'github', 'https://github.com/o/r'],
    ['https://user:token@github.com/o/r', 'github', 'https://github.com/o/r'],
    ['git@github.com:o/r.git', 'github', 'https://github.com/o/r'],
    [
      'ssh://git@gitlab.example.com:2222/g/sub/p.git',
      'gitlab',
      'https://gitlab.example.com/g/sub/p',
    ],
  ])('%s', (url, host, baseUrl) => {
    expect(webLocation(url)).toEqual({ host, baseUrl });
  });

  it('knows no other hosts', () => {
    expect(webLocation('file:///tmp/repo')).toBeUndefined();
    expect(webLocation('https://example.com/o/r.git')).toBeUndefined();
    expect(webLocation(undefined)).toBeUndefined();
  });
});

describe('changeWebUrl', () => {
  const github = { host: 'github' as const, baseUrl: 'https://github.com/o/r' };
  const gitlab = { host: 'gitlab' as const, baseUrl: 'https://gitlab.com/g/p' };
  it('links PRs, MRs and commits', () => {
    expect(changeWebUrl(github, 'pull_request', 4, 'abc')).toBe(
      'https://github.com/o/r/pull/4',
    );
    expect(changeWebUrl(github, 'direct_push', undefined, 'abc')).toBe(
      'https://github.com/o/r/commit/abc',
    );
    expect(changeWebUrl(gitlab, 'merge_request', 4, 'abc')).toBe(
      'https://gitlab.com/g/p/-/merge_requests/4',
    );
    expect(changeWebUrl(gitlab, 'direct_push', undefined, 'abc')).toBe(
      'https://gitlab.com/g/p/-/commit/abc',
    );
    expect(changeWebUrl(undefined, 'pull_request', 4, 'abc')).toBeUndefined();
  });
});

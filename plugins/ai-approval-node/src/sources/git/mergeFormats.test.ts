import { classifyLandingCommit } from './landingCommit';
import { reviewerLogins } from './mergeFormats';

describe('merge bots and other hosts', () => {
  it.each([
    [
      'homu (rust-lang)',
      'Auto merge of #119698 - compiler-errors:stop-doing-weird-things, r=lcnr\n\nStop doing weird things\n\nThe longer story.',
      {
        kind: 'pull_request',
        number: 119698,
        headRef: 'stop-doing-weird-things',
        title: 'Stop doing weird things',
        body: 'The longer story.',
        approvedBy: ['lcnr'],
      },
    ],
    [
      'homu rollup with two reviewers',
      'Rollup merge of #1234 - alice:fix/x, r=Bob-1,@carol\r\n\r\nFix x\r\n',
      {
        kind: 'pull_request',
        number: 1234,
        headRef: 'fix/x',
        title: 'Fix x',
        approvedBy: ['Bob-1', 'carol'],
      },
    ],
    [
      'bors-ng',
      'Merge #4990\n\n4990: Introduce an ItemTree layer r=matklad a=jonas-schievink\n\nThis reduces latency.\n\nCo-authored-by: Jonas <jonas@example.com>\n',
      {
        kind: 'pull_request',
        number: 4990,
        title: 'Introduce an ItemTree layer',
        body: '4990: Introduce an ItemTree layer r=matklad a=jonas-schievink\n\nThis reduces latency.\n\nCo-authored-by: Jonas <jonas@example.com>',
        approvedBy: ['matklad'],
      },
    ],
    [
      'Azure DevOps',
      'Merged PR 4711: Add retries to the client\n\nRelated work items: #12',
      {
        kind: 'pull_request',
        number: 4711,
        title: 'Add retries to the client',
        body: 'Related work items: #12',
      },
    ],
    [
      'Bitbucket Cloud',
      'Merged in feature/login (pull request #42)\n\nFix the login\n\nApproved-by: Jane Doe <jane@example.com>',
      {
        kind: 'pull_request',
        number: 42,
        headRef: 'feature/login',
        title: 'Fix the login',
        body: 'Approved-by: Jane Doe <jane@example.com>',
      },
    ],
    [
      'Bitbucket Server',
      "Pull request #7: Add the cache\n\nMerge in PROJ/repo from feature/cache to master\n\n* commit 'abc':\n  Add the cache",
      {
        kind: 'pull_request',
        number: 7,
        title: 'Add the cache',
        headRef: 'feature/cache',
        baseRef: 'master',
      },
    ],
    [
      'Bitbucket Server, older',
      'Merge pull request #8 in PROJ/repo from bugfix/npe to develop\n',
      {
        kind: 'pull_request',
        number: 8,
        headRef: 'bugfix/npe',
        baseRef: 'develop',
        title: 'Merge pull request #8 in PROJ/repo from bugfix/npe to develop',
      },
    ],
    [
      'Gitea / Forgejo',
      "Merge pull request 'Fix crash (part 2)' (#3105) from kim/crash into main\n\nReviewed-on: https://codeberg.org/o/r/pulls/3105\nReviewed-by: Lee <lee@example.com>\n",
      {
        kind: 'pull_request',
        number: 3105,
        title: 'Fix crash (part 2)',
        headRef: 'kim/crash',
        baseRef: 'main',
        body: 'Reviewed-on: https://codeberg.org/o/r/pulls/3105\nReviewed-by: Lee <lee@example.com>',
      },
    ],
  ])('reads %s', (_, message, expected) => {
    expect(classifyLandingCommit(message, true)).toEqual(expected);
  });

  it('takes a bors-ng batch as one change, approved by who approved all', () => {
    expect(
      classifyLandingCommit(
        'Merge #10 #11\n\n10: First r=ann,bo a=x\n\n11: Second r=bo a=y\n',
        true,
      ),
    ).toMatchObject({ number: 10, title: 'First', approvedBy: ['bo'] });
  });

  it.each([
    'Auto merge of the docs',
    'Merge #abc',
    'Merged PR: no number',
    'Merged in feature/x',
    'Pull request #x: no number',
    'Merge pull request #12 in P/r',
    "Merge pull request 'x' from y into main",
    'Rollup merge of #12 without reviewer',
  ])('leaves "%s" a direct push', message => {
    expect(classifyLandingCommit(message, false)).toEqual({
      kind: 'direct_push',
      title: message,
    });
  });

  it('reads only logins from r= values', () => {
    expect(reviewerLogins('alice,bob')).toEqual(['alice', 'bob']);
    expect(reviewerLogins('`@alice`, bob')).toEqual(['alice', 'bob']);
    expect(reviewerLogins('<try>')).toEqual([]);
    expect(reviewerLogins(undefined)).toEqual([]);
  });
});

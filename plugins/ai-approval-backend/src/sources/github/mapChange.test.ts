import { RawPullRequest } from './graphqlTypes';
import { toChange } from './mapChange';
import { actorIdentity, gitIdentity } from './mapIdentity';

const page = <T>(nodes: T[]) => ({
  pageInfo: { hasNextPage: false, endCursor: null },
  nodes,
});

describe('mapping GraphQL objects to changes', () => {
  it('spells bot logins as REST does and keeps ids', () => {
    expect(
      actorIdentity({
        __typename: 'Bot',
        login: 'coderabbitai',
        databaseId: 7,
      }),
    ).toEqual({
      login: 'coderabbitai[bot]',
      type: 'Bot',
      id: 7,
    });
    expect(actorIdentity({ __typename: 'User', login: 'ada' })).toEqual({
      login: 'ada',
      type: 'User',
    });
    expect(actorIdentity(null)).toEqual({ login: 'ghost', type: 'User' });
  });

  it('maps git identities with and without an account', () => {
    expect(
      gitIdentity({
        name: 'Ada',
        email: 'ada@x',
        user: { login: 'ada', databaseId: 1 },
      }),
    ).toEqual({
      name: 'Ada',
      email: 'ada@x',
      login: 'ada',
      type: 'User',
      id: 1,
    });
    expect(
      gitIdentity({
        name: 'bot',
        email: '1+bot@users.noreply.github.com',
        user: null,
      }),
    ).toEqual({
      name: 'bot',
      email: '1+bot@users.noreply.github.com',
    });
  });

  it('maps a pull request with everything detection and verdicts need', () => {
    const pr: RawPullRequest = {
      id: 'PR_1',
      number: 7,
      title: 'Fix it',
      url: 'https://github.com/o/r/pull/7',
      body: 'body',
      updatedAt: '2025-01-02T00:00:00Z',
      mergedAt: '2025-01-01T00:00:00Z',
      headRefName: 'copilot/fix-7',
      baseRefName: 'main',
      headRefOid: 'b'.repeat(40),
      mergeCommit: null,
      author: {
        __typename: 'Bot',
        login: 'copilot-swe-agent',
        databaseId: 198982749,
      },
      labels: page([{ name: 'ai-assisted' }]),
      reviews: page([
        {
          author: { __typename: 'User', login: 'ada', databaseId: 1 },
          state: 'APPROVED' as const,
          submittedAt: '2025-01-01T00:00:00Z',
          commit: { oid: 'a'.repeat(40) },
        },
      ]),
      commits: page([
        {
          commit: {
            oid: 'a'.repeat(40),
            message: 'Fix\r\n\r\nCo-authored-by: Ada <ada@x>',
            authoredDate: '2024-12-31T00:00:00Z',
            committedDate: '2024-12-31T01:00:00Z',
            author: {
              name: 'copilot-swe-agent[bot]',
              email: '198982749+Copilot@users.noreply.github.com',
              user: null,
            },
            committer: null,
          },
        },
      ]),
    };
    const change = toChange(pr, { login: 'ada', type: 'User', id: 1 });
    expect(change).toMatchObject({
      kind: 'pull_request',
      number: 7,
      author: { login: 'copilot-swe-agent[bot]', type: 'Bot', id: 198982749 },
      initiator: { login: 'ada' },
      labels: ['ai-assisted'],
      headRef: 'copilot/fix-7',
      headSha: 'b'.repeat(40),
      mergedAt: '2025-01-01T00:00:00Z',
      reviews: [
        {
          reviewer: { login: 'ada' },
          state: 'APPROVED',
          commitSha: 'a'.repeat(40),
          source: 'review',
        },
      ],
      commits: [
        {
          sha: 'a'.repeat(40),
          message: 'Fix\r\n\r\nCo-authored-by: Ada <ada@x>',
          committer: {},
        },
      ],
    });
    expect(change).not.toHaveProperty('mergeSha');
  });
});

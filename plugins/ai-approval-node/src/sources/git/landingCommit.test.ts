import { classifyLandingCommit } from './landingCommit';

describe('classifyLandingCommit', () => {
  it('reads GitHub merge commits', () => {
    expect(
      classifyLandingCommit(
        'Merge pull request #12 from alice/feature/x\n\nAdd X\n\nLonger text',
        true,
      ),
    ).toEqual({
      kind: 'pull_request',
      number: 12,
      headRef: 'feature/x',
      title: 'Add X',
      body: 'Longer text',
    });
    expect(
      classifyLandingCommit('Merge pull request #3 from bob/fix', true),
    ).toMatchObject({
      title: 'Merge pull request #3 from bob/fix',
      headRef: 'fix',
    });
  });

  it('reads squash merges', () => {
    expect(classifyLandingCommit('Fix the thing (#13)\n\n* a', false)).toEqual({
      kind: 'pull_request',
      number: 13,
      title: 'Fix the thing',
    });
    expect(classifyLandingCommit('Revert "Fix (#13)"', false).kind).toBe(
      'direct_push',
    );
  });

  it('reads GitLab merge requests', () => {
    expect(
      classifyLandingCommit(
        "Merge branch 'a' into 'main'\n\nTitle\n\nSee merge request g/p!9",
        true,
      ),
    ).toEqual({
      kind: 'merge_request',
      number: 9,
      headRef: 'a',
      baseRef: 'main',
      title: 'Title',
      body: undefined,
    });
    expect(
      classifyLandingCommit(
        'Squashed title\n\nSee merge request g/sub/p!10\n',
        false,
      ),
    ).toMatchObject({
      kind: 'merge_request',
      number: 10,
      title: 'Squashed title',
    });
  });

  it('treats everything else as a direct push', () => {
    expect(classifyLandingCommit("Merge branch 'x'", true)).toEqual({
      kind: 'direct_push',
      title: "Merge branch 'x'",
    });
  });
});

import {
  identity,
  parseIdentity,
  reviewedOn,
  reviewTrailers,
  reviewTrailersOf,
} from './trailers';

describe('parseIdentity', () => {
  it.each([
    [
      'Carol Senior <Carol@Example.com>',
      { name: 'Carol Senior', email: 'carol@example.com' },
    ],
    [
      '"Doe, Jane" <jane@example.com> # v2',
      { name: 'Doe, Jane', email: 'jane@example.com' },
    ],
    ['jane@example.com', { email: 'jane@example.com' }],
    ['Jane Doe', { name: 'Jane Doe' }],
    ['', undefined],
  ])('%s', (value, expected) => {
    expect(parseIdentity(value)).toEqual(expected);
  });
});

describe('identity', () => {
  it('reads login and id from GitHub noreply addresses', () => {
    expect(identity('Jo', '583231+Octocat@users.noreply.github.com')).toEqual({
      name: 'Jo',
      email: '583231+octocat@users.noreply.github.com',
      login: 'octocat',
      id: 583231,
    });
    expect(
      identity('', '41898282+github-actions[bot]@users.noreply.github.com'),
    ).toMatchObject({
      login: 'github-actions[bot]',
      type: 'Bot',
    });
  });
});

describe('reviewTrailers', () => {
  it('finds review trailers on any line, in any case, once per reviewer', () => {
    const reviews = reviewTrailers([
      'Fix\n\nReviewed-by: Carol <carol@example.com>\nSigned-off-by: Ann <ann@example.com>',
      'More\n\n  ACKED-BY : Dan <DAN@example.com>\r\nApproved-by: Carol C <Carol@example.com>\nReviewed-by: Erin',
    ]);
    expect(reviews).toEqual([
      {
        reviewer: { name: 'Carol', email: 'carol@example.com' },
        state: 'APPROVED',
        source: 'trailer',
      },
      {
        reviewer: { name: 'Dan', email: 'dan@example.com' },
        state: 'APPROVED',
        source: 'trailer',
      },
      { reviewer: { name: 'Erin' }, state: 'APPROVED', source: 'trailer' },
    ]);
  });

  it('ignores look-alikes', () => {
    expect(
      reviewTrailers([
        'Reviewed by Carol\nCo-authored-by: X <x@y.z>\nTested-by: T <t@x.y>',
      ]),
    ).toEqual([]);
  });
});

describe('reviewedOn', () => {
  it('reads the Gerrit review link', () => {
    expect(
      reviewedOn('Fix\n\nReviewed-on: https://review.example.org/c/p/+/123\n'),
    ).toBe('https://review.example.org/c/p/+/123');
    expect(reviewedOn('Fix')).toBeUndefined();
  });
});

describe('Phabricator and merge-bot approvals', () => {
  it('reads Reviewed By: users, without reviewer groups', () => {
    expect(
      reviewTrailers([
        'Fix x\n\nReviewed By: MaskRay, dblaikie, #libc\n\nDifferential Revision: https://reviews.llvm.org/D1',
      ]),
    ).toEqual([
      { reviewer: { login: 'MaskRay' }, state: 'APPROVED', source: 'trailer' },
      { reviewer: { login: 'dblaikie' }, state: 'APPROVED', source: 'trailer' },
    ]);
    expect(reviewTrailers(['This was reviewed by: nobody'])).toEqual([]);
  });

  it('adds the approvers a merge bot recorded once', () => {
    expect(
      reviewTrailersOf({ message: 'Reviewed By: lcnr' }, [], ['LCNR', 'bob']),
    ).toEqual([
      { reviewer: { login: 'lcnr' }, state: 'APPROVED', source: 'trailer' },
      { reviewer: { login: 'bob' }, state: 'APPROVED', source: 'trailer' },
    ]);
  });

  it('links Differential Revisions', () => {
    expect(
      reviewedOn('x\n\nDifferential Revision: https://reviews.llvm.org/D123'),
    ).toBe('https://reviews.llvm.org/D123');
  });
});

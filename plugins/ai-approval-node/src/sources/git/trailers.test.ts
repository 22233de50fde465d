import {
  identity,
  parseIdentity,
  reviewedOn,
  reviewTrailers,
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

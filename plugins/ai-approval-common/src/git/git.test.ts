import { coAuthorsOf, parseCoAuthorLine } from './coAuthors';
import { parseGithubNoreply } from './githubNoreply';
import { contentLines, splitLines, subjectOf } from './messageLines';

describe('message lines', () => {
  it('splits on CRLF, LF and lone CR', () => {
    expect(splitLines('a\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps trimmed, non-empty, unquoted lines', () => {
    expect(
      contentLines('  Subject  \n\n> quoted\n   >also quoted\n\tbody\t').map(
        l => l.text,
      ),
    ).toEqual(['Subject', 'body']);
  });

  it.each([
    ['Fix it\r\n\r\nbody', 'Fix it'],
    ['  only subject  ', 'only subject'],
    ['', ''],
  ])('subject of %j is %j', (message, subject) => {
    expect(subjectOf(message)).toBe(subject);
  });
});

describe('co-author trailers', () => {
  it.each([
    [
      'Co-authored-by: Ada Lovelace <Ada@Example.com>',
      { name: 'Ada Lovelace', email: 'ada@example.com' },
    ],
    [
      'co-authored-by:Ada<ada@example.com>',
      { name: 'Ada', email: 'ada@example.com' },
    ],
    ['Co-Authored-By: ada@example.com', { email: 'ada@example.com' }],
    ['Co-authored-by: Ada', { name: 'Ada' }],
    ['Signed-off-by: Ada <ada@example.com>', undefined],
    ['Co-authored-by:', undefined],
  ])('%j', (line, identity) => {
    expect(parseCoAuthorLine(line)).toEqual(identity);
  });

  it('collects co-authors anywhere but in quotes', () => {
    const message =
      'Fix\n\nCo-authored-by: A <a@x.io>\n> Co-authored-by: B <b@x.io>\nbody\nco-authored-by: C <c@x.io>';
    expect(coAuthorsOf(message).map(i => i.email)).toEqual([
      'a@x.io',
      'c@x.io',
    ]);
  });
});

describe('GitHub noreply addresses', () => {
  it.each([
    [
      '198982749+Copilot@users.noreply.github.com',
      { id: 198982749, login: 'copilot' },
    ],
    [
      '49699333+dependabot[bot]@users.noreply.github.com',
      { id: 49699333, login: 'dependabot[bot]' },
    ],
    ['octocat@users.noreply.github.com', { id: undefined, login: 'octocat' }],
    ['octocat@github.com', undefined],
    [undefined, undefined],
  ])('%s', (email, parsed) => {
    expect(parseGithubNoreply(email)).toEqual(parsed);
  });
});

import { Identity } from '../types';
import { coAuthorsOf, parseCoAuthorLine } from './coAuthors';
import {
  contentLines,
  forEachContentLineMatching,
  MessageLine,
  subjectOf,
} from './messageLines';

function matching(text: string | null | undefined, pattern: RegExp) {
  const lines: MessageLine[] = [];
  forEachContentLineMatching(text, pattern, line => lines.push(line));
  return lines;
}

/** coAuthorsOf before it searched for the lines: every line looked at. */
function referenceCoAuthors(message: string): Identity[] {
  const found: Identity[] = [];
  for (const line of contentLines(message)) {
    if (line.lower.startsWith('co')) {
      const identity = parseCoAuthorLine(line.text);
      if (identity) found.push(identity);
    }
  }
  return found;
}

describe('forEachContentLineMatching', () => {
  it.each([
    ['a\nxb\r\nc x\rd\n\n  x  \n> x\n   >x\nx', /x/g],
    ['x', /x/g],
    ['\r\n\r\nx\r\n', /x/g],
    ['no match here', /x/g],
    ['xx x\nxxx', /x/g],
    ['AUTHORED\nauthored\nAuThOrEd\nauthor\ned', /authored/gi],
    ['  \u00a0x\ufeff  \n\u2028x\u2028', /x/g],
    ['', /x/g],
  ])('visits the content lines of %j that match', (text, pattern) => {
    const expected = contentLines(text).filter(line => {
      pattern.lastIndex = 0;
      return pattern.test(line.text);
    });
    expect(matching(text, pattern)).toEqual(expected);
    expect(pattern.lastIndex).toBe(0);
  });

  it('ignores texts that are not strings', () => {
    expect(matching(null, /x/g)).toEqual([]);
    expect(matching(undefined, /x/g)).toEqual([]);
    expect(matching(7 as unknown as string, /7/g)).toEqual([]);
  });

  it('reads a long text once, however many lines match', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `[${i}]`).join('\n');
    const lines = matching(text, /\[/g);
    expect(lines).toHaveLength(5000);
    expect(lines[4999]).toEqual({ text: '[4999]', lower: '[4999]' });
  });
});

describe('subjectOf', () => {
  it.each([
    ['Fix\r\nbody', 'Fix'],
    ['Fix\rbody', 'Fix'],
    ['  Fix  \nbody', 'Fix'],
    ['\nbody', ''],
    ['only', 'only'],
  ])('%j', (message, subject) => {
    expect(subjectOf(message)).toBe(subject);
  });
});

describe('coAuthorsOf', () => {
  it.each([
    'Fix\n\nCo-authored-by: A <a@x.io>\r\nCO-AUTHORED-BY: B <B@X.IO>\rcoauthored by: C <c@x.io>',
    'Fix\n> Co-authored-by: A <a@x.io>\n  Co-authored-by : B b@x.io  ',
    'Co-author\ned-by: A <a@x.io>',
    'Co-authored-by: A <a@x.io>',
    'Fix\ufffd\n\ufffdCo-authored-by: A <a@x.io>\ufffd',
    'Co-\u212authored-by: A <a@x.io>\nCo-authored-by: \u0130 <i@x.io>',
    'Reviewed-by: A <a@x.io>, authored by B',
    'Co-authored-by: A <a@x.io> Co-authored-by: B <b@x.io>',
    '',
  ])('finds the same co-authors as a line-by-line scan in %j', message => {
    expect(coAuthorsOf(message)).toEqual(referenceCoAuthors(message));
  });

  it('finds co-authors in any case', () => {
    expect(
      coAuthorsOf(
        'x\n\nCO-AUTHORED-BY: Ada <ADA@X.IO>\nco-authored-by: b@x.io',
      ),
    ).toEqual([{ name: 'Ada', email: 'ada@x.io' }, { email: 'b@x.io' }]);
  });
});

/**
 * The shortcuts in trailers.ts and landingCommit.ts (a narrower hint and a
 * later start for the trailer search, no line splitting for merge bodies
 * without CR) must give exactly what the straightforward code gave: these
 * tests compare them with that code on edge cases and generated messages.
 */
import { ChangeReview } from '@ai-approval/backstage-plugin-ai-approval-common';
import { classifyLandingCommit, LandingInfo } from './landingCommit';
import { parseIdentity, reviewTrailers, reviewTrailersOf } from './trailers';

// ------------------------------------------------------------- reference

const REVIEW_TRAILER =
  /^[ \t]*(?:reviewed|acked|approved)-by[ \t]*:[ \t]*(.*?)[ \t\r]*$/gim;

function referenceReviewTrailers(messages: string[]): ChangeReview[] {
  const reviews = new Map<string, ChangeReview>();
  for (const message of messages) {
    if (!/-by[ \t]*:/i.test(message)) continue;
    for (const match of message.matchAll(REVIEW_TRAILER)) {
      const reviewer = parseIdentity(match[1]);
      const key = (reviewer?.email ?? reviewer?.name)?.toLowerCase();
      if (reviewer && key && !reviews.has(key)) {
        reviews.set(key, { reviewer, state: 'APPROVED', source: 'trailer' });
      }
    }
  }
  return [...reviews.values()];
}

const GITHUB_MERGE = /^Merge pull request #(\d+) from (\S+)/;
const GITLAB_MERGE = /^Merge branch '(.+)' into '(.+)'$/;
const GITLAB_MR_REF = /^[ \t]*See merge request (\S+?)!(\d+)[ \t\r]*$/m;
const SQUASH_SUFFIX = /\s*\(#(\d+)\)$/;

function referenceTitleAndBody(
  rest: string[],
  stop?: (line: string) => boolean,
) {
  const end = stop ? rest.findIndex(stop) : -1;
  const lines = end < 0 ? rest : rest.slice(0, end);
  const at = lines.findIndex(line => line.trim() !== '');
  if (at < 0) return {};
  const body = lines
    .slice(at + 1)
    .join('\n')
    .trim();
  return { title: lines[at].trim(), body: body || undefined };
}

function referenceClassify(message: string, isMerge: boolean): LandingInfo {
  const end = message.indexOf('\n');
  const subject = (end < 0 ? message : message.slice(0, end)).trim();
  const rest = () =>
    end < 0
      ? []
      : message
          .slice(end + 1)
          .split('\n')
          .map(line => line.replace(/\r$/, ''));
  const github = GITHUB_MERGE.exec(subject);
  if (github) {
    const from = github[2];
    const slash = from.indexOf('/');
    const { title, body } = referenceTitleAndBody(rest());
    return {
      kind: 'pull_request',
      number: Number(github[1]),
      headRef: slash < 0 ? from : from.slice(slash + 1),
      title: title ?? subject,
      body,
    };
  }
  const gitlab = message.includes('See merge request')
    ? GITLAB_MR_REF.exec(message)
    : null;
  if (gitlab) {
    const branches = GITLAB_MERGE.exec(subject);
    const { title, body } = isMerge
      ? referenceTitleAndBody(rest(), line => GITLAB_MR_REF.test(line))
      : { title: subject, body: undefined };
    return {
      kind: 'merge_request',
      number: Number(gitlab[2]),
      headRef: branches?.[1],
      baseRef: branches?.[2],
      title: title ?? subject,
      body,
    };
  }
  const squash = SQUASH_SUFFIX.exec(subject);
  if (squash) {
    return {
      kind: 'pull_request',
      number: Number(squash[1]),
      title: subject.slice(0, squash.index).trim() || subject,
    };
  }
  return { kind: 'direct_push', title: subject };
}

// ------------------------------------------------------------- generator

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Merge pull request #12 from alice/feature/x',
  'Merge pull request #3 from bob',
  "Merge branch 'feature' into 'main'",
  'Fix the thing (#13)',
  'Fix the thing (#13) ',
  'Revert "Fix (#13)"',
  '(#7)',
  '   ',
  '',
  'Plain subject',
];
const LINES = [
  'Reviewed-by: Carol <carol@example.com>',
  'REVIEWED-BY : Dan <DAN@example.com>',
  '  Acked-by:\tErin',
  'Approved-by: Carol C <Carol@example.com>',
  'reviewed-by:',
  'Reviewed-by: ',
  'Co-authored-by: X <x@y.z>',
  'Signed-off-by: Ann <ann@example.com>',
  'Tested-by: T <t@x.y>',
  'unreviewed-by: Mallory <m@x.y>',
  'Not Reviewed-by: Mallory <m@x.y>',
  'Reviewed by Carol',
  'Reviewed-on: https://review.example.org/c/1',
  'See merge request g/p!9',
  '  See merge request g/sub/p!10  ',
  '"Doe, Jane" <jane@example.com> # v2',
  'body text',
  '',
  '   ',
  '\t',
  '\ufffd',
  '🚀 Häll\u00f6',
];
const BREAKS = ['\n', '\r\n', '\r', '\u2028', '\u2029', '\n\n', '\r\r\n'];

function randomMessage(rnd: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const parts = [pick(SUBJECTS)];
  const n = Math.floor(rnd() * 8);
  for (let i = 0; i < n; i++) {
    parts.push(rnd() < 0.8 ? '\n' : pick(BREAKS));
    let line = pick(LINES);
    if (rnd() < 0.15) {
      const at = Math.floor(rnd() * (line.length + 1));
      line = line.slice(0, at) + pick(BREAKS) + line.slice(at);
    }
    if (rnd() < 0.2) line = rnd() < 0.5 ? line.toUpperCase() : ` ${line}`;
    parts.push(line);
  }
  if (rnd() < 0.3) parts.push(pick(BREAKS));
  return parts.join('');
}

// ------------------------------------------------------------------ tests

describe('reviewTrailers', () => {
  it.each([
    ['a trailer on the first line', 'Reviewed-by: Carol <carol@example.com>'],
    ['a trailer after U+2028', 'Fix\u2028Reviewed-by: Carol <c@x.y>'],
    ['a trailer after U+2029', 'Fix\u2029  Acked-by: Dan'],
    ['a trailer after a lone CR', 'Fix\rApproved-by: Erin <e@x.y>\r'],
    ['CRLF with trailing blanks', 'Fix\r\nReviewed-by: A <a@x.y>  \r\n  \r\n'],
    [
      'a look-alike before the trailer',
      'unreviewed-by: M\nReviewed-by: A <a@x.y>',
    ],
    ['the key split by a line break', 'Fix\nReview\ned-by: A <a@x.y>'],
    ['only look-alikes', 'Co-authored-by: X <x@y.z>\nSigned-off-by: S'],
    ['two keys on one line', 'Reviewed-by: Acked-by: A <a@x.y>'],
  ])('matches the full search: %s', (_, message) => {
    expect(reviewTrailers([message])).toEqual(
      referenceReviewTrailers([message]),
    );
  });

  it('matches the full search on generated messages', () => {
    const rnd = prng(42);
    for (let i = 0; i < 4000; i++) {
      const messages = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () =>
        randomMessage(rnd),
      );
      const expected = referenceReviewTrailers(messages);
      expect([messages, reviewTrailers(messages)]).toEqual([
        messages,
        expected,
      ]);
      const [landing, ...brought] = messages.map(message => ({ message }));
      expect(reviewTrailersOf(landing, brought)).toEqual(expected);
    }
  });
});

describe('classifyLandingCommit', () => {
  it.each([
    'Merge pull request #1 from a/b\n\n  Title  \n\nBody\n\nMore\n',
    'Merge pull request #1 from a/b\n\n\n',
    'Merge pull request #1 from a/b\nTitle',
    'Merge pull request #1 from a/b\n\nTitle\r\n\r\nBody\r\n',
    'Merge pull request #1 from a/b\n\nTitle\rstill title\n\nBody',
    'Merge pull request #1 from a/b\n\n\u2028Title\u2028\nBody',
    'Merge pull request #1 from a/b\n \t\n\u00a0Title\u00a0\n  Body  ',
    "Merge branch 'a' into 'main'\n\nTitle\n\nSee merge request g/p!9",
    'Fix (#1)',
    'Fix (#1) ',
    'Fix (#1)\r\n\r\nbody',
  ])('matches the straightforward code on %j', message => {
    for (const isMerge of [true, false]) {
      expect(classifyLandingCommit(message, isMerge)).toEqual(
        referenceClassify(message, isMerge),
      );
    }
  });

  it('matches the straightforward code on generated messages', () => {
    const rnd = prng(7);
    for (let i = 0; i < 4000; i++) {
      const message = randomMessage(rnd);
      const isMerge = rnd() < 0.5;
      expect([message, classifyLandingCommit(message, isMerge)]).toEqual([
        message,
        referenceClassify(message, isMerge),
      ]);
    }
  });
});

/**
 * The prefilter and the identity cache must not change what detection
 * finds: these tests compare them with the plain line-by-line scan (every
 * line split off, trimmed and lowercased; every rule run on every identity)
 * on edge cases and on many generated messages.
 */
import { contentLines, MessageLine, subjectOf } from '../git/messageLines';
import { change, commit } from '../testing/builders';
import { Change, ChangeCommit, Detection, Identity } from '../types';
import { DetectionConfig, validateDetectionConfig } from './config';
import { createDetector } from './createDetector';
import { EvidenceList, summarise } from './evidenceList';
import { SignalHit } from './hit';
import { finalTrailerBlock } from './botTrailers';
import { committerOnlyHit, isDependencyBot } from './knownIdentities';
import { scanWholeMessage } from './messageRules';
import { normaliseBranch, normaliseLabel } from './metadataRules';
import { compileRules, RuleSet } from './ruleSet';
import {
  formatIdentity,
  lineScanner,
  needlePattern,
  scanLines,
  scanMessage,
  scanText,
} from './scan';

// ------------------------------------------------------------- reference

/** The scan as it was before the prefilter and the cache: every line, every rule. */
function referenceIdentity(
  identity: Identity | undefined,
  rules: RuleSet,
  report: (hit: SignalHit, line: string) => void,
) {
  if (!identity) return;
  for (const rule of rules.identityRules) {
    const hit = rule.match(identity);
    if (hit && rules.isActive(hit.signal))
      report(hit, formatIdentity(identity));
  }
}

function referenceIdentityHits(
  identity: Identity | undefined,
  rules: RuleSet,
): SignalHit[] {
  const hits: SignalHit[] = [];
  referenceIdentity(identity, rules, hit => hits.push(hit));
  return hits;
}

function referenceCommit(c: ChangeCommit, rules: RuleSet, out: EvidenceList) {
  const { sha } = c;
  const authorHits = referenceIdentityHits(c.author, rules);
  for (const hit of authorHits) {
    out.add(hit, 'commit_author', formatIdentity(c.author), sha);
  }
  for (const hit of referenceIdentityHits(c.committer, rules)) {
    const weak = authorHits.some(h => h.signal === hit.signal)
      ? undefined
      : committerOnlyHit(hit);
    if (!weak || rules.isActive(weak.signal)) {
      out.add(
        weak ?? hit,
        'commit_committer',
        formatIdentity(c.committer!),
        sha,
      );
    }
  }
  const message = isDependencyBot(c.author)
    ? finalTrailerBlock(c.message)
    : c.message;
  const report = (h: SignalHit, l: MessageLine) =>
    out.add(h, 'commit_message', l.text, sha);
  scanLines(contentLines(message), rules.messageRules, rules.isActive, report);
  const subject = subjectOf(message);
  if (subject && rules.subjectRules.length > 0) {
    const line = { text: subject, lower: subject.toLowerCase() };
    scanLines([line], rules.subjectRules, rules.isActive, report);
  }
  scanWholeMessage(message, rules.wholeMessageRules, rules.isActive, report);
}

function referenceDetect(ch: Change, rules: RuleSet): Detection {
  const out = new EvidenceList();
  for (const c of ch.commits ?? []) referenceCommit(c, rules, out);
  if (ch.mergeCommit) referenceCommit(ch.mergeCommit, rules, out);
  if (ch.kind !== 'direct_push' || !ch.commits?.length) {
    referenceIdentity(ch.author, rules, (hit, line) =>
      out.add(hit, 'pr_author', line),
    );
  }
  for (const label of ch.labels ?? []) {
    for (const hit of rules.labels.get(normaliseLabel(label)) ?? []) {
      out.add(hit, 'label', label.trim());
    }
  }
  if (ch.body && !isDependencyBot(ch.author)) {
    const merge = ch.mergeCommit?.sha;
    const report = (h: SignalHit, l: MessageLine) => {
      const shown = out.items.some(
        e =>
          merge &&
          e.commitSha === merge &&
          e.signal === h.signal &&
          e.line === l.text,
      );
      if (!shown) out.add(h, 'body', l.text);
    };
    scanLines(contentLines(ch.body), rules.bodyRules, rules.isActive, report);
    scanWholeMessage(ch.body, rules.wholeMessageRules, rules.isActive, report);
  }
  if (ch.headRef) {
    const branch = normaliseBranch(ch.headRef);
    for (const { prefix, hit } of rules.branches) {
      if (branch.startsWith(prefix) && branch.length > prefix.length) {
        out.add(hit, 'branch', ch.headRef.trim());
      }
    }
  }
  return summarise(out.items, rules.threshold);
}

type Found = Array<[string, string]>;

/** What the scan finds in a commit message (body = false) or a PR body. */
function viaScanText(text: string, rules: RuleSet, body = false): Found {
  const found: Found = [];
  const report = (hit: SignalHit, line: MessageLine) =>
    found.push([hit.signal, line.text]);
  if (body) {
    scanText(text, rules.bodyScanner, rules.isActive, report);
  } else {
    scanMessage(text, rules.messageScanner, rules.isActive, report);
  }
  return found;
}

/** The same, every line split off and lowercased, the subject looked at. */
function viaAllLines(text: string, rules: RuleSet, body = false): Found {
  const found: Found = [];
  const report = (hit: SignalHit, line: MessageLine) =>
    found.push([hit.signal, line.text]);
  const list = body ? rules.bodyRules : rules.messageRules;
  scanLines(contentLines(text), list, rules.isActive, report);
  const subject = subjectOf(text);
  if (!body && subject && rules.subjectRules.length > 0) {
    const line = { text: subject, lower: subject.toLowerCase() };
    scanLines([line], rules.subjectRules, rules.isActive, report);
  }
  return found;
}

// ------------------------------------------------------------- generator

/** Small deterministic PRNG, so a failure can be replayed. */
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

const FRAGMENTS = [
  'Co-authored-by: Claude <noreply@anthropic.com>',
  'CO-AUTHORED-BY: COPILOT <175728472+COPILOT@USERS.NOREPLY.GITHUB.COM>',
  'Co-authored-by: Cursor Agent <cursoragent@cursor.com>',
  'co-authored-by: Ada <ada@example.com>',
  '🤖 Generated with [Claude Code](https://claude.com/claude-code)',
  'Generated with Claude Code',
  'Claude-Session: https://claude.ai/code/session_1',
  'Copilot-Session: 12',
  'Made-with: Cursor',
  'https://chatgpt.com/codex/tasks/task_e_1',
  'Amp-Thread: T-1',
  'Assisted-by: Crush:gpt-5',
  '💘 Generated with Crush',
  'Replit-Commit-Author: Agent',
  'Generated with Codebuff',
  'Generated by Devin',
  'Link to Devin run: https://app.devin.ai/sessions/1',
  'Assisted-by: Claude:claude-opus-4-6',
  'Assisted-by: Jean-Claude Dupont',
  'Generated-by: ChatGPT',
  'AI-used-for: tests',
  'Assisted-by: Claude Fable 5',
  'Co-authored-by-AI: Kimi K2.5',
  'AI-Tool: none',
  'Entire-Checkpoint: 0e6b66910244',
  'Agent-Logs-Url: https://github.com/o/r/sessions/1',
  'Thread: https://ampcode.com/threads/T-019c',
  '🤖 Generated with [Zorp](https://zorp.dev)',
  'Co-authored-by: Zorp <noreply@zorp.dev>',
  '## AI Disclosure',
  'AI-assisted.',
  'No AI was used.',
  'Signed-off-by: Ada <ada@example.com>',
  'aider: fix the parser',
  '- [x] This contribution was assisted by Generative AI tools',
  '- [ ] I used Copilot',
  '* [X] Written with the help of ChatGPT',
  'Reviewed-by: Ada <ada@example.com>',
  'fix the parser',
  'refactor cache handling',
  'claude',
  'CLAUDE',
  'ClAuDe',
  'authored',
  'AUTHORED',
  'devin',
  'cursor',
  '[',
  'Co-',
  'authored-by',
  '-by:',
  // characters whose case mapping is special, and U+FFFD from bad bytes
  '\u212a',
  '\u0130',
  '\u017f',
  '\u03a3',
  '\ufffd',
  'A\u0130DER: x',
  'AİD\u212aR',
  'wor\u212a',
  'Claude Paroz',
  '>',
  '> Co-authored-by: Claude <noreply@anthropic.com>',
  '  ',
  '\t',
  '\u00a0',
  '\ufeff',
  '\u2028',
  'é',
  '漢字',
];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\r\n', '\n\r'];

function randomMessage(rnd: () => number): string {
  const parts: string[] = [];
  const n = Math.floor(rnd() * 14);
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (r < 0.35) {
      parts.push(BREAKS[Math.floor(rnd() * BREAKS.length)]);
    } else if (r < 0.45) {
      // a fragment cut in two by a line break: needles split across lines
      const f = FRAGMENTS[Math.floor(rnd() * FRAGMENTS.length)];
      const at = Math.floor(rnd() * (f.length + 1));
      parts.push(f.slice(0, at), rnd() < 0.5 ? '\r\n' : '\n', f.slice(at));
    } else {
      parts.push(FRAGMENTS[Math.floor(rnd() * FRAGMENTS.length)]);
      if (rnd() < 0.5) parts.push(' ');
    }
  }
  return parts.join('');
}

const IDENTITIES: Identity[] = [
  { name: 'Ada Lovelace', email: 'ada@example.com', login: 'ada' },
  { name: 'Claude', email: 'noreply@anthropic.com' },
  { name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com' },
  { login: 'copilot', type: 'Bot', id: 198982749 },
  { login: 'Copilot', type: 'Bot' },
  { login: 'copilot', type: 'User' },
  { name: 'Ada Lovelace (aider)', email: 'ada@example.com' },
  { name: 'Ada Lovelace (aider)', email: 'ada@example.com', login: 'ada' },
  { name: 'dependabot[bot]', email: 'support@github.com' },
  { login: 'renovate[bot]' },
  { name: 'Ada', email: '' },
  { name: '', email: 'ada@example.com' },
  { name: 'Ada', email: 'ada@example.com', login: '' },
  { name: 'Ada', email: 'ada@example.com', type: 'Bot' },
  { name: 'Ada', email: 'ada@example.com', id: 0 },
  { name: 'Ada', email: 'ada@example.com', id: -0 },
  { name: 'Ada', email: 'ada@example.com', id: 209825114 },
  { name: 'Ada', email: 'ada@example.com', id: 209825114, type: 'Bot' },
  { name: 'ada@example.com' },
  { email: 'Ada' },
  { login: 'ada@example.com' },
  { name: 'Jos\ufffd', email: 'jose@example.com' },
  { name: 'Windsurf Bot', email: 'bot@windsurf.dev' },
  { name: 'A', email: 'B' },
  { name: 'AB', email: '' },
  { name: '', email: 'AB' },
];

const CONFIGS: Array<[string, DetectionConfig | undefined]> = [
  ['default', undefined],
  [
    'custom signals (a message pattern runs on every line)',
    {
      signals: [
        {
          id: 'windsurf',
          messagePattern: '^windsurf',
          identityPattern: 'windsurf',
        },
        { id: 'kelvin', identityPattern: '\u212a' },
      ],
    },
  ],
  [
    'some signals off',
    { disabledSignals: ['claude-coauthor', 'assisted-by', 'aider-subject'] },
  ],
  ['low threshold, no labels', { threshold: 'low', labels: [] }],
];

// ------------------------------------------------------------------ tests

describe('needlePattern', () => {
  it('relies on the only non-ASCII characters that lowercase to ASCII', () => {
    const found: string[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (/[\0-\x7f]/.test(String.fromCodePoint(cp).toLowerCase())) {
        found.push(cp.toString(16));
      }
    }
    expect(found).toEqual(['130', '212a']);
    expect('\u0130'.toLowerCase()).toBe('i\u0307');
    expect('\u212a'.toLowerCase()).toBe('k');
  });

  it('matches exactly where a lowercased line contains a needle', () => {
    const needles = ['authored', 'ki', 'chatgpt.com/codex', '[', 'a-i'];
    const pattern = needlePattern(needles)!;
    const lowercased = (text: string) =>
      needles.some(n => text.toLowerCase().includes(n));
    const samples = [
      'AUTHORED',
      'AuThOrEd',
      'authore',
      'auth\u212aored',
      '\u212ai',
      'K\u0130',
      'k\u0130x',
      'ChatGPT.com/Codex',
      'chatgpt_com/codex',
      'chatgptxcom/codex',
      '[',
      'A-I',
      'A-\u0130',
      'a\u2010i',
      '\u017fi',
      'plain text',
    ];
    for (const sample of samples) {
      expect([sample, pattern.test(sample)]).toEqual([
        sample,
        lowercased(sample),
      ]);
      pattern.lastIndex = 0;
    }
  });

  it('gives up on needles it cannot search for exactly', () => {
    expect(needlePattern([])).toBeUndefined();
    expect(needlePattern(['ok', ''])).toBeUndefined();
    expect(needlePattern(['caf\u00e9'])).toBeUndefined();
    expect(needlePattern(['two words'])).toBeUndefined();
  });

  it('has no prefilter for rules that run on every line', () => {
    const rules = compileRules(
      validateDetectionConfig({
        signals: [{ id: 'x', messagePattern: 'x' }],
      }),
    );
    expect(rules.messageScanner.prefilter).toBeUndefined();
    expect(rules.bodyScanner.prefilter).toBeUndefined();
    expect(lineScanner(rules.subjectRules).prefilter).toBeDefined();
  });
});

describe('scanText', () => {
  const rules = compileRules(validateDetectionConfig());

  it.each([
    [
      'a needle split across CRLF',
      'Fix\r\nCo-author\r\ned-by: Claude <noreply@anthropic.com>',
    ],
    [
      'a needle split across CR',
      'Fix\rCo-authored-by: Cla\rude <noreply@anthropic.com>',
    ],
    ['case variants', 'Fix\n\nco-AUTHORED-by: claude <NOREPLY@anthropic.COM>'],
    [
      'U+FFFD around the trailer',
      '\ufffd\n\ufffdCo-authored-by: Claude <noreply@anthropic.com>\ufffd',
    ],
    [
      'a quoted trailer',
      'Fix\n> Co-authored-by: Claude <noreply@anthropic.com>',
    ],
    ['an indented quote', 'Fix\n   > Generated with Claude Code'],
    ['two matches on one line', 'Generated with Claude Code, claude, CLAUDE'],
    [
      'the trailer on the last line without a break',
      'Co-authored-by: Claude <noreply@anthropic.com>',
    ],
    [
      'the trailer on the first line',
      'Co-authored-by: Claude <noreply@anthropic.com>\nFix',
    ],
    ['a Kelvin sign', 'Assisted-by: \u212aimi'],
    ['a dotted capital I', 'AIDER: x\nA\u0130DER: y\nAssisted-by: A\u0130'],
    ['the fallback rule after another match', 'Assisted-by: Crush:gpt-5'],
    [
      'non-breaking spaces and BOMs',
      '\u00a0\ufeffGenerated with Claude Code\u00a0',
    ],
    ['only line breaks', '\r\n\r\n\n\r'],
    ['an empty message', ''],
    ['an aider subject', 'aider: fix the parser\n\nbody'],
    ['an aider subject after blanks', '  AIDER:  fix\r\nbody'],
    ['aider only in the body', 'Fix\naider: fix the parser'],
    ['a quoted aider subject', '> aider: fix'],
    ['a subject split by CR', 'aid\rer: fix'],
    ['a dotted capital I in the subject', 'A\u0130DER: fix'],
  ])('finds the same as the line-by-line scan: %s', (_, message) => {
    expect(viaScanText(message, rules)).toEqual(viaAllLines(message, rules));
    expect(viaScanText(message, rules, true)).toEqual(
      viaAllLines(message, rules, true),
    );
  });

  it('handles messages that are not strings', () => {
    for (const message of [null, undefined, 42 as unknown as string]) {
      const found: string[] = [];
      scanMessage(message, rules.messageScanner, rules.isActive, hit =>
        found.push(hit.signal),
      );
      scanText(message, rules.bodyScanner, rules.isActive, hit =>
        found.push(hit.signal),
      );
      expect(found).toEqual([]);
    }
  });

  it('leaves the prefilter ready for the next message after a throw', () => {
    const scanner = rules.messageScanner;
    expect(() =>
      scanMessage('Generated with Claude Code', scanner, rules.isActive, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(scanner.prefilter!.lastIndex).toBe(0);
    expect(viaScanText('Generated with Claude Code', rules)).toEqual([
      ['claude-code-footer', 'Generated with Claude Code'],
    ]);
  });
});

describe.each(CONFIGS)('detection with %s', (_, config) => {
  const rnd = prng(20251123);
  const rules = compileRules(validateDetectionConfig(config));
  const detector = createDetector(config);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  // copies, so the cache is hit by equal identities in different objects
  const someone = () => (rnd() < 0.1 ? undefined : { ...pick(IDENTITIES) });

  it('finds what the line-by-line scan finds in generated messages', () => {
    for (let i = 0; i < 3000; i++) {
      const message = randomMessage(rnd);
      expect([message, viaScanText(message, rules)]).toEqual([
        message,
        viaAllLines(message, rules),
      ]);
      expect([message, viaScanText(message, rules, true)]).toEqual([
        message,
        viaAllLines(message, rules, true),
      ]);
    }
  });

  it('detects commits and changes as without the prefilter and the cache', () => {
    for (let i = 0; i < 1500; i++) {
      const commits = Array.from({ length: Math.floor(rnd() * 3) }, () =>
        commit(randomMessage(rnd), {
          author: someone() as Identity,
          committer: someone(),
        }),
      );
      const ch = change({
        kind: pick(['pull_request', 'direct_push', 'merge_request'] as const),
        author: someone() as Identity,
        body: rnd() < 0.5 ? randomMessage(rnd) : undefined,
        labels: rnd() < 0.2 ? ['AI-assisted'] : [],
        headRef: rnd() < 0.2 ? 'copilot/fix' : 'fix',
        commits,
        mergeCommit:
          rnd() < 0.3
            ? commits[0] ?? commit(randomMessage(rnd), { author: someone()! })
            : undefined,
      });
      expect(detector.detect(ch)).toEqual(referenceDetect(ch, rules));
      for (const c of commits) {
        const out = new EvidenceList();
        referenceCommit(c, rules, out);
        expect(detector.detectCommit(c)).toEqual(
          summarise(out.items, rules.threshold),
        );
      }
    }
  });
});

describe('identity cache', () => {
  const detector = createDetector({
    signals: [{ id: 'bot-name', identityPattern: 'robot' }],
  });
  const detectAuthor = (author: Identity) =>
    detector
      .detectCommit(commit('Fix', { author, committer: undefined }))
      .evidence.map(e => `${e.signal} ${e.line}`);

  it('tells apart identities whose fields only differ in where they split', () => {
    expect(detectAuthor({ name: 'Ro', email: 'bot@x.io' })).toEqual([]);
    expect(detectAuthor({ name: 'Robot', email: '@x.io' })).toEqual([
      'bot-name Robot <@x.io>',
    ]);
    expect(detectAuthor({ name: 'Ro', email: 'bot@x.io' })).toEqual([]);
  });

  it('tells apart missing and empty fields, and logins from names', () => {
    expect(detectAuthor({ login: 'claude[bot]' })).toEqual([
      'ai-bot claude[bot]',
    ]);
    expect(detectAuthor({ name: 'claude[bot]' })).toEqual([]);
    expect(detectAuthor({ login: 'copilot', type: 'Bot' })).toEqual([
      'ai-bot copilot',
    ]);
    expect(detectAuthor({ login: 'copilot', type: 'User' })).toEqual([]);
    expect(
      detectAuthor({ login: 'copilot', type: 'Bot', id: 175728472 }),
    ).toEqual(['copilot-coauthor copilot']);
  });

  it('sees a changed identity object afresh', () => {
    const author: Identity = { name: 'Ada', email: 'ada@example.com' };
    expect(detectAuthor(author)).toEqual([]);
    author.email = 'noreply@anthropic.com';
    expect(detectAuthor(author)).toEqual([
      'claude-coauthor Ada <noreply@anthropic.com>',
    ]);
  });

  it('still skips the messages of dependency bots, cached or not', () => {
    const message =
      'Bump x\n\nCo-authored-by: Claude <noreply@anthropic.com>\n\nSigned-off-by: bot';
    const bot = { name: 'dependabot[bot]', email: 'support@github.com' };
    for (let i = 0; i < 2; i++) {
      expect(
        detector.detectCommit(commit(message, { author: { ...bot } })).evidence,
      ).toEqual([]);
    }
    const odd = { name: 'renovate', id: '12' } as unknown as Identity;
    expect(
      detector.detectCommit(commit(message, { author: odd })).evidence,
    ).toEqual([]);
  });

  it('stays bounded', () => {
    for (let i = 0; i < 12000; i++) {
      detectAuthor({ name: `Person ${i}`, email: `p${i}@example.com` });
    }
    expect(detectAuthor({ name: 'Robot', email: 'r@x.io' })).toEqual([
      'bot-name Robot <r@x.io>',
    ]);
  });
});

describe('MessageLine shape', () => {
  it('hands rules trimmed lines with their lowercase', () => {
    const rules = compileRules(validateDetectionConfig());
    const seen: MessageLine[] = [];
    scanMessage(
      '  x\n\tGenerated with CLAUDE Code \r\n',
      rules.messageScanner,
      () => true,
      (_, line) => seen.push(line),
    );
    expect(seen).toEqual([
      {
        text: 'Generated with CLAUDE Code',
        lower: 'generated with claude code',
      },
    ]);
  });
});

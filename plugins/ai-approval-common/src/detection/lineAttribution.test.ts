import { commit } from '../testing/builders';
import { createDetector } from './createDetector';
import { aiLineShare, parseLineAttribution } from './lineAttribution';

/**
 * The note git-ai wrote for commit 3ea5d86 of chaoss/disclosure
 * ("Detect AI contribution records in git-notes"), under refs/notes/ai;
 * the commit adds 459 lines (`git show --numstat`).
 */
const CHAOSS_NOTE = [
  'detection/gitnotes/gitnotes_test.go',
  '  7efc9ced6547e576 1-196',
  'gitops/gitops.go',
  '  7efc9ced6547e576 5,19,22-23,29-30,46,120,130-192,220',
  'cmd/cmd.go',
  '  7efc9ced6547e576 11,32',
  'detection/detection.go',
  '  7efc9ced6547e576 39',
  'scan/scan_test.go',
  '  7efc9ced6547e576 5,13,24,182-274',
  'detection/gitnotes/gitnotes.go',
  '  7efc9ced6547e576 1-91',
  'scan/scan.go',
  '  7efc9ced6547e576 69',
  '---',
  JSON.stringify(
    {
      schema_version: 'authorship/3.0.0',
      git_ai_version: '1.1.15',
      base_commit_sha: '3ea5d86f81b466703174dc9ecfcbe0223df2b7f7',
      prompts: {
        '7efc9ced6547e576': {
          agent_id: {
            tool: 'claude',
            id: '55103ecc-2365-4098-b62b-44e95c57ef90',
            model: 'claude-opus-4-6',
          },
          human_author: 'Andrew Nesbitt <andrewnez@gmail.com>',
          total_additions: 0,
          total_deletions: 0,
          accepted_lines: 459,
          overriden_lines: 0,
        },
      },
    },
    null,
    2,
  ),
].join('\n');

/** The sessions + known-human example of git-ai's standard, section 1.2.5. */
const SESSIONS_NOTE = [
  'src/main.rs',
  '  s_c9883b05a2487d::t_9f8e7d6c5b4a32 1-10,15-20',
  '  s_c9883b05a2487d::t_a1b2c3d4e5f678 25,30-35',
  '  h_31dce776f88375 42-50',
  'src/lib.rs',
  '  s_e7f2a90b31cc48::t_deadbeef012345 1-50',
  '---',
  JSON.stringify({
    schema_version: 'authorship/3.0.0',
    base_commit_sha: '7734793b756b3921c88db5375a8c156e9532447b',
    prompts: {},
    humans: { h_31dce776f88375: { author: 'Developer <dev@example.com>' } },
    sessions: {
      s_c9883b05a2487d: {
        agent_id: { tool: 'cursor', id: 'x', model: 'claude-sonnet-4-5' },
      },
      s_e7f2a90b31cc48: {
        agent_id: { tool: 'claude', id: 'y', model: 'claude-sonnet-4-5' },
      },
    },
  }),
].join('\n');

/** The example record of cursor/agent-trace README.md, section 6.2, plus a person's range. */
const AGENT_TRACE = JSON.stringify({
  version: '0.1.0',
  id: '550e8400-e29b-41d4-a716-446655440000',
  timestamp: '2026-01-23T14:30:00Z',
  vcs: { type: 'git', revision: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0' },
  tool: { name: 'cursor', version: '2.4.0' },
  files: [
    {
      path: 'src/utils/parser.ts',
      conversations: [
        {
          url: 'https://api.cursor.com/v1/conversations/12345',
          contributor: {
            type: 'ai',
            model_id: 'anthropic/claude-opus-4-5-20251101',
          },
          ranges: [{ start_line: 42, end_line: 67 }],
        },
        {
          contributor: { type: 'human' },
          ranges: [
            { start_line: 1, end_line: 10 },
            // a range may override its conversation's contributor
            {
              start_line: 70,
              end_line: 73,
              contributor: { type: 'ai', model_id: 'openai/gpt-4o' },
            },
          ],
        },
      ],
    },
  ],
});

describe('parseLineAttribution', () => {
  it('reads a real git-ai authorship log (legacy prompt keys)', () => {
    expect(parseLineAttribution(CHAOSS_NOTE)).toEqual({
      format: 'git-ai',
      tools: ['claude'],
      models: ['claude-opus-4-6'],
      aiLines: 459,
      attributedLines: 459,
      coversHumans: false,
    });
  });

  it('reads session keys and known-human keys', () => {
    expect(parseLineAttribution(SESSIONS_NOTE)).toEqual({
      format: 'git-ai',
      tools: ['cursor', 'claude'],
      models: ['claude-sonnet-4-5'],
      aiLines: 16 + 7 + 50,
      attributedLines: 16 + 7 + 50 + 9,
      coversHumans: true,
    });
  });

  it('reads an Agent Trace record, and one record a line', () => {
    const expected = {
      format: 'agent-trace',
      tools: ['cursor'],
      models: ['anthropic/claude-opus-4-5-20251101', 'openai/gpt-4o'],
      aiLines: 26 + 4,
      attributedLines: 26 + 10 + 4,
      coversHumans: true,
    };
    expect(parseLineAttribution(AGENT_TRACE)).toEqual(expected);
    expect(parseLineAttribution(`${AGENT_TRACE}\n${AGENT_TRACE}\n`)).toEqual({
      ...expected,
      aiLines: 60,
      attributedLines: 80,
    });
  });

  it.each([
    ['no note', undefined],
    ['an empty note', '  \n'],
    ['a note of another tool', 'Reviewed on the phone; ship it'],
    ['no divider', 'src/a.ts\n  abcd 1-3'],
    ['JSON that is no authorship log', 'a\n---\n{"schema_version":"x/1"}'],
    ['broken JSON', 'a\n---\n{"schema_'],
    ['JSON that is no trace', '{"files": "none"}'],
  ])('is no record for %s', (_, note) => {
    expect(parseLineAttribution(note)).toBeUndefined();
  });
});

describe('aiLineShare', () => {
  const record = parseLineAttribution(CHAOSS_NOTE)!;

  it('is the AI lines over the lines the commit adds', () => {
    expect(aiLineShare(record, 459)).toBe(1);
    expect(aiLineShare(record, 918)).toBe(0.5);
  });

  it('is over the attributed lines when people are attributed too', () => {
    const trace = parseLineAttribution(AGENT_TRACE)!;
    expect(aiLineShare(trace, undefined)).toBe(30 / 40);
  });

  it('is unknown for an AI-only log without the added lines', () => {
    expect(aiLineShare(record, undefined)).toBeUndefined();
  });
});

describe('line attribution as evidence', () => {
  const detector = createDetector();

  it('shows the tool, the model and the share of AI lines', () => {
    const c = commit('Detect AI contribution records in git-notes', {
      aiNote: CHAOSS_NOTE,
      linesAdded: 459,
    });
    expect(detector.detectCommit(c)).toEqual({
      aiAssisted: true,
      confidence: 'high',
      evidence: [
        {
          signal: 'ai-line-attribution',
          tool: 'Claude',
          source: 'commit_note',
          commitSha: c.sha,
          line: 'git-ai: claude (claude-opus-4-6), 459 AI lines of 459 added (100%)',
          confidence: 'high',
          aiLineShare: 1,
        },
      ],
    });
  });

  it('says nothing for a note that attributes no line to AI', () => {
    const human = CHAOSS_NOTE.replace(
      / {2}7efc9ced6547e576/g,
      '  h_31dce776f88375',
    );
    expect(
      detector.detectCommit(commit('Fix', { aiNote: human })).evidence,
    ).toEqual([]);
  });

  it('can be switched off', () => {
    const off = createDetector({ disabledSignals: ['ai-line-attribution'] });
    expect(
      off.detectCommit(commit('Fix', { aiNote: CHAOSS_NOTE })).evidence,
    ).toEqual([]);
  });
});

import { change, commit } from '../testing/builders';
import { ChangeCommit, Identity } from '../types';
import { createDetector } from './createDetector';

/**
 * Things real histories are full of that must NOT count as AI-assisted.
 * Every row must produce no evidence at all.
 */
const detector = createDetector();

const person = (name: string, email: string): Identity => ({ name, email });

const commitTraps: Array<[string, ChangeCommit]> = [
  [
    'Assisted-by naming a person with an e-mail',
    commit(
      'Fix memory leak in parser\n\nAssisted-by: Jane Doe <jane@example.org>',
    ),
  ],
  [
    'Assisted-by naming a person called Claude, with e-mail',
    commit(
      'Fix i18n of dates\n\nAssisted-by: Claude Paroz <claude@2xlibre.net>',
    ),
  ],
  [
    'Assisted-by naming a person called Claude',
    commit('Fix typo\n\nAssisted-by: Claude Paroz'),
  ],
  [
    'Assisted-by naming Devin Smith',
    commit('Fix typo\n\nAssisted-by: Devin Smith'),
  ],
  [
    'Assisted-by naming Jean-Claude',
    commit('Fix typo\n\nAssisted-by: Jean-Claude Dupont'),
  ],
  ['Assisted-by naming Ai Kato', commit('Fix typo\n\nAssisted-by: Ai Kato')],
  [
    'author named Claude with own e-mail',
    commit('Fix admin filters', {
      author: person('Claude Paroz', 'claude@2xlibre.net'),
    }),
  ],
  [
    'co-author named Claude with own e-mail',
    commit(
      'Fix admin filters\n\nCo-authored-by: Claude Paroz <claude@2xlibre.net>',
    ),
  ],
  [
    'co-author named Cline',
    commit(
      'Add tests\n\nCo-authored-by: Cline Harris <cline.harris@example.com>',
    ),
  ],
  [
    'author named Devin',
    commit('Bump version', {
      author: person('Devin Jones', 'devin@jones.dev'),
    }),
  ],
  [
    'co-author named Jules',
    commit('Docs\n\nCo-authored-by: Jules Kim <jules@kim.io>'),
  ],
  [
    'author named Cody',
    commit('Refactor', { author: person('Cody Allen', 'cody@allen.io') }),
  ],
  [
    'co-author named Claudia',
    commit('Docs\n\nCo-authored-by: Claudia Rossi <claudia@rossi.it>'),
  ],
  [
    'author Pit-Claudel',
    commit('Fix proof', {
      author: person('Clément Pit-Claudel', 'clement.pit-claudel@epfl.ch'),
    }),
  ],
  [
    'tool words in prose',
    commit(
      'Move the cursor to the end and continue\n\nThe amp glyph was escaped twice (&amp;amp;);\nload codex entries lazily. Continue on error.',
    ),
  ],
  [
    'aider maintainer committing as himself from @aider.chat',
    commit('Update HISTORY.md', {
      author: person('Paul Gauthier', 'paul@aider.chat'),
    }),
  ],
  [
    'human co-author on an AI vendor domain',
    commit(
      'Fix tokenizer\n\nCo-authored-by: Paul Gauthier <paul@aider.chat>\nCo-authored-by: Jane Roe <jane@anthropic.com>\nCo-authored-by: Sam <sam@openai.com>',
    ),
  ],
  [
    'Reported by Copilot',
    commit('Fix null deref\n\nReported by Copilot in review.'),
  ],
  [
    'Reported-by: Copilot trailer',
    commit('Fix null deref\n\nReported-by: Copilot'),
  ],
  ['Found by CodeRabbit', commit('Fix off-by-one\n\nFound by CodeRabbit.')],
  [
    'Pointed out by Codex',
    commit('Fix race\n\nPointed out by Codex during review.'),
  ],
  ['Suggested-by: Copilot', commit('Rename variable\n\nSuggested-by: Copilot')],
  ['commit about Copilot auth', commit('Add Copilot auth to the proxy')],
  ['commit editing CLAUDE.md', commit('Update CLAUDE.md with test commands')],
  [
    'commit about the Claude Code footer',
    commit(
      'Strip the "Generated with [Claude Code]" footer\n\n"Generated with [Claude Code](https://claude.ai/code)" lines are removed by the hook.',
    ),
  ],
  [
    'prose mentioning a co-author line',
    commit(
      'We no longer add Co-authored-by: Copilot <copilot@github.com> lines',
    ),
  ],
  [
    'a list item about a co-author line',
    commit(
      'Clean up hooks\n\n- Remove the Co-authored-by: Claude <noreply@anthropic.com> line\n* Drop Assisted-by: Copilot from the template',
    ),
  ],
  [
    'Gemini on a person address, Jules on google.com',
    commit('Docs\n\nCo-authored-by: Gemini Rivera <gemini@rivera.dev>', {
      author: person('Jules Martin', 'jules@google.com'),
    }),
  ],
  [
    "an AI's name as a person's, on a noreply address",
    commit(
      'Docs\n\nCo-authored-by: Gemini Rivera <noreply@rivera.dev>\nCo-authored-by: Claude Paroz <noreply@example.com>\nCo-authored-by: Devin Jones\nCo-authored-by: Jane Doe',
    ),
  ],
  [
    'an AI name on a person address, a person in Co-developed-by',
    commit(
      'Fix race\n\nCo-authored-by: Qwen <qwen@example.org>\nCo-developed-by: Jane Doe <jane@example.org>',
    ),
  ],
  [
    'AI-Assisted: no, an unfilled template, AI-Tool: none',
    commit(
      'Fix race\n\nAI-Assisted: no\nAI-assisted: yes/no\nAI-Tool: none\nAI-Model: n/a',
    ),
  ],
  [
    'a Cursor page that is no agent run',
    commit(
      'Docs: link the editor\n\nSee https://cursor.com/agents for the docs and https://www.cursor.com/pricing',
    ),
  ],
  [
    'footers of generators that are no AI',
    commit(
      'Regenerate stubs\n\nGenerated with [protoc-gen-go](https://github.com/golang/protobuf)\nGenerated by [Django 4.2](https://www.djangoproject.com/)\n🤖 Generated with make',
    ),
  ],
  [
    'a line about an AI footer',
    commit(
      'Clean up template\n\n- Remove the 🤖 Generated with [Qwen Code](https://github.com/QwenLM/qwen-code) footer',
    ),
  ],
  [
    'quoted co-author line in a human commit',
    commit(
      'Revert "Add cache"\n\nAs the original message said:\n> Co-Authored-By: Claude <noreply@anthropic.com>\n>  🤖 Generated with [Claude Code](https://claude.ai/code)',
    ),
  ],
  [
    'dependabot quoting upstream release notes',
    commit(
      [
        'Bump actions/checkout from 4 to 5 (#1201)',
        '',
        'Bumps [actions/checkout](https://github.com/actions/checkout) from 4 to 5.',
        '- [Release notes](https://github.com/actions/checkout/releases)',
        '',
        'Release notes',
        "Sourced from actions/checkout's releases.",
        '',
        '    v5.0.0',
        "    What's Changed",
        '    Update to node 24 by @Copilot in actions/checkout#2226',
        '    Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>',
        '> Co-authored-by: Claude <noreply@anthropic.com>',
        'Made-with: Cursor',
        '',
        '---',
        'updated-dependencies:',
        '- dependency-name: actions/checkout',
        '',
        'Signed-off-by: dependabot[bot] <support@github.com>',
      ].join('\n'),
      {
        author: {
          name: 'dependabot[bot]',
          email: '49699333+dependabot[bot]@users.noreply.github.com',
        },
      },
    ),
  ],
  [
    'renovate commit with release notes',
    commit(
      'chore(deps): update dependency vitest to v3\n\n- feat: add reporter by @Copilot\n  Co-authored-by: Copilot <copilot@github.com>',
      {
        author: {
          name: 'renovate[bot]',
          email: '29139614+renovate[bot]@users.noreply.github.com',
        },
      },
    ),
  ],
  [
    'noreply domain alone is not a bot',
    commit('Fix', {
      author: person('Octo Cat', '583231+octocat@users.noreply.github.com'),
    }),
  ],
];

describe('traps that must not count', () => {
  it.each(commitTraps)('%s', (_, c) => {
    const result = detector.detectCommit(c);
    expect(result.evidence).toEqual([]);
    expect(result.aiAssisted).toBe(false);
    expect(result.confidence).toBe('none');
  });

  it.each([
    ['unticked checkbox', '- [ ] This PR was assisted by AI tools'],
    ['ticked denial', '- [x] No AI tools were used in this contribution'],
    ['ticked denial (without)', '- [x] Written without AI assistance'],
    ['ticked policy acknowledgement', '- [x] I have read the AI usage policy'],
    [
      '@Copilot in prose',
      'Thanks @Copilot for the review! Reported by Copilot.',
    ],
    [
      'quoted checkbox',
      '> - [x] This contribution was assisted by Generative AI tools',
    ],
  ])('PR body: %s', (_, body) => {
    expect(detector.detect(change({ body })).evidence).toEqual([]);
  });

  it('dependency bot PR body with release notes', () => {
    const body =
      'Bumps vitest.\n\nCo-authored-by: Copilot <copilot@github.com>\n- [x] This PR was generated with Copilot help';
    const result = detector.detect(
      change({ author: { login: 'renovate[bot]', type: 'Bot' }, body }),
    );
    expect(result.evidence).toEqual([]);
  });

  it('a human whose login is a tool name is not a bot', () => {
    for (const login of ['claude', 'devin', 'cursor', 'copilot']) {
      expect(
        detector.detect(change({ author: { login, type: 'User' } })).evidence,
      ).toEqual([]);
    }
  });

  it('labels that merely mention AI do not count', () => {
    expect(
      detector.detect(change({ labels: ['ai', 'area/ai-platform', 'copilot'] }))
        .evidence,
    ).toEqual([]);
  });

  it('a branch equal to a prefix word but not under it does not count', () => {
    expect(
      detector.detect(change({ headRef: 'cursor-blink-fix' })).evidence,
    ).toEqual([]);
  });
});

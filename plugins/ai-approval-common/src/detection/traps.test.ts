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
    'prose that a tool helped look into something (astral-sh/ruff aa5b04ad92)',
    commit(
      '[ty] Support different inference settings (#27152)\n\nI had codex look into the CodSpeed reported memory regression. The\nreason is that `Program` now being interned.',
    ),
  ],
  [
    'an AI review mentioned in prose (astral-sh/ruff b087bfd747)',
    commit(
      '[ty] Model walrus bindings (#26466)\n\nThis section articulates cases that\ncame up in Codex review but were explicitly rejected as out-of-scope.',
    ),
  ],
  [
    "a feature built with an AI vendor's API",
    commit(
      'Add summaries\n\nBuilt with the OpenAI API: the summary endpoint calls GPT-4o.',
    ),
  ],
  [
    'a statement that no AI wrote the change',
    commit(
      'Fix parser\n\nWritten by hand, not with Claude Code or any AI tool.',
    ),
  ],
  [
    'a goroutine trace in a bug fix',
    commit(
      'Fix shell leak\n\npanic: send on closed channel\n\ncreated by github.com/charmbracelet/crush/internal/shell.(*BackgroundShellManager).Start in goroutine 28',
    ),
  ],
  [
    "a person writing from an AI company's .ai domain",
    commit('Fix docs', { author: person('Jane Doe', 'jane@perfloop.ai') }),
  ],
  [
    "a person's name on an agent mailbox of an .ai domain",
    commit('Fix docs', { author: person('Jane Doe', 'agent@perfloop.ai') }),
  ],
  [
    'a CI build agent off the .ai domain',
    commit('Release 1.2', {
      author: person('Build Agent', 'agent@ci.example.com'),
    }),
  ],
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
      'Fix race\n\nCo-authored-by: Qwen <qwen@zhang.dev>\nCo-developed-by: Jane Doe <jane@example.org>',
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
  // people named like tools and models
  [
    'Assisted-by naming people called like tools and models',
    commit(
      'Fix parser\n\nAssisted-by: Claude Monet\nAssisted-by: Kimi Räikkönen\nAssisted-by: Trae Young\nAssisted-by: Ernie Els\nAssisted-by: Junie Moon\nAssisted-by: Devin Booker',
    ),
  ],
  [
    'authors and co-authors named like tools, on their own addresses',
    commit(
      'Docs\n\nCo-authored-by: Kimi Lee <kimi@lee.dev>\nCo-authored-by: Trae Young <trae@young.dev>\nCo-authored-by: Goose Martin <goose@martin.dev>',
      { author: person('Ernie Banks', 'ernie@banks.dev') },
    ),
  ],
  [
    'a version beside a person or a build tool is no model',
    commit(
      'Bump docs\n\nAssisted-by: Python 3.12\nGenerated-by: Sphinx 7.2.6\nCo-authored-by: Jane Doe 2 <jane@example.com>',
    ),
  ],
  // a vendor's staff on the vendor's domain
  [
    "an AI vendor's staff committing from the vendor's domain",
    commit(
      'Fix release script\n\nCo-authored-by: Boris Cherny <boris@anthropic.com>\nCo-authored-by: Max Paulus <max@cline.bot>\nCo-authored-by: Xingyao Wang <xingyao@all-hands.dev>',
      { author: person('Matt Rubens', 'mrubens@roocode.com') },
    ),
  ],
  [
    'a GitHub employee on github.com, a Google engineer on google.com',
    commit('Add toolset', {
      author: person('Sam Morrow', 'sammorrowdrums@github.com'),
      committer: person('Bryan Morgan', 'bryanmorgan@google.com'),
    }),
  ],
  // footers of build tools
  [
    'Generated with a build tool: protoc, Sphinx, Javadoc, Doxygen',
    commit(
      'Regenerate docs\n\nGenerated with [protoc](https://protobuf.dev)\nGenerated by [Sphinx](https://www.sphinx-doc.org/) using a theme\n🤖 Generated with javadoc\nGenerated by Doxygen 1.9.8',
    ),
  ],
  [
    'a build footer and a co-author naming the same build tool',
    commit(
      'Regenerate\n\n🤖 Generated with [Sphinx](https://www.sphinx-doc.org/)\nCo-authored-by: Sphinx <sphinx@example.org>',
    ),
  ],
  [
    'a CI footer and the CI bot as co-author',
    commit(
      'Update snapshots\n\n🤖 Generated with [GitHub Actions](https://github.com/features/actions)\nCo-authored-by: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    ),
  ],
  [
    "Renovate's own footer and co-author",
    commit(
      'Update x\n\nThis PR was generated by [Mend Renovate](https://mend.io/renovate/).\n🤖 Generated with [Renovate Bot](https://github.com/renovatebot/renovate)\nCo-authored-by: Renovate Bot <bot@renovateapp.com>',
    ),
  ],
  // dependency bots
  [
    'dependabot whose release notes end the message',
    commit(
      'Bump x from 1 to 2\n\nRelease notes\n    Update to node 24 by @Copilot\n    Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>\n  Assisted-by: Claude Code',
      {
        author: {
          name: 'dependabot[bot]',
          email: '49699333+dependabot[bot]@users.noreply.github.com',
        },
      },
    ),
  ],
  // automation that is no AI
  [
    'release and CI bots, also with AI words in their names',
    commit('Changelog for v0.57.0-preview.0 (#28918)', {
      author: person('gemini-cli-robot', 'gemini-cli-robot@google.com'),
      committer: person(
        'ghostty-vouch[bot]',
        '262049992+ghostty-vouch[bot]@users.noreply.github.com',
      ),
    }),
  ],
  [
    'a changeset bot and the deployment bot',
    commit(
      'Changeset version bump (#3660)\n\nCo-authored-by: Vercel <vercel[bot]@users.noreply.github.com>\nCo-authored-by: pre-commit-ci[bot] <66853113+pre-commit-ci[bot]@users.noreply.github.com>',
      {
        author: person('R00-B0T', '110429663+R00-B0T@users.noreply.github.com'),
      },
    ),
  ],
  // links to AI tools in documentation
  [
    'links to AI tools in a documentation commit',
    commit(
      'docs: list the supported agents\n\nhttps://claude.ai/code\nhttps://ampcode.com\nSee https://opencode.ai/docs/plugin and https://docs.all-hands.dev/modules/usage\n- [Jules](https://jules.google.com)\nClaude-Session: how to link a session',
    ),
  ],
  [
    'session-like trailers of tools that are no AI',
    commit(
      'Fix flaky test\n\nJira-Task: ABC-123\nTest-Run: 20251201-4\nChange-Id: I8f7e6d5c4b3a2910\nReplit-Commit-Author: User\nReplit-Commit-Session-Id: 8d8f4e4c-4fdd-4573-a646-04c92d578f8d',
    ),
  ],
  [
    'an AI disclosure section that denies AI use',
    commit(
      'Fix tabs\n\n## AI Disclosure\n\nNo AI was used in this pr.\n\n## AI Usage\n\nNone.',
    ),
  ],
  [
    'the word Entire in prose, Co-authored-by-AI left empty',
    commit(
      'Entire file reformatted\n\nEntire: yes\nCo-authored-by-AI: none\nAI-Agent: <tool>',
    ),
  ],
  [
    'a commit about a trailer format, with examples under a colon',
    commit(
      "fix: properly follow the `Assisted-by` header spec (#2871)\n\nAccording to the SPEC it should be:\n\n    Assisted-by: AGENT_NAME:MODEL_VERSION\n\nSo now it'll look like this:\n\n    Assisted-by: Crush:kimi-k2.6\n\tCo-authored-by: Claude <noreply@anthropic.com>\n\nSee:\n\nhttps://docs.kernel.org/process/coding-assistants.html#attribution",
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

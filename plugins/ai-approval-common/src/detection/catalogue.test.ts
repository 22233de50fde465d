/**
 * The catalogue of what AI tools write, each row with the public source it
 * was checked against: a commit of a public history (its URL), a file of a
 * public repository (repo and path), or a documentation page. When a tool
 * changes what it writes, the row says where to look again.
 */
import { change, commit } from '../testing/builders';
import { ChangeCommit, Identity } from '../types';
import { createDetector } from './createDetector';
import { builtInSignal } from './signals';

const detector = createDetector();

const CHAOSS =
  'chaoss/disclosure detection/constants.go (90877f4788ed128db252a9f0750bbdb6037cf48d)';
const commitAt = (repo: string, sha: string) =>
  `https://github.com/${repo}/commit/${sha}`;

const who = (name: string, email: string): Identity => ({ name, email });

interface Row {
  /** what the row shows */
  what: string;
  commit: ChangeCommit;
  signal: string;
  tool?: string;
  /** when not the signal's own (a disclosure naming no tool says less) */
  confidence?: 'medium';
  source: string;
}

const rows: Row[] = [
  // ------------------------------------------------------- conventions
  {
    what: 'footer and co-author of termai, a tool the detector of 2025 did not know',
    commit: commit(
      'Add config\n\n🤖 Generated with termai\nCo-Authored-By: termai <noreply@termai.io>',
    ),
    signal: 'ai-footer',
    tool: 'termai',
    source: commitAt(
      'charmbracelet/crush',
      '64199736677a8ed303291c763975d484ac8f7e99',
    ),
  },
  {
    what: 'a linked footer and a co-author of a tool nobody listed',
    commit: commit(
      'Add retries\n\n🤖 Generated with [Zorp Agent](https://zorp.example)\n\nCo-Authored-By: Zorp Agent <bot@zorp.example>',
    ),
    signal: 'agent-signature',
    tool: 'Zorp Agent',
    source: `the Claude Code pair the tools copy: ${commitAt(
      'git-ai-project/git-ai',
      'b8bbdb69c758e1ad6b503bac7428696693a77c0b',
    )}`,
  },
  {
    what: 'the Firebender footer and co-author',
    commit: commit(
      'Fix hooks\n\n🤖 Generated with [Firebender](https://firebender.com)\n\nCo-Authored-By: Firebender <help@firebender.com>',
    ),
    signal: 'ai-footer',
    tool: 'Firebender',
    source: commitAt(
      'git-ai-project/git-ai',
      'b8bbdb69c758e1ad6b503bac7428696693a77c0b',
    ),
  },
  {
    what: 'a model name in Assisted-by (a family word with a version)',
    commit: commit('Fix TUI\n\nAssisted-by: Claude Fable 5'),
    signal: 'assisted-by',
    tool: 'Claude',
    source: commitAt(
      'charmbracelet/crush',
      'e6756c9a9d181c69a8a5471c882efe7088b2faf6',
    ),
  },
  {
    what: 'a model name in Assisted-by, Ansible policy examples',
    commit: commit('Fix module\n\nAssisted-by: Opus 4.6'),
    signal: 'assisted-by',
    tool: 'Claude',
    source: 'https://github.com/ansible/ansible-documentation/pull/3588',
  },
  {
    what: 'the kernel form AGENT:MODEL with an agent nobody listed',
    commit: commit('Fix probe\n\nAssisted-by: Pi:claude-opus-4-7'),
    signal: 'assisted-by',
    tool: 'Pi',
    source:
      'https://docs.kernel.org/process/coding-assistants.html (Assisted-by: AGENT_NAME:MODEL_VERSION)',
  },
  {
    what: 'a model through an agent, GLM-5.1 via Crush',
    commit: commit(
      'Fix TUI\n\nAssisted-by: GLM-5.1 via Crush <crush@charm.land>',
    ),
    signal: 'assisted-by',
    source: commitAt(
      'charmbracelet/crush',
      '3446255daa028ba22505539dee6f6544f0faecbb',
    ),
  },
  {
    what: 'a model as co-author on a person-like address',
    commit: commit('Fix\n\nCo-authored-by: Kimi K2.5 <kimi@moonshot.example>'),
    signal: 'ai-named-coauthor',
    tool: 'Kimi',
    source: commitAt(
      'charmbracelet/crush',
      'e6756c9a9d181c69a8a5471c882efe7088b2faf6',
    ),
  },
  {
    what: 'a session trailer of Claude Code',
    commit: commit(
      'Fix\n\nClaude-Session: https://claude.ai/code/session_01VsciXLNzYReyZce1uAggjN',
    ),
    signal: 'claude-session',
    source: commitAt(
      'charmbracelet/crush',
      'bd232eabf151e1d081b2d4f5b955c9c683a63489',
    ),
  },
  {
    what: "the Copilot coding agent's session logs trailer",
    commit: commit(
      'Fix\n\nAgent-Logs-Url: https://github.com/github/github-mcp-server/sessions/49811f97-33b0-476c-8811-419dee2a5318',
    ),
    signal: 'session-link',
    source: commitAt(
      'github/github-mcp-server',
      '7fd6a92cef38f0ab4796bae53716f510d3d4c8b3',
    ),
  },
  {
    what: 'a <Tool>-Thread-ID trailer (Amp)',
    commit: commit(
      'gtk: honor suspended state\n\nAmp-Thread-ID: https://ampcode.com/threads/T-019fa965-aa5f-7099-85b4-a9679d2c8bd3',
    ),
    signal: 'amp-thread',
    source: commitAt(
      'ghostty-org/ghostty',
      '6c8c07981d7b4d7c6509323ffb1fe19f45e8af1c',
    ),
  },
  {
    what: 'a <Tool>-Session trailer of a tool without a rule of its own',
    commit: commit('Fix\n\nJules-Session: 1234567890123456'),
    signal: 'session-link',
    tool: 'Jules',
    source: `the Claude-Session / Copilot-Session convention: ${commitAt(
      'github/github-mcp-server',
      'a6b820741b6b60fbb9a758189327f1a067f74eaf',
    )}`,
  },
  {
    what: 'an Amp thread link on a line of its own',
    commit: commit(
      'apprt: unify focus\n\n## AI Disclosure\n\nThread:\nhttps://ampcode.com/threads/T-019cb9fe-b11b-753f-99e7-8ecc52b73ec4',
    ),
    signal: 'session-link',
    tool: 'Amp',
    source: commitAt(
      'ghostty-org/ghostty',
      'c3febabd286dfaa47c3d7d251ede22e8e382b6f3',
    ),
  },
  {
    what: 'a Claude Code session link on a line of its own',
    commit: commit(
      'Escape the env file\n\nhttps://claude.ai/code/session_014D4MsBUAjz2JhRvT72kbzK',
    ),
    signal: 'session-link',
    tool: 'Claude Code',
    source: commitAt(
      'entireio/cli',
      '31fa2da171f9e177034002b81fe1e555db498001',
    ),
  },
  {
    what: 'an Open Agents session link in a Markdown link',
    commit: commit(
      'feat: co-author trailer\n\n[Chat](https://open-agents.dev/sessions/BxSF44tkv4M2EswXECHZd/chats/53QqYi-0A84hBJ55z-eIH)',
    ),
    signal: 'session-link',
    tool: 'Open Agents',
    source: 'https://github.com/vercel-labs/open-agents/pull/726',
  },
  {
    what: 'an AI Disclosure section saying AI was used',
    commit: commit(
      'Fix tabs\n\n## AI Disclosure\n\nThis pull request was made with assistance from Claude Code.\nI reviewed all AI-generated code.',
    ),
    signal: 'ai-disclosure-section',
    tool: 'Claude Code',
    source: commitAt(
      'ghostty-org/ghostty',
      '4827c7f53a2fecca55c18ea4eddcfb09f9f29a97',
    ),
  },
  {
    what: 'an AI Disclosure section saying an AI implemented it',
    commit: commit(
      "macOS: mark interpolations as public (#12877)\n\n### AI Disclosure\n\nClaude implemented it. I'm fully aware of and confident about the change.",
    ),
    signal: 'ai-disclosure-section',
    tool: 'Claude',
    source: commitAt(
      'ghostty-org/ghostty',
      'b81670f3f439eff8df615257ff70d9ef39e60065',
    ),
  },
  {
    what: 'an AI Disclosure section that only says "AI-assisted."',
    commit: commit('Fix focus\n\n## AI Disclosure\n\nAI-assisted.'),
    signal: 'ai-disclosure-section',
    source: commitAt(
      'ghostty-org/ghostty',
      'c3febabd286dfaa47c3d7d251ede22e8e382b6f3',
    ),
  },
  {
    what: 'a paragraph that opens by disclosing AI assistance, naming the tool',
    commit: commit(
      '[ty] Improve importer performance (#27159)\n\nSigned-off-by: Perfloop Agent <agent@perfloop.ai>\n\n---\n\nDeveloped with AI assistance (Claude Code); I reviewed the change and\ncan speak to it.',
    ),
    signal: 'ai-disclosure-statement',
    tool: 'Claude Code',
    confidence: 'medium',
    source: commitAt(
      'astral-sh/ruff',
      '8fbdca7abde4ba992c63854ed0a433c2af0eda0c',
    ),
  },
  {
    what: 'a pull request that says an AI system generated it',
    commit: commit(
      '[`pylint`] Avoid flattening nested `min`/`max` (#16885)\n\n## Summary\n\nFixes false positives in `nested-min-max`.\n\nThis PR was generated by an AI system in collaboration with maintainers:\n@amyreese',
    ),
    signal: 'ai-disclosure-statement',
    confidence: 'medium',
    source: commitAt(
      'astral-sh/ruff',
      '5b3a501fae31df73c78e264e074fa0121e65c3f5',
    ),
  },
  {
    what: 'a closing line that Claude Code was the coding partner',
    commit: commit(
      'address review: add 15th conformance contract\n\n- Add contract 15\n\nDeveloped with Claude Code as a coding partner',
    ),
    signal: 'ai-disclosure-statement',
    tool: 'Claude Code',
    confidence: 'medium',
    source: commitAt(
      'anthropics/claude-agent-sdk-python',
      'ca00dac6ba6b46cf38519e16d853f3029345c907',
    ),
  },
  {
    what: "an agent's own mailbox at its company's .ai domain as the author",
    commit: commit(
      '[ty] Improve importer performance (#27159)\n\nSigned-off-by: Perfloop Agent <agent@perfloop.ai>',
      { author: who('Perfloop Agent', 'agent@perfloop.ai') },
    ),
    signal: 'agent-coauthor',
    tool: 'Perfloop',
    source: commitAt(
      'astral-sh/ruff',
      '660edc07a908a8faa92cfa50a940ac4276b707f5',
    ),
  },
  {
    what: 'an agent co-author on a dependency bot commit (agent fixing the bot PR)',
    commit: commit(
      'Bump x from 1 to 2 (#7)\n\nBumps x.\n\n---\nupdated-dependencies:\n- dependency-name: x\n\nSigned-off-by: dependabot[bot] <support@github.com>\nCo-authored-by: copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>',
      {
        author: who(
          'dependabot[bot]',
          '49699333+dependabot[bot]@users.noreply.github.com',
        ),
      },
    ),
    signal: 'copilot-agent',
    source:
      'Copilot assigned to fix Dependabot PRs: https://github.com/saltstack/salt/pull/69390, https://github.com/nuxeo/nuxeo-elements/pull/1425',
  },
  {
    what: 'a co-author in the indented message of a nested squash',
    commit: commit(
      'Marketplace (#4538)\n\n* Add marketplace\n\n    * Fix tests\n    \n    Co-authored-by: ellipsis-dev[bot] <65095814+ellipsis-dev[bot]@users.noreply.github.com>',
    ),
    signal: 'ai-review-suggestion',
    tool: 'Ellipsis',
    source: commitAt(
      'RooCodeInc/Roo-Code',
      '5d8b16159b32cec08fe38ce506c1a82d3a660981',
    ),
  },
  // ------------------------------------------------ 2026 formats
  {
    what: 'Generated-by (ASF generative tooling guidance)',
    commit: commit('Add benchmark\n\nGenerated-by: Claude Opus 4.6'),
    signal: 'assisted-by',
    tool: 'Claude',
    source: 'https://www.apache.org/legal/generative-tooling.html',
  },
  {
    what: 'Co-authored-by-AI',
    commit: commit(
      'Add PQC keystore\n\nCo-authored-by-AI: IBM Bob 1.0.0 (Claude Sonnet 4.6)',
    ),
    signal: 'assisted-by',
    tool: 'IBM Bob',
    source: 'OpenLiberty/yoko GENAI_GUIDELINES.md and README.md',
  },
  {
    what: 'AI-used-for, QEMU proposal (a purpose, no tool)',
    commit: commit(
      'docs/devel: split AI policy\n\nAI-used-for: collecting comments and updating patch\nSigned-off-by: Alex Bennée <alex.bennee@linaro.org>',
    ),
    signal: 'assisted-by',
    confidence: 'medium',
    source:
      'https://lore-kernel.gnuweeb.org/all/8733z3trth.fsf@draig.linaro.org/',
  },
  {
    what: 'Entire-Checkpoint',
    commit: commit(
      'fix: include error\n\nCo-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>\nEntire-Checkpoint: 0e6b66910244',
    ),
    signal: 'entire',
    source: commitAt(
      'entireio/cli',
      '345f0208efb519fc606aa5b0dee5fe976d8a9637',
    ),
  },
  {
    what: 'Entire-Session and Entire-Agent',
    commit: commit(
      'Checkpoint\n\nEntire-Session: 2025-12-01-8f76b0e8\nEntire-Agent: Claude Code',
    ),
    signal: 'entire',
    source: 'entireio/cli cmd/entire/cli/trailers/trailers.go',
  },
  {
    what: 'Replit-Commit-Author: Agent with its session trailers',
    commit: commit(
      'Saved progress at the end of the loop\n\nReplit-Commit-Author: Agent\nReplit-Commit-Session-Id: 8d8f4e4c-4fdd-4573-a646-04c92d578f8d\nReplit-Commit-Checkpoint-Type: full_checkpoint',
    ),
    signal: 'replit-agent',
    source: commitAt(
      'quickshoe/Replit_Export',
      '9ec2679dc7b2b1127b6184b6d74c33c06f51f9cb',
    ),
  },
  {
    what: 'Replit-Commit-Author: Assistant',
    commit: commit('Fix\n\nReplit-Commit-Author: Assistant'),
    signal: 'replit-agent',
    source: `${CHAOSS} (ReplitAttributionRegex)`,
  },
  {
    what: 'Jules as co-author',
    commit: commit(
      'feat: fleet\n\nCo-authored-by: google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>',
    ),
    signal: 'ai-bot',
    tool: 'Jules',
    source: commitAt(
      'google-labs-code/jules-sdk',
      'dd0c643e540b4ace9625d47413a6c0e1626ee3b9',
    ),
  },
  {
    what: 'Made-with: Cursor',
    commit: commit('feat: add dev server\n\nMade-with: Cursor'),
    signal: 'cursor-made-with',
    source: commitAt(
      'vercel-labs/open-agents',
      'c9749e195733ae47c00be79854f63eba9e2804ae',
    ),
  },
  // ------------------------------------------------ agent accounts
  {
    what: 'aider co-author on its newer address',
    commit: commit(
      'feat: x\n\nCo-authored-by: aider (vertex_ai/gemini-2.5-pro-exp-03-25) <noreply@aider.dev>',
    ),
    signal: 'aider-coauthor',
    source: commitAt(
      'Aider-AI/aider',
      '1d42690824f4208c612210b73b6d002830aa7882',
    ),
  },
  {
    what: "Crush's own address",
    commit: commit('fix\n\nCo-Authored-By: Crush <noreply@crush.charm.land>'),
    signal: 'agent-coauthor',
    tool: 'Crush',
    source: commitAt(
      'charmbracelet/crush',
      '270f0d259cffa8f18f7b0625503fb89457d0c4f2',
    ),
  },
  {
    what: 'Roo Code cloud agent as co-author',
    commit: commit(
      'chore: x\n\nCo-authored-by: Roo Code <roomote@roocode.com>',
    ),
    signal: 'agent-coauthor',
    tool: 'Roo Code',
    source: commitAt(
      'RooCodeInc/Roo-Code',
      '319b5576c7b84325115057fee855896c8b337fcb',
    ),
  },
  {
    what: 'Roo Code cloud agent as author, its app renamed (by numeric id)',
    commit: commit('chore: remove hiring announcement (#12108)', {
      author: who(
        'roomote-v0[bot]',
        '219738659+roomote-v0[bot]@users.noreply.github.com',
      ),
    }),
    signal: 'ai-bot',
    tool: 'Roo Code',
    source: commitAt(
      'RooCodeInc/Roo-Code',
      '319b5576c7b84325115057fee855896c8b337fcb',
    ),
  },
  {
    what: 'a tool of several words on an example address (Roo Code Bot)',
    commit: commit(
      'Fix max_tokens limit (#5740)\n\nCo-authored-by: Roo Code Bot <roo-code-bot@example.com>',
    ),
    signal: 'ai-named-coauthor',
    tool: 'Roo Code',
    source: commitAt(
      'RooCodeInc/Roo-Code',
      '29b7d06dd2df5048c0e92c86ecc3d53108b401cd',
    ),
  },
  {
    what: 'the OpenHands agent under its former name OpenDevin',
    commit: commit('Fix issue #8145: Add docs about runtime tests (#8146)', {
      author: who('OpenHands', 'opendevin@all-hands.dev'),
    }),
    signal: 'agent-coauthor',
    tool: 'OpenHands',
    source: commitAt(
      'All-Hands-AI/OpenHands',
      'f0bb7de1c6ae2a53e2afd026705928f9d5bf7aaa',
    ),
  },
  {
    what: 'the Open Agents app as the author of its pull requests',
    commit: commit('feat: discard uncommitted changes (#684)', {
      author: who(
        'open-agents-bot[bot]',
        '260704009+open-agents-bot[bot]@users.noreply.github.com',
      ),
    }),
    signal: 'ai-bot',
    tool: 'Open Agents',
    source: commitAt(
      'vercel-labs/open-agents',
      'eaecb5232bc445df4e67f10f15b2b347d8f89b15',
    ),
  },
  {
    what: 'the same app under its former name, on its noreply address',
    commit: commit('feat: skip rendering (#635)', {
      author: who(
        'openharness[bot]',
        'openharness[bot]@users.noreply.github.com',
      ),
    }),
    signal: 'ai-bot',
    tool: 'Open Agents',
    source: commitAt(
      'vercel-labs/open-agents',
      '757072228087d40b064911d27047b7dca786eebe',
    ),
  },
  {
    what: "opencode's GitHub app as co-author",
    commit: commit(
      'fix\n\nCo-authored-by: opencode <opencode-agent[bot]@users.noreply.github.com>',
    ),
    signal: 'ai-bot',
    tool: 'opencode',
    source:
      'https://github.com/anomalyco/opencode/pull/43541 (opencode-agent[bot])',
  },
  {
    what: 'Copilot under a newer numeric id',
    commit: commit(
      'Fix\n\nCo-authored-by: Copilot App <223556219+Copilot@users.noreply.github.com>',
    ),
    signal: 'copilot-coauthor',
    source: commitAt(
      'github/github-mcp-server',
      'a7c3b494e6cdd70312ad4535f661eadf323b8e18',
    ),
  },
  ...(
    [
      [215619710, 'anthropic-claude[bot]', 'Claude'],
      [230936708, 'continue[bot]', 'Continue'],
      [201248094, 'sourcegraph-cody[bot]', 'Cody'],
      [220155983, 'jetbrains-ai[bot]', 'JetBrains AI'],
    ] as const
  ).map(([id, login, tool]) => ({
    what: `${login} by its numeric id`,
    commit: commit('Apply fix', {
      author: who(login, `${id}+${login}@users.noreply.github.com`),
    }),
    signal: 'ai-bot',
    tool,
    source: `${CHAOSS} (KnownAgentCommitters)`,
  })),
  // ------------------------------------------------ AI reviewers
  {
    what: "Ellipsis's suggestion committed by a person",
    commit: commit(
      'fix initial prompt bugs (#8428)\n\n* Apply suggestion from @ellipsis-dev[bot]\n\nCo-authored-by: ellipsis-dev[bot] <65095814+ellipsis-dev[bot]@users.noreply.github.com>',
    ),
    signal: 'ai-review-suggestion',
    tool: 'Ellipsis',
    source: commitAt('cline/cline', '857411c035a5deafc8fe9fa97be97ab5f6d5a847'),
  },
  {
    what: "Gemini Code Assist's suggestion committed by a person",
    commit: commit(
      'Fix\n\nCo-authored-by: gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>',
    ),
    signal: 'ai-review-suggestion',
    tool: 'Gemini Code Assist',
    source: commitAt(
      'google-gemini/gemini-cli',
      '571851b1077a51cef757146ce13f9da887326bec',
    ),
  },
  {
    what: "Greptile's suggestion committed by a person",
    commit: commit(
      'feat(chat): add SpendLimitError UI (#10207)\n\nCo-authored-by: greptile-apps[bot] <165735046+greptile-apps[bot]@users.noreply.github.com>',
    ),
    signal: 'ai-review-suggestion',
    tool: 'Greptile',
    source: commitAt('cline/cline', '10197b038dbfd236fe7fa0ea94276bf3f0e6087e'),
  },
  {
    what: "Sourcery's suggestion committed by a person",
    commit: commit(
      'Refactor\n\nCo-authored-by: sourcery-ai[bot] <58596630+sourcery-ai[bot]@users.noreply.github.com>',
    ),
    signal: 'ai-review-suggestion',
    tool: 'Sourcery',
    source:
      'https://github.com/sourcery-ai/sourcery/issues/128 (the sourcery-ai app)',
  },
  // ------------------------------------------------ author or committer
  {
    what: "aider on the committer only: it committed a person's edits",
    commit: commit('fix: update FAQ token percentages', {
      author: who('Paul Gauthier', 'paul@aider.chat'),
      committer: who('Paul Gauthier (aider)', 'paul@aider.chat'),
    }),
    signal: 'aider-committer',
    source: `Aider-AI/aider aider/website/docs/git.md; ${commitAt(
      'Aider-AI/aider',
      '3ec8ec5a7d695b08a6c24fe6c0c235c8f87df9af',
    )}`,
  },
];

describe('the catalogue, checked against public sources', () => {
  it.each(rows)('$what ($source)', row => {
    const found = detector
      .detectCommit(row.commit)
      .evidence.filter(e => e.signal === row.signal);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toContainEqual(
      expect.objectContaining({
        signal: row.signal,
        confidence: row.confidence ?? builtInSignal(row.signal).confidence,
        ...(row.tool ? { tool: row.tool } : {}),
      }),
    );
  });

  it('counts the committer-only mark of aider below the default threshold', () => {
    const aiderRow = rows.find(row => row.signal === 'aider-committer')!;
    const result = detector.detectCommit(aiderRow.commit);
    expect(result.aiAssisted).toBe(false);
    expect(result.confidence).toBe('low');
    expect(result.evidence[0].tool).toBe('aider (commit message only)');
  });

  it('takes the claude-code-assisted label of the Claude GitHub app', () => {
    // https://github.com/anthropics/claude-code/issues/35167, quoting
    // https://code.claude.com/docs/en/analytics#pr-attribution
    const result = detector.detect(
      change({ labels: ['claude-code-assisted'] }),
    );
    expect(result.evidence).toEqual([
      expect.objectContaining({
        signal: 'ai-label',
        line: 'claude-code-assisted',
      }),
    ]);
  });

  it.each([
    ['cline/', 'Cline'],
    ['gemini/', 'Gemini'],
  ])(
    'takes the agent branch prefix %s (%s) of CHAOSS disclosure',
    (prefix, tool) => {
      const result = detector.detect(change({ headRef: `${prefix}fix-login` }));
      expect(result.evidence).toEqual([
        expect.objectContaining({ signal: 'agent-branch', tool }),
      ]);
    },
  );
});

/** `SupportedToolsInMentions` of CHAOSS disclosure (CHAOSS above). */
const CHAOSS_TOOLS = [
  'Claude Code',
  'Claude',
  'GitHub Copilot',
  'Copilot',
  'Cursor',
  'Aider',
  'OpenAI Codex',
  'Codex',
  'Gemini Code Assist',
  'Amazon Q Developer',
  'Amazon Q',
  'Devin',
  'Cline',
  'Continue.dev',
  'Continue CLI',
  'Continue AI',
  'Sourcegraph Cody',
  'Cody',
  'JetBrains AI',
  'CodeRabbit',
  'ChatGPT',
  't3.chat',
  'GPT-4',
  'Windsurf',
  'Antigravity',
  'Google Gemini',
  'Kimi',
  'DeepSeek',
  'Qwen',
  'Llama',
  'Code Llama',
  'Mistral',
  'Codestral',
  'Mixtral',
  'Magistral',
  'Zed AI',
  'Zhipu AI',
  'Z.ai',
  'GLM-4',
  'ChatGLM',
  'ZCode',
  'Gemma',
  'Yi-Coder',
  'Yi-Lightning',
  'Yi-Large',
  'Yi 01.ai',
  'Yi AI',
  '01.ai',
  'Phind',
  'StarCoder',
  'Tabnine',
  'Codeium',
  'Qodo',
  'CodiumAI',
  'Replit Agent',
  'Replit',
  'Sourcery',
  'Augment Code',
  'OpenCode',
  'Vercel v0',
  'Bolt.new',
  'Lovable.dev',
  'CodeReviewBot',
  'CodeGPT',
  'Bito',
  'CodeGeeX',
  'GitKraken AI',
  'Glide AI',
  'Mastra',
  'Pieces.app',
  'PiecesOS',
  'Greptile',
  'Sweep AI',
  'Supermaven',
  'Trae',
  'OpenHands',
  'PR-Agent',
  'SWE-Agent',
  'OpenClaw',
  'ClawWork',
  'ZeroClaw',
  'NanoClaw',
  'TinyClaw',
  'MicroClaw',
  'MimiClaw',
  'IronClaw',
  'PicoClaw',
  'SupaClaw',
  'OpenClaude',
  'xAI Grok',
  'Grok AI',
  'Grok Code Fast',
  'Command-R+',
  'Command-R',
  'Roo Code',
  'SantaCoder',
  'PearAI',
  'Phi-4',
  'Nemotron',
  'Salesforce Codegen',
  'CodeWhisperer',
];

describe('at least as broad as CHAOSS disclosure', () => {
  it.each(CHAOSS_TOOLS)('Assisted-by: %s names an AI tool', name => {
    const result = detector.detectCommit(commit(`Fix\n\nAssisted-by: ${name}`));
    expect(result.evidence).toEqual([
      expect.objectContaining({
        signal: 'assisted-by',
        tool: expect.any(String),
        confidence: 'high',
      }),
    ]);
  });
});

import { commit, change } from '../testing/builders';
import { Change, ChangeCommit, Evidence, Identity } from '../types';
import { createDetector } from './createDetector';
import { BUILT_IN_SIGNALS } from './signals';

const detector = createDetector();

interface CommitCase {
  name: string;
  commit: ChangeCommit;
  signal: string;
  source: Evidence['source'];
  line: string;
}

const claudeMessage = [
  'Fix race between token refresh and request retry',
  '',
  'The refresh could run twice when two requests failed at once.',
  '',
  '🤖 Generated with [Claude Code](https://claude.com/claude-code)',
  '',
  'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>',
].join('\n');

const copilotAgent: Identity = {
  name: 'copilot-swe-agent[bot]',
  email: '198982749+Copilot@users.noreply.github.com',
};

const commitCases: CommitCase[] = [
  {
    name: 'Claude Code co-author with a model name',
    commit: commit(claudeMessage),
    signal: 'claude-coauthor',
    source: 'commit_message',
    line: 'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>',
  },
  {
    name: 'Claude Code co-author, older form',
    commit: commit(
      'Add pagination to /users\n\n🤖 Generated with [Claude Code](https://claude.ai/code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>',
    ),
    signal: 'claude-coauthor',
    source: 'commit_message',
    line: 'Co-Authored-By: Claude <noreply@anthropic.com>',
  },
  {
    name: 'Claude Code footer, current URL',
    commit: commit(claudeMessage),
    signal: 'claude-code-footer',
    source: 'commit_message',
    line: '🤖 Generated with [Claude Code](https://claude.com/claude-code)',
  },
  {
    name: 'Claude Code footer, older URL, no co-author',
    commit: commit(
      'Refactor config loader\n\n🤖 Generated with [Claude Code](https://claude.ai/code)',
    ),
    signal: 'claude-code-footer',
    source: 'commit_message',
    line: '🤖 Generated with [Claude Code](https://claude.ai/code)',
  },
  {
    name: 'Claude-Session trailer',
    commit: commit(
      'Handle empty catalog responses\n\nClaude-Session: https://claude.ai/code/session_011CUPk8wZ3vH2XPj',
    ),
    signal: 'claude-session',
    source: 'commit_message',
    line: 'Claude-Session: https://claude.ai/code/session_011CUPk8wZ3vH2XPj',
  },
  {
    name: 'Copilot editor co-author, github.com address',
    commit: commit(
      'Update README.md\n\nCo-authored-by: Copilot <copilot@github.com>',
    ),
    signal: 'copilot-coauthor',
    source: 'commit_message',
    line: 'Co-authored-by: Copilot <copilot@github.com>',
  },
  {
    name: 'Copilot editor co-author, numeric noreply address',
    commit: commit(
      'Apply suggestions from code review\n\nCo-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>',
    ),
    signal: 'copilot-coauthor',
    source: 'commit_message',
    line: 'Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>',
  },
  {
    name: 'Copilot coding agent as commit author',
    commit: commit('Initial plan', { author: copilotAgent }),
    signal: 'copilot-agent',
    source: 'commit_author',
    line: 'copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>',
  },
  {
    name: 'Copilot coding agent as committer',
    commit: commit('Fix flaky test', { committer: copilotAgent }),
    signal: 'copilot-agent',
    source: 'commit_committer',
    line: 'copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>',
  },
  {
    name: 'Copilot coding agent as co-author',
    commit: commit(
      'Add input validation (#311)\n\n* Initial plan\n\n* Validate inputs\n\n---------\n\nCo-authored-by: copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>\nCo-authored-by: ada <1234+ada@users.noreply.github.com>',
    ),
    signal: 'copilot-agent',
    source: 'commit_message',
    line: 'Co-authored-by: copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>',
  },
  {
    name: 'Copilot-Session trailer',
    commit: commit('Fix null check\n\nCopilot-Session: 2f7c9a1e-5b1d'),
    signal: 'copilot-agent',
    source: 'commit_message',
    line: 'Copilot-Session: 2f7c9a1e-5b1d',
  },
  {
    name: 'Cursor agent co-author',
    commit: commit(
      'Migrate settings page to new API\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>',
    ),
    signal: 'cursor-coauthor',
    source: 'commit_message',
    line: 'Co-authored-by: Cursor Agent <cursoragent@cursor.com>',
  },
  {
    name: 'Made-with: Cursor trailer',
    commit: commit('Add dark mode toggle\n\nMade-with: Cursor'),
    signal: 'cursor-made-with',
    source: 'commit_message',
    line: 'Made-with: Cursor',
  },
  {
    name: 'aider subject prefix',
    commit: commit('aider: Added exponential backoff to fetch_url'),
    signal: 'aider-subject',
    source: 'commit_message',
    line: 'aider: Added exponential backoff to fetch_url',
  },
  {
    name: 'aider author name suffix',
    commit: commit('feat: add --watch-files option', {
      author: { name: 'Paul Gauthier (aider)', email: 'paul@aider.chat' },
    }),
    signal: 'aider-identity',
    source: 'commit_author',
    line: 'Paul Gauthier (aider) <paul@aider.chat>',
  },
  {
    name: 'aider co-author',
    commit: commit(
      'fix: handle missing git repo\n\nCo-authored-by: aider (anthropic/claude-3-7-sonnet-20250219) <aider@aider.chat>',
    ),
    signal: 'aider-coauthor',
    source: 'commit_message',
    line: 'Co-authored-by: aider (anthropic/claude-3-7-sonnet-20250219) <aider@aider.chat>',
  },
  {
    name: 'aider co-author, older address',
    commit: commit(
      'Fix typo\n\nCo-authored-by: aider (gpt-4o) <noreply@aider.chat>',
    ),
    signal: 'aider-coauthor',
    source: 'commit_message',
    line: 'Co-authored-by: aider (gpt-4o) <noreply@aider.chat>',
  },
  {
    name: 'Codex co-author',
    commit: commit(
      'Add CSV export\n\nCo-authored-by: Codex <noreply@openai.com>',
    ),
    signal: 'codex-coauthor',
    source: 'commit_message',
    line: 'Co-authored-by: Codex <noreply@openai.com>',
  },
  {
    name: 'Codex address as author, varying display name',
    commit: commit('Fix lint', {
      author: { name: 'codex', email: 'codex@openai.com' },
    }),
    signal: 'codex-coauthor',
    source: 'commit_author',
    line: 'codex <codex@openai.com>',
  },
  {
    name: 'Codex cloud task link',
    commit: commit(
      'Add unit tests for parser\n\n------\nhttps://chatgpt.com/codex/tasks/task_e_68a1b2c3d4e5f60123456789',
    ),
    signal: 'codex-task',
    source: 'commit_message',
    line: 'https://chatgpt.com/codex/tasks/task_e_68a1b2c3d4e5f60123456789',
  },
  {
    name: 'Amp co-author',
    commit: commit(
      'Speed up search indexing\n\nAmp-Thread-ID: https://ampcode.com/threads/T-5f3e1c2a\nCo-authored-by: Amp <amp@ampcode.com>',
    ),
    signal: 'amp-coauthor',
    source: 'commit_message',
    line: 'Co-authored-by: Amp <amp@ampcode.com>',
  },
  {
    name: 'opencode co-author',
    commit: commit(
      'Add retries\n\n🤖 Generated with [opencode](https://opencode.ai)\n\nCo-Authored-By: opencode <noreply@opencode.ai>',
    ),
    signal: 'agent-coauthor',
    source: 'commit_message',
    line: 'Co-Authored-By: opencode <noreply@opencode.ai>',
  },
  {
    name: 'OpenHands as the commit author',
    commit: commit('Fix flaky test', {
      author: { name: 'openhands', email: 'openhands@all-hands.dev' },
    }),
    signal: 'agent-coauthor',
    source: 'commit_author',
    line: 'openhands <openhands@all-hands.dev>',
  },
  {
    name: 'co-author as an item of a hand-written squash message',
    commit: commit(
      'Add export (#88)\n\n- Add CSV export\n- Co-authored-by: Claude <noreply@anthropic.com>',
    ),
    signal: 'claude-coauthor',
    source: 'commit_message',
    line: '- Co-authored-by: Claude <noreply@anthropic.com>',
  },
  {
    name: 'Claude co-author line written on request',
    commit: commit(
      'Add export\n\nCo-authored-by: Claude <claude@anthropic.com>',
    ),
    signal: 'claude-coauthor',
    source: 'commit_message',
    line: 'Co-authored-by: Claude <claude@anthropic.com>',
  },
  {
    name: 'Amp thread trailer',
    commit: commit(
      'Speed up search\n\nAmp-Thread: https://ampcode.com/threads/T-5f3e1c2a',
    ),
    signal: 'amp-thread',
    source: 'commit_message',
    line: 'Amp-Thread: https://ampcode.com/threads/T-5f3e1c2a',
  },
  {
    name: 'Crush Assisted-by trailer',
    commit: commit('Fix TUI resize\n\nAssisted-by: Crush:claude-sonnet-4'),
    signal: 'crush',
    source: 'commit_message',
    line: 'Assisted-by: Crush:claude-sonnet-4',
  },
  {
    name: 'Crush footer',
    commit: commit('Fix TUI resize\n\n💘 Generated with Crush'),
    signal: 'crush',
    source: 'commit_message',
    line: '💘 Generated with Crush',
  },
  {
    name: 'Replit agent trailer',
    commit: commit(
      'Add login form validation\n\nReplit-Commit-Author: Agent\nReplit-Commit-Session-Id: 9a4d7c1e-2b3f',
    ),
    signal: 'replit-agent',
    source: 'commit_message',
    line: 'Replit-Commit-Author: Agent',
  },
  {
    name: 'Codebuff footer',
    commit: commit('Add retry to uploader\n\n🤖 Generated with Codebuff'),
    signal: 'codebuff',
    source: 'commit_message',
    line: '🤖 Generated with Codebuff',
  },
  {
    name: 'Devin footer',
    commit: commit('Add health endpoint\n\nGenerated by Devin'),
    signal: 'devin',
    source: 'commit_message',
    line: 'Generated by Devin',
  },
  {
    name: 'Devin run link in a squash message',
    commit: commit(
      'Add health endpoint (#88)\n\nLink to Devin run: https://app.devin.ai/sessions/4b2f9c1d\nRequested by: Ada',
    ),
    signal: 'devin',
    source: 'commit_message',
    line: 'Link to Devin run: https://app.devin.ai/sessions/4b2f9c1d',
  },
  {
    name: 'kernel Assisted-by naming agent and model',
    commit: commit(
      'mm: fix off-by-one in folio_size check\n\nAssisted-by: Claude:claude-opus-4-6 coccinelle\nSigned-off-by: Jane Roe <jane@kernel.org>',
    ),
    signal: 'assisted-by',
    source: 'commit_message',
    line: 'Assisted-by: Claude:claude-opus-4-6 coccinelle',
  },
  {
    name: 'Fedora-style free-text Assisted-by naming a tool',
    commit: commit('Fix spec file\n\nAssisted-by: GitHub Copilot'),
    signal: 'assisted-by',
    source: 'commit_message',
    line: 'Assisted-by: GitHub Copilot',
  },
  {
    name: 'QEMU AI-used-for trailer naming a model',
    commit: commit(
      'hw/arm: fix reset\n\nAI-used-for: code review (Gemini 2.5 Pro)',
    ),
    signal: 'assisted-by',
    source: 'commit_message',
    line: 'AI-used-for: code review (Gemini 2.5 Pro)',
  },
  {
    name: 'ASF Generated-by trailer',
    commit: commit('Add benchmark\n\nGenerated-by: ChatGPT 4o'),
    signal: 'assisted-by',
    source: 'commit_message',
    line: 'Generated-by: ChatGPT 4o',
  },
  {
    name: 'Factory Droid co-author',
    commit: commit('Add retries\n\nCo-authored-by: Droid <droid@factory.ai>'),
    signal: 'agent-coauthor',
    source: 'commit_message',
    line: 'Co-authored-by: Droid <droid@factory.ai>',
  },
  {
    name: 'Kiro in a Co-developed-by trailer',
    commit: commit('Add retries\n\nCo-developed-by: Kiro <noreply@kiro.dev>'),
    signal: 'agent-coauthor',
    source: 'commit_message',
    line: 'Co-developed-by: Kiro <noreply@kiro.dev>',
  },
  {
    name: 'Windsurf Cascade as the commit author',
    commit: commit('Add FastAPI backend', {
      author: { name: 'Cascade AI Assistant', email: 'cascade@windsurf.ai' },
    }),
    signal: 'agent-coauthor',
    source: 'commit_author',
    line: 'Cascade AI Assistant <cascade@windsurf.ai>',
  },
  {
    name: 'Jules under its own name',
    commit: commit(
      'Implement parser\n\nCo-Authored-By: Jules CLI <jules@google.com>',
    ),
    signal: 'agent-coauthor',
    source: 'commit_message',
    line: 'Co-Authored-By: Jules CLI <jules@google.com>',
  },
  {
    name: 'Copilot Autofix co-author',
    commit: commit(
      'Potential fix for code scanning alert no. 26: Workflow does not contain permissions\n\nCo-authored-by: Copilot Autofix powered by AI <62310815+github-advanced-security[bot]@users.noreply.github.com>',
    ),
    signal: 'copilot-coauthor',
    source: 'commit_message',
    line: 'Co-authored-by: Copilot Autofix powered by AI <62310815+github-advanced-security[bot]@users.noreply.github.com>',
  },
  {
    name: 'Qwen Code footer',
    commit: commit(
      'Add CORS allowlist\n\n🤖 Generated with [Qwen Code](https://github.com/QwenLM/qwen-code)',
    ),
    signal: 'ai-footer',
    source: 'commit_message',
    line: '🤖 Generated with [Qwen Code](https://github.com/QwenLM/qwen-code)',
  },
  {
    name: 'opencode footer with the model after it',
    commit: commit(
      'Add retries\n\n🤖 Generated with [OpenCode](https://opencode.ai) (gpt-5)',
    ),
    signal: 'ai-footer',
    source: 'commit_message',
    line: '🤖 Generated with [OpenCode](https://opencode.ai) (gpt-5)',
  },
  {
    name: 'robot footer without a link',
    commit: commit('Add retries\n\n🤖 Generated with Gemini CLI'),
    signal: 'ai-footer',
    source: 'commit_message',
    line: '🤖 Generated with Gemini CLI',
  },
  {
    name: 'Junie co-author',
    commit: commit(
      'Migrate config\n\nCo-authored-by: Junie <junie@jetbrains.com>',
    ),
    signal: 'agent-coauthor',
    source: 'commit_message',
    line: 'Co-authored-by: Junie <junie@jetbrains.com>',
  },
  {
    name: 'AI-Tool trailer of a team convention',
    commit: commit('Add search\n\nAI-Tool: Gemini\nReviewed-By: gviollaz'),
    signal: 'assisted-by',
    source: 'commit_message',
    line: 'AI-Tool: Gemini',
  },
  {
    name: 'AI-Assisted: yes naming the tool',
    commit: commit('Add table view\n\nAI-Assisted: yes (Claude)'),
    signal: 'assisted-by',
    source: 'commit_message',
    line: 'AI-Assisted: yes (Claude)',
  },
];

const bots: Array<[string, string]> = [
  ['167198135+copilot[bot]', 'GitHub Copilot'],
  ['209825114+claude[bot]', 'Claude'],
  ['208546643+claude-code-action[bot]', 'Claude Code'],
  ['206951365+cursor[bot]', 'Cursor'],
  ['215057067+openai-codex[bot]', 'OpenAI Codex'],
  ['199175422+chatgpt-codex-connector[bot]', 'OpenAI Codex'],
  ['158243242+devin-ai-integration[bot]', 'Devin'],
  ['161369871+google-labs-jules[bot]', 'Jules'],
  ['208079219+amazon-q-developer[bot]', 'Amazon Q Developer'],
  ['205137888+cline[bot]', 'Cline'],
  ['138933559+factory-droid[bot]', 'Factory Droid'],
  ['159125892+gpt-engineer-app[bot]', 'Lovable'],
  ['131295404+codegen-sh[bot]', 'Codegen'],
];

function only(evidence: Evidence[], signal: string) {
  return evidence.filter(e => e.signal === signal);
}

describe('built-in signals', () => {
  it.each(commitCases)('$name -> $signal', c => {
    const result = detector.detectCommit(c.commit);
    expect(result.aiAssisted).toBe(true);
    expect(result.confidence).toBe('high');
    expect(only(result.evidence, c.signal)).toEqual([
      expect.objectContaining({
        signal: c.signal,
        source: c.source,
        line: c.line,
        commitSha: c.commit.sha,
        confidence: 'high',
      }),
    ]);
  });

  it.each(bots)('AI bot %s by numeric noreply id', (address, tool) => {
    const login = address.split('+')[1];
    const c = commit('Apply fix', {
      author: { name: login, email: `${address}@users.noreply.github.com` },
    });
    expect(detector.detectCommit(c).evidence).toEqual([
      expect.objectContaining({
        signal: 'ai-bot',
        tool,
        source: 'commit_author',
      }),
    ]);
  });

  it.each(bots)(
    'AI bot %s as PR author by login (REST and GraphQL)',
    address => {
      const login = address.split('+')[1];
      const rest = change({ author: { login, type: 'Bot' } });
      const graphql = change({
        author: { login: login.replace('[bot]', ''), type: 'Bot' },
      });
      for (const c of [rest, graphql]) {
        const result = detector.detect(c);
        expect(result.aiAssisted).toBe(true);
        expect(result.evidence[0]).toMatchObject({ source: 'pr_author' });
      }
    },
  );

  const reviewerSuggestion = (address: string) =>
    `Co-authored-by: ${
      address.split('+')[1]
    } <${address}@users.noreply.github.com>`;

  it.each<[string, string, string, string | undefined]>([
    [
      'Gemini on a noreply address',
      'Co-Authored-By: Gemini <noreply@google.com>',
      'ai-named-coauthor',
      'Gemini',
    ],
    [
      'Qwen Code on a noreply address',
      'Co-Authored-By: Qwen Code <noreply@alibaba.com>',
      'ai-named-coauthor',
      'Qwen',
    ],
    [
      'a model on a local address',
      'Co-Authored-By: Qwen 3.8 27B <qwen3.8-27b@local>',
      'ai-named-coauthor',
      'Qwen',
    ],
    [
      'Grok, written by a hook',
      'Co-developed-by: Grok <noreply@x.ai>',
      'ai-named-coauthor',
      'Grok',
    ],
    [
      'Claude with a model and context size',
      'Co-Authored-By: Claude Opus 4.8 (1M context) <no-reply@example.com>',
      'ai-named-coauthor',
      'Claude',
    ],
    ['a bare AI-Assisted: yes', 'AI-Assisted: Yes', 'assisted-by', undefined],
    [
      'a committed suggestion of CodeRabbit',
      reviewerSuggestion('136622811+coderabbitai[bot]'),
      'ai-review-suggestion',
      'CodeRabbit',
    ],
    [
      'a committed suggestion of Gemini Code Assist',
      reviewerSuggestion('176961590+gemini-code-assist[bot]'),
      'ai-review-suggestion',
      'Gemini Code Assist',
    ],
  ])('%s counts at medium', (_, line, signal, tool) => {
    const result = detector.detectCommit(commit(`Add search\n\n${line}`));
    expect(result.aiAssisted).toBe(true);
    expect(result.evidence).toEqual([
      expect.objectContaining({
        signal,
        line,
        confidence: 'medium',
        ...(tool ? { tool } : {}),
      }),
    ]);
  });

  it('AI bot as co-author (claude-code-action)', () => {
    const c = commit(
      'Fix typo in docs\n\nCo-authored-by: claude[bot] <209825114+claude[bot]@users.noreply.github.com>',
    );
    expect(detector.detectCommit(c).evidence).toEqual([
      expect.objectContaining({
        signal: 'ai-bot',
        tool: 'Claude',
        source: 'commit_message',
      }),
    ]);
  });

  it.each<[string, Identity]>([
    ['REST', { login: 'Copilot', type: 'Bot', id: 198982749 }],
    ['GraphQL', { login: 'copilot-swe-agent', type: 'Bot' }],
    ['REST with suffix', { login: 'copilot-swe-agent[bot]' }],
  ])('Copilot coding agent as PR author (%s)', (_, author) => {
    const result = detector.detect(change({ author }));
    expect(result.evidence).toEqual([
      expect.objectContaining({ signal: 'copilot-agent', source: 'pr_author' }),
    ]);
  });

  it.each([
    'AI-Assisted',
    'ai-generated',
    'ai-detected',
    '🤖 ai-copilot',
    '🤖 AI-Claude',
  ])('label %s', label => {
    const result = detector.detect(change({ labels: ['bug', label] }));
    expect(result.aiAssisted).toBe(true);
    expect(result.evidence).toEqual([
      { signal: 'ai-label', source: 'label', line: label, confidence: 'high' },
    ]);
  });

  it.each([
    '- [x] This contribution was assisted or created by Generative AI tools',
    '* [X] I used GitHub Copilot to write parts of this PR',
    '- [x] AI-generated code is included (Claude)',
  ])('ticked disclosure checkbox: %s', line => {
    const body = `## Checklist\n\n- [x] Tests added\n${line}\n- [ ] Docs updated`;
    const result = detector.detect(change({ body }));
    expect(result.aiAssisted).toBe(true);
    expect(result.evidence).toEqual([
      expect.objectContaining({
        signal: 'ai-disclosure-checkbox',
        source: 'body',
        line,
        confidence: 'high',
      }),
    ]);
  });

  it.each([
    'copilot/fix-login-timeout',
    'claude/add-retry-01ABC',
    'codex/refactor-io',
    'refs/heads/devin/1712-add-health',
  ])('agent branch prefix %s is a weak hint', headRef => {
    const result = detector.detect(change({ headRef }));
    expect(result.confidence).toBe('low');
    expect(result.aiAssisted).toBe(false);
    expect(result.evidence).toEqual([
      expect.objectContaining({
        signal: 'agent-branch',
        source: 'branch',
        line: headRef,
      }),
    ]);
  });

  it('body markers count with source body (Claude Code PR description)', () => {
    const body =
      '## Summary\n- Add retry\n\n## Test plan\n- [x] unit tests\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)';
    expect(detector.detect(change({ body })).evidence).toEqual([
      expect.objectContaining({ signal: 'claude-code-footer', source: 'body' }),
    ]);
  });

  it('the Open in Cursor footer of a Cursor agent pull request counts', () => {
    const line =
      '<div><a href="https://cursor.com/background-agent?bcId=bc-0cf04834-c057-41c6-abc9-853f23aceb21&cursor_ref=pr_footer&cursor_cta=open_in_cursor">Open in Cursor</a>&nbsp;<a href="https://cursor.com/agents/bc-0cf04834-c057-41c6-abc9-853f23aceb21">Open in Web</a></div>';
    const body = `Adds retries to the client.\n\n---\n${line}`;
    expect(detector.detect(change({ body })).evidence).toEqual([
      expect.objectContaining({
        signal: 'cursor-agent-link',
        source: 'body',
        line,
        confidence: 'high',
      }),
    ]);
  });

  it('has a test case for every built-in signal', () => {
    const covered = new Set([
      ...commitCases.map(c => c.signal),
      'ai-bot',
      'ai-named-coauthor',
      'ai-review-suggestion',
      'cursor-agent-link',
      'ai-label',
      'ai-disclosure-checkbox',
      'agent-branch',
      // with their public sources in catalogue.test.ts
      'aider-committer',
      'session-link',
      'entire',
      'agent-signature',
      'ai-disclosure-section',
      'ai-disclosure-statement',
      'ai-line-attribution',
    ]);
    expect(
      BUILT_IN_SIGNALS.map(s => s.id).filter(id => !covered.has(id)),
    ).toEqual([]);
  });

  it('reports one evidence entry per repeated line and the max confidence', () => {
    const c: Change = change({
      commits: [commit(claudeMessage), commit(claudeMessage)],
      headRef: 'claude/fix-race',
    });
    const result = detector.detect(c);
    expect(result.confidence).toBe('high');
    expect(only(result.evidence, 'claude-coauthor')).toHaveLength(2);
    expect(only(result.evidence, 'agent-branch')).toHaveLength(1);
  });
});

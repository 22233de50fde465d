/**
 * The catalogue of built-in detection signals: the ids users switch off
 * with `disabledSignals`, and the text the docs and the UI show for them.
 * The matching itself lives in `knownIdentities.ts`, `lineRules.ts` and
 * `metadataRules.ts`; this file only names things.
 *
 * Confidence choices:
 * - high: anything a tool writes by itself (co-author addresses, footers,
 *   session trailers, bot accounts) and deliberate disclosures by a person
 *   (an `Assisted-by:` naming a tool, an AI label, a ticked checkbox).
 * - medium: an `Assisted-by:` that says "AI" or "LLM" without naming a tool;
 *   still a disclosure, so it meets the default threshold.
 * - low: an agent branch prefix alone; people name branches `cursor/...`.
 */
import { Confidence } from '../types';

/** A built-in detection signal. @public */
export interface BuiltInSignal {
  id: string;
  tool: string;
  description: string;
  /** the confidence of its evidence (`assisted-by`: medium for a generic "AI") */
  confidence: Confidence;
}

/**
 * Every built-in signal, in the order the detector reports them.
 * @public
 */
export const BUILT_IN_SIGNALS: ReadonlyArray<BuiltInSignal> = [
  {
    id: 'claude-coauthor',
    tool: 'Claude Code',
    description:
      'Co-author, author or committer with the Anthropic noreply address (`Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>`), or `<claude@anthropic.com>` that Claude writes when asked for a co-author line.',
    confidence: 'high',
  },
  {
    id: 'claude-code-footer',
    tool: 'Claude Code',
    description:
      'Footer `🤖 Generated with [Claude Code](https://claude.com/claude-code)` (or the older `https://claude.ai/code`).',
    confidence: 'high',
  },
  {
    id: 'claude-session',
    tool: 'Claude Code',
    description:
      'Trailer `Claude-Session: https://claude.ai/code/session_...`.',
    confidence: 'high',
  },
  {
    id: 'copilot-coauthor',
    tool: 'GitHub Copilot',
    description:
      'Co-author or author `Copilot <copilot@github.com>` or `<NNN+Copilot@users.noreply.github.com>`, or Copilot Autofix (`Copilot Autofix powered by AI <62310815+github-advanced-security[bot]@users.noreply.github.com>`).',
    confidence: 'high',
  },
  {
    id: 'copilot-agent',
    tool: 'GitHub Copilot coding agent',
    description:
      'Author, committer, co-author or PR author `copilot-swe-agent[bot]` (`198982749+Copilot`), or a `Copilot-Session:` trailer.',
    confidence: 'high',
  },
  {
    id: 'cursor-coauthor',
    tool: 'Cursor',
    description: 'Co-author or author `Cursor Agent <cursoragent@cursor.com>`.',
    confidence: 'high',
  },
  {
    id: 'cursor-made-with',
    tool: 'Cursor',
    description: 'Trailer `Made-with: Cursor`.',
    confidence: 'high',
  },
  {
    id: 'cursor-agent-link',
    tool: 'Cursor',
    description:
      'A link to a Cursor agent run (`https://cursor.com/background-agent?bcId=bc-...` or `https://cursor.com/agents/bc-...`), as the "Open in Cursor" footer of its pull requests has it.',
    confidence: 'high',
  },
  {
    id: 'aider-subject',
    tool: 'aider',
    description: 'Commit subject starting with `aider: `.',
    confidence: 'high',
  },
  {
    id: 'aider-identity',
    tool: 'aider',
    description: 'Author or committer name ending in ` (aider)`.',
    confidence: 'high',
  },
  {
    id: 'aider-committer',
    tool: 'aider (commit message only)',
    description:
      "Committer name ending in ` (aider)` while the author is a person: aider committed that person's own edits and only wrote the commit message (aider's `website/docs/git.md`). Weak: below the default threshold.",
    confidence: 'low',
  },
  {
    id: 'aider-coauthor',
    tool: 'aider',
    description:
      'Co-author `aider (<model>) <aider@aider.chat>` (older `noreply@aider.chat`).',
    confidence: 'high',
  },
  {
    id: 'codex-coauthor',
    tool: 'OpenAI Codex',
    description:
      'Co-author, author or committer `<noreply@openai.com>` or `<codex@openai.com>`.',
    confidence: 'high',
  },
  {
    id: 'codex-task',
    tool: 'OpenAI Codex',
    description:
      'A line starting with a Codex cloud task link `https://chatgpt.com/codex/tasks/task_...`.',
    confidence: 'high',
  },
  {
    id: 'amp-coauthor',
    tool: 'Amp',
    description: 'Co-author or author `Amp <amp@ampcode.com>`.',
    confidence: 'high',
  },
  {
    id: 'agent-coauthor',
    tool: 'Other coding agents',
    description:
      "Co-author, author or committer with the fixed address of another coding agent: opencode `<noreply@opencode.ai>`, Warp `<agent@warp.dev>`, OpenHands `<openhands@all-hands.dev>`, Gemini CLI `<gemini-cli@google.com>`, Qwen Code `<qwen-coder@alibabacloud.com>`, Factory Droid `<droid@factory.ai>`, Kiro `<noreply@kiro.dev>`, Windsurf `<cascade@windsurf.ai>`, Crush `<crush@charm.land>`, Continue, Tabnine, TRAE, Replit Agent, Devin, Charlie, Qoder, v0, Lovable, Bolt, Junie `<junie@jetbrains.com>`, Augment `<agent@augmentcode.com>`; Jules `<jules@google.com>` only under the tool's name.",
    confidence: 'high',
  },
  {
    id: 'ai-named-coauthor',
    tool: 'AI tool named as co-author',
    description:
      "Co-author, author or committer named after an AI tool or model on an address nobody reads (`Gemini <noreply@google.com>`, `Qwen Code <noreply@alibaba.com>`, `<...@local>`); a person's name or own address does not count.",
    confidence: 'medium',
  },
  {
    id: 'ai-footer',
    tool: 'AI tool named in the footer',
    description:
      'A footer line `🤖 Generated with [Qwen Code](https://...)` (any AI tool in the link text, or after the 🤖), as opencode, Qwen Code and Amp write it.',
    confidence: 'high',
  },
  {
    id: 'amp-thread',
    tool: 'Amp',
    description: 'Trailer `Amp-Thread:` (or `Amp-Thread-ID:`).',
    confidence: 'high',
  },
  {
    id: 'crush',
    tool: 'Crush',
    description:
      '`Assisted-by: Crush:<model>` or the footer `💘 Generated with Crush`.',
    confidence: 'high',
  },
  {
    id: 'replit-agent',
    tool: 'Replit Agent',
    description:
      "Trailer `Replit-Commit-Author: Agent` (or `Assistant`); a person's commit says `User`.",
    confidence: 'high',
  },
  {
    id: 'codebuff',
    tool: 'Codebuff',
    description: 'Footer `Generated with Codebuff`.',
    confidence: 'high',
  },
  {
    id: 'devin',
    tool: 'Devin',
    description:
      'Footer `Generated by Devin`, or a `Link to Devin run:` / `https://app.devin.ai/sessions/` line.',
    confidence: 'high',
  },
  {
    id: 'session-link',
    tool: 'Coding agents',
    description:
      'A link to an agent session, thread or run: a `<Tool>-Session:` / `<Tool>-Thread:` / `<Tool>-Task:` trailer whose key names an AI tool, `Agent-Logs-Url:` (Copilot coding agent), or a run link on a line of its own (`https://ampcode.com/threads/T-...`, `https://claude.ai/code/session_...`, opencode share links, OpenHands conversations, v0 chats, Lovable projects, Open Agents sessions). A link to a homepage is none.',
    confidence: 'high',
  },
  {
    id: 'entire',
    tool: 'Entire',
    description:
      'An Entire CLI trailer linking the commit to the agent session it checkpointed (`Entire-Checkpoint: <12 hex>`, `Entire-Session:`, `Entire-Agent:`, ...).',
    confidence: 'high',
  },
  {
    id: 'agent-signature',
    tool: 'Coding agents',
    description:
      'The signature agents copy from Claude Code: a `Generated with [X](url)` (or `🤖 Generated with X`) footer together with a `Co-authored-by:` line naming the same X, also when X is a tool nobody listed yet. Build tools and non-AI bots never count.',
    confidence: 'high',
  },
  {
    id: 'ai-bot',
    tool: 'AI agent bots',
    description:
      'Author, committer, co-author or PR author that is an AI agent bot, by numeric id in `<id>+<login>@users.noreply.github.com` or by bot login (`claude[bot]`, `cursor[bot]`, `devin-ai-integration[bot]`, `google-labs-jules[bot]`, `factory-droid[bot]`, `gpt-engineer-app[bot]` (Lovable), `codegen-sh[bot]`, ...).',
    confidence: 'high',
  },
  {
    id: 'ai-review-suggestion',
    tool: 'AI reviewers',
    description:
      'An AI reviewer as co-author or author: a suggested change of `coderabbitai[bot]` or `gemini-code-assist[bot]` was committed (GitHub adds the co-author line), or the bot opened the pull request.',
    confidence: 'medium',
  },
  {
    id: 'assisted-by',
    tool: 'AI tool named in the trailer',
    description:
      '`Assisted-by:` or `Generated-by:` trailer whose value names an AI tool or a model (`Assisted-by: Claude:claude-opus-4-6`, `Assisted-by: Claude Fable 5`; a person named there does not count), or a trailer whose key says AI (`AI-used-for:`, `Co-authored-by-AI:`, `AI-Tool:`, `AI-Model:`, `AI-Agent:`) with any value but a denial or a placeholder, or `AI-Assisted: yes`.',
    confidence: 'high',
  },
  {
    id: 'ai-disclosure-section',
    tool: 'Any AI tool',
    description:
      'An `## AI Disclosure` (or `AI Usage`, `AI Assistance`) section whose first paragraph says AI was used ("AI-assisted.", "made with assistance from Claude Code"); a denial ("No AI was used") does not count.',
    confidence: 'medium',
  },
  {
    id: 'ai-disclosure-statement',
    tool: 'Any AI tool',
    description:
      'A paragraph that opens by saying AI made the change: "Developed with AI assistance (Claude Code)", "This PR was written with the assistance of Claude Code", "Generated by an AI system"; a tool named elsewhere in prose, a denial, or a product built with an AI\'s API does not count.',
    confidence: 'medium',
  },
  {
    id: 'ai-line-attribution',
    tool: 'Line attribution',
    description:
      'A line-attribution record in the git notes under `refs/notes/ai`: a git-ai authorship log (`authorship/3.0.0`) or an Agent Trace record (Cursor, v0.1) that attributes lines to AI. The evidence gives the share of the added lines written by AI when it is known.',
    confidence: 'high',
  },
  {
    id: 'ai-label',
    tool: 'Any AI tool',
    description:
      'PR label from `labels` (default `ai-assisted`, `ai-generated`, `ai-detected` and the gitStream `🤖 ai-*` family).',
    confidence: 'high',
  },
  {
    id: 'ai-disclosure-checkbox',
    tool: 'Any AI tool',
    description:
      'A ticked checkbox in the PR body that discloses AI use (`- [x] This contribution was assisted or created by Generative AI tools`).',
    confidence: 'high',
  },
  {
    id: 'agent-branch',
    tool: 'Coding agents',
    description:
      'Head branch starting with an agent prefix from `branchPrefixes` (default `copilot/`, `claude/`, `codex/`, `cursor/`, `devin/`, `aider/`). Weak on its own.',
    confidence: 'low',
  },
];

/** Ids of the built-in signals, for validation. */
export const BUILT_IN_SIGNAL_IDS: ReadonlySet<string> = new Set(
  BUILT_IN_SIGNALS.map(signal => signal.id),
);

const BY_ID: ReadonlyMap<string, BuiltInSignal> = new Map(
  BUILT_IN_SIGNALS.map(signal => [signal.id, signal]),
);

/** The catalogue entry of a built-in signal; throws on a typo in our code. */
export function builtInSignal(id: string): BuiltInSignal {
  const signal = BY_ID.get(id);
  if (!signal) {
    throw new Error(`Unknown built-in signal ${id}`);
  }
  return signal;
}

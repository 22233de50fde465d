/**
 * Identities that only an AI tool uses: fixed addresses the tools write into
 * commits, and the GitHub accounts of AI agent bots. Only exact addresses
 * count, never a vendor's domain: people who work for a vendor (an aider
 * maintainer on `@aider.chat`) commit from that domain too.
 */
import { parseGithubNoreply } from '../git/githubNoreply';
import { Identity } from '../types';
import { builtInHit, SignalHit } from './hit';
import { isToolName, toolNamedIdentity } from './toolNamedIdentity';

const builtIn = (signal: string) => builtInHit(signal);

const CLAUDE = builtIn('claude-coauthor');
const COPILOT = builtIn('copilot-coauthor');
const COPILOT_AGENT = builtIn('copilot-agent');
const AIDER_IDENTITY = builtIn('aider-identity');
const agent = (tool: string) => builtInHit('agent-coauthor', tool);

const ADDRESSES: ReadonlyMap<string, SignalHit> = new Map([
  ['noreply@anthropic.com', CLAUDE],
  ['no-reply@anthropic.com', CLAUDE],
  ['copilot@github.com', COPILOT],
  ['cursoragent@cursor.com', builtIn('cursor-coauthor')],
  ['aider@aider.chat', builtIn('aider-coauthor')],
  ['noreply@aider.chat', builtIn('aider-coauthor')],
  ['noreply@aider.dev', builtIn('aider-coauthor')],
  ['noreply@openai.com', builtIn('codex-coauthor')],
  ['codex@openai.com', builtIn('codex-coauthor')],
  ['amp@ampcode.com', builtIn('amp-coauthor')],
  ['claude@anthropic.com', CLAUDE],
  ['noreply@opencode.ai', agent('opencode')],
  ['agent@warp.dev', agent('Warp')],
  ['oz-agent@warp.dev', agent('Warp')],
  ['openhands@all-hands.dev', agent('OpenHands')],
  ['opendevin@all-hands.dev', agent('OpenHands')],
  ['opendevin@opendevin.ai', agent('OpenHands')],
  ['gemini-cli@google.com', agent('Gemini CLI')],
  ['qwen-coder@alibabacloud.com', agent('Qwen Code')],
  ['droid@factory.ai', agent('Factory Droid')],
  ['noreply@kiro.dev', agent('Kiro')],
  ['noreply@tabnine.com', agent('Tabnine')],
  ['crush@charm.land', agent('Crush')],
  ['noreply@crush.charm.land', agent('Crush')],
  ['noreply@termai.io', agent('termai')],
  ['roomote@roocode.com', agent('Roo Code')],
  ['noreply@continue.dev', agent('Continue')],
  ['traecli@bytedance.com', agent('TRAE')],
  ['cascade@windsurf.ai', agent('Windsurf')],
  ['cascade@windsurf.com', agent('Windsurf')],
  ['cascade@windsurf.dev', agent('Windsurf')],
  ['noreply@codeium.com', agent('Windsurf')],
  ['agent@replit.com', agent('Replit Agent')],
  ['no-reply@replit.com', agent('Replit Agent')],
  ['devin@cognition.ai', agent('Devin')],
  ['charlie@charlielabs.ai', agent('Charlie')],
  ['noreply@qoder.com', agent('Qoder')],
  ['noreply@v0.dev', agent('v0')],
  ['noreply@lovable.dev', agent('Lovable')],
  ['noreply@bolt.new', agent('Bolt')],
  ['junie@jetbrains.com', agent('Junie')],
  ['agent@augmentcode.com', agent('Augment')],
  ['augment@augmentcode.com', agent('Augment')],
]);

/**
 * Addresses a tool shares with a person's first name: they count only when
 * the name beside them, if any, is the tool's ({@link isToolName}: `Jules`,
 * `Google Labs Jules`, `Jules CLI`), never a person's
 * (`Jules Martin <jules@google.com>`).
 */
const NAMED_ADDRESSES: ReadonlyMap<string, SignalHit> = new Map([
  ['jules@google.com', agent('Jules')],
  ['help@firebender.com', agent('Firebender')],
]);

function namedAddressHit(
  email: string,
  name: string | undefined,
): SignalHit | undefined {
  const hit = NAMED_ADDRESSES.get(email);
  return hit && (!name?.trim() || isToolName(name)) ? hit : undefined;
}

/** `agent@perfloop.ai`, `perf-agent@x.ai`: an agent's mailbox at an AI company. */
const AGENT_MAILBOX =
  /^(?:[a-z0-9]+[-_.])?agent@(?:[a-z0-9-]+\.)*([a-z0-9-]+)\.ai$/;
const AGENT_NAME = /^(.*?)[\s-]*\b(?:agent|bot)$/i;

/**
 * An agent's own mailbox on an AI company's `.ai` domain, under a name
 * that calls itself an agent (`Perfloop Agent <agent@perfloop.ai>`) or no
 * name; a person writing from that domain (`Jane <jane@perfloop.ai>`) or
 * a person's name on the mailbox never counts.
 */
function agentMailboxHit(
  email: string,
  name: string | undefined,
): SignalHit | undefined {
  const mailbox = AGENT_MAILBOX.exec(email);
  if (!mailbox) {
    return undefined;
  }
  const trimmed = name?.trim();
  if (!trimmed) {
    return agent(mailbox[1]);
  }
  const named = AGENT_NAME.exec(trimmed);
  return named ? agent(named[1].trim() || mailbox[1]) : undefined;
}

const aiBot = (tool: string) => builtInHit('ai-bot', tool);

const review = (tool: string) => builtInHit('ai-review-suggestion', tool);

/**
 * AI agent bot accounts on GitHub: login, and numeric id where known (each
 * with its source in `catalogue.test.ts`).
 */
const BOTS: ReadonlyArray<{ id?: number; login: string; hit: SignalHit }> = [
  { id: 198982749, login: 'copilot-swe-agent[bot]', hit: COPILOT_AGENT },
  { id: 175728472, login: 'copilot', hit: COPILOT },
  { id: 167198135, login: 'copilot[bot]', hit: aiBot('GitHub Copilot') },
  { id: 209825114, login: 'claude[bot]', hit: aiBot('Claude') },
  {
    id: 208546643,
    login: 'claude-code-action[bot]',
    hit: aiBot('Claude Code'),
  },
  { id: 206951365, login: 'cursor[bot]', hit: aiBot('Cursor') },
  { id: 215057067, login: 'openai-codex[bot]', hit: aiBot('OpenAI Codex') },
  {
    id: 199175422,
    login: 'chatgpt-codex-connector[bot]',
    hit: aiBot('OpenAI Codex'),
  },
  {
    id: 158243242,
    login: 'devin-ai-integration[bot]',
    hit: aiBot('Devin'),
  },
  { id: 161369871, login: 'google-labs-jules[bot]', hit: aiBot('Jules') },
  {
    id: 208079219,
    login: 'amazon-q-developer[bot]',
    hit: aiBot('Amazon Q Developer'),
  },
  { id: 205137888, login: 'cline[bot]', hit: aiBot('Cline') },
  { id: 138933559, login: 'factory-droid[bot]', hit: aiBot('Factory Droid') },
  { id: 159125892, login: 'gpt-engineer-app[bot]', hit: aiBot('Lovable') },
  { id: 131295404, login: 'codegen-sh[bot]', hit: aiBot('Codegen') },
  { id: 215619710, login: 'anthropic-claude[bot]', hit: aiBot('Claude') },
  { id: 230936708, login: 'continue[bot]', hit: aiBot('Continue') },
  { id: 201248094, login: 'sourcegraph-cody[bot]', hit: aiBot('Cody') },
  { id: 220155983, login: 'jetbrains-ai[bot]', hit: aiBot('JetBrains AI') },
  { id: 219738659, login: 'roomote[bot]', hit: aiBot('Roo Code') },
  { id: 260704009, login: 'open-agents-bot[bot]', hit: aiBot('Open Agents') },
  { login: 'openharness[bot]', hit: aiBot('Open Agents') },
  { login: 'opencode-agent[bot]', hit: aiBot('opencode') },
  // Copilot Autofix co-authors the code-scanning fixes a person commits
  {
    id: 62310815,
    login: 'github-advanced-security[bot]',
    hit: builtInHit('copilot-coauthor', 'Copilot Autofix'),
  },
  // an AI reviewer as co-author: its suggested change was committed
  {
    id: 136622811,
    login: 'coderabbitai[bot]',
    hit: review('CodeRabbit'),
  },
  {
    id: 176961590,
    login: 'gemini-code-assist[bot]',
    hit: review('Gemini Code Assist'),
  },
  { id: 65095814, login: 'ellipsis-dev[bot]', hit: review('Ellipsis') },
  { id: 165735046, login: 'greptile-apps[bot]', hit: review('Greptile') },
  { login: 'sourcery-ai[bot]', hit: review('Sourcery') },
];

const BOTS_BY_ID = new Map<number, SignalHit>(
  BOTS.flatMap(bot =>
    bot.id === undefined ? [] : [[bot.id, bot.hit] as const],
  ),
);
// `[bot]` logins are reserved for GitHub Apps, so they are safe to match;
// the bare `copilot` login is only trusted together with its id or type.
const BOTS_BY_LOGIN = new Map(
  BOTS.filter(bot => bot.login.endsWith('[bot]')).map(bot => [
    bot.login,
    bot.hit,
  ]),
);

function noreplyHit(email: string): SignalHit | undefined {
  const noreply = parseGithubNoreply(email);
  if (!noreply) {
    return undefined;
  }
  const byId =
    noreply.id === undefined ? undefined : BOTS_BY_ID.get(noreply.id);
  if (byId) {
    return byId;
  }
  // `NNN+Copilot@users.noreply.github.com`: GitHub owns the Copilot login,
  // and the numeric form cannot be typed by a person for their own account.
  if (noreply.login === 'copilot' && noreply.id !== undefined) {
    return COPILOT;
  }
  return BOTS_BY_LOGIN.get(noreply.login);
}

function accountHit(identity: Identity): SignalHit | undefined {
  const isBot = identity.type?.toLowerCase() === 'bot';
  if (isBot && identity.id !== undefined) {
    const byId = BOTS_BY_ID.get(identity.id);
    if (byId) {
      return byId;
    }
  }
  const login = identity.login?.trim().toLowerCase();
  if (!login) {
    return undefined;
  }
  // GraphQL drops the `[bot]` suffix and says `__typename: Bot` instead.
  const byLogin =
    BOTS_BY_LOGIN.get(login) ??
    (isBot ? BOTS_BY_LOGIN.get(`${login}[bot]`) : undefined);
  if (byLogin) {
    return byLogin;
  }
  // REST shows the coding agent's pull requests as `Copilot`, type `Bot`.
  return login === 'copilot' && isBot ? COPILOT_AGENT : undefined;
}

/**
 * The built-in signal an identity proves on its own, if any: a tool address,
 * an AI bot's noreply address (by numeric id), or an AI bot account.
 */
export function knownAiIdentity(identity: Identity): SignalHit | undefined {
  const email = identity.email?.trim().toLowerCase();
  if (email) {
    const byAddress =
      ADDRESSES.get(email) ??
      namedAddressHit(email, identity.name) ??
      agentMailboxHit(email, identity.name) ??
      noreplyHit(email);
    if (byAddress) {
      return byAddress;
    }
  }
  return accountHit(identity);
}

/**
 * A tool's fixed address or an AI bot; else an AI's name on an address
 * nobody reads (only then: one identity, one piece of evidence).
 */
export function aiIdentityHit(
  identity: Identity,
  role?: 'co-author',
): SignalHit | undefined {
  return knownAiIdentity(identity) ?? toolNamedIdentity(identity, role);
}

const AIDER_NAME = /\s\(aider\)$/i;

/**
 * Tools that document what their mark on the committer alone means: aider
 * (`website/docs/git.md`) marks the committer when it commits changes a
 * person made, and only the commit message is the model's.
 */
const COMMITTER_ONLY: ReadonlyMap<string, string> = new Map([
  ['aider-identity', 'aider-committer'],
]);

/** The weak hit a tool's mark means on the committer alone, if it has one. */
export function committerOnlyHit(hit: SignalHit): SignalHit | undefined {
  const weak = COMMITTER_ONLY.get(hit.signal);
  return weak ? builtInHit(weak) : undefined;
}

/** aider commits as `Jane Doe (aider)`: the person's name plus a suffix. */
export function aiderNameHit(identity: Identity): SignalHit | undefined {
  return identity.name && AIDER_NAME.test(identity.name.trim())
    ? AIDER_IDENTITY
    : undefined;
}

const DEPENDENCY_BOTS = new Set([
  'dependabot',
  'dependabot-preview',
  'renovate',
  'renovate-bot',
  'renovatebot',
  'renovate bot',
  'greenkeeper',
  'depfu',
  'pyup-bot',
  'snyk-bot',
  'mend-bolt-for-github',
  'whitesource-renovate',
]);

function isDependencyBotName(value: string | undefined): boolean {
  if (!value) {
    return false;
  }
  const name = value
    .trim()
    .toLowerCase()
    .replace(/\[bot\]$/, '');
  return DEPENDENCY_BOTS.has(name);
}

/**
 * Dependency bots paste upstream release notes into their commits and pull
 * requests, and those notes are full of `@Copilot` mentions and co-author
 * lines of other projects. Nothing they write says anything about this
 * change, so their messages are not scanned.
 */
export function isDependencyBot(identity: Identity | undefined): boolean {
  if (!identity) {
    return false;
  }
  const email = identity.email?.trim().toLowerCase();
  return (
    isDependencyBotName(identity.login) ||
    isDependencyBotName(identity.name) ||
    isDependencyBotName(parseGithubNoreply(email)?.login) ||
    email === 'bot@renovateapp.com'
  );
}

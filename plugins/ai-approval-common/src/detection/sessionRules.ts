/**
 * Links to an agent's session, thread, task or run, and the trailers that
 * carry them: an agent writes them itself, and they survive where the
 * co-author line was switched off. A link to a tool's homepage or docs is
 * no session: only the paths of runs count.
 */
import { findAiMention } from './aiVocabulary';
import { builtInHit } from './hit';
import { LEAD, LineRule, regexRule, SESSION_VALUE } from './lineRule';

/**
 * `<Tool>-Session:`, `<Tool>-Thread-ID:`, `Agent-Logs-Url:`: a trailer
 * whose key names an AI tool (or says `Agent` / `AI`) and a session word,
 * with a link or an id as its value.
 */
const SESSION_TRAILER =
  /^([a-z][\w.]*(?:-[a-z][\w.]*)?)-(?:session|thread|run|task|conversation|chat|trace|logs?)(?:-(?:id|url|uri|link))?\s*:\s*(\S.*)$/i;
const ID_OR_URL = new RegExp(`^${SESSION_VALUE}`);
const GENERIC_PREFIXES = new Set(['agent', 'ai', 'coding-agent', 'ai-agent']);
/**
 * Replit writes `Replit-Commit-Session-Id:` on a person's commits too; only
 * `Replit-Commit-Author: Agent` says the agent made it (`replit-agent`).
 */
const NOT_AGENT_SESSIONS = new Set(['replit-commit']);

const sessionTrailerRule: LineRule = {
  signals: ['session-link'],
  needles: ['session', 'thread', 'run', 'task', 'conversation', 'chat', 'log'],
  fallback: true,
  match: line => {
    const found = SESSION_TRAILER.exec(line.text);
    if (!found || !ID_OR_URL.test(found[2])) {
      return undefined;
    }
    const prefix = found[1].toLowerCase();
    if (NOT_AGENT_SESSIONS.has(prefix)) {
      return undefined;
    }
    if (GENERIC_PREFIXES.has(prefix)) {
      return builtInHit('session-link');
    }
    const tool = findAiMention(found[1].replace(/-/g, ' '))?.tool;
    return tool ? builtInHit('session-link', tool) : undefined;
  },
};

/** Paths of agent runs, by service: `https://ampcode.com/threads/T-...`. */
const RUN_URLS: ReadonlyArray<[string, string, string]> = [
  ['ampcode.com/threads/', String.raw`ampcode\.com/threads/t-`, 'Amp'],
  ['claude.ai/code/', String.raw`claude\.ai/code/session_`, 'Claude Code'],
  ['opencode.ai/s/', String.raw`opencode\.ai/s/\w`, 'opencode'],
  ['open-agents.dev/', String.raw`open-agents\.dev/sessions/\w`, 'Open Agents'],
  [
    'all-hands.dev/',
    String.raw`app\.all-hands\.dev/conversations/\w`,
    'OpenHands',
  ],
  ['v0.', String.raw`v0\.(?:dev|app)/chat/\w`, 'v0'],
  ['lovable.dev/', String.raw`lovable\.dev/projects/\w`, 'Lovable'],
];

/**
 * A run link on a line of its own (`Thread: https://ampcode.com/threads/T-...`
 * after a heading, or as a Markdown link `[Chat](https://...)`).
 */
const runUrlRules: LineRule[] = RUN_URLS.map(([needle, path, tool]) => {
  const regex = new RegExp(
    String.raw`${LEAD}(?:[\p{L} ]{1,20}:\s*)?(?:\[[^\]]{0,40}\]\(\s*)?https?://(?:www\.)?${path}`,
    'iu',
  );
  const hit = builtInHit('session-link', tool);
  return {
    signals: ['session-link'],
    needles: [needle],
    match: line => (regex.test(line.text) ? hit : undefined),
  };
});

/**
 * Entire CLI (`cmd/entire/cli/trailers/trailers.go`) links a commit to the
 * agent session it checkpointed: `Entire-Checkpoint: <12 hex>`, and
 * `Entire-Session:`, `Entire-Agent:`, `Entire-Strategy:`... on its own
 * commits.
 */
const entireRule = regexRule(
  'entire',
  ['entire-'],
  String.raw`^entire-(?:checkpoint|session|agent|strategy|metadata(?:-task)?|condensation|source-ref|attribution)\s*:\s*\S`,
);

/** Every built-in rule over session links. */
export const SESSION_RULES: readonly LineRule[] = [
  ...runUrlRules,
  entireRule,
  sessionTrailerRule,
];

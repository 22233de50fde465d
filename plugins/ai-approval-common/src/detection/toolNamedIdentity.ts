/**
 * Co-author lines written by hand or by a team's own hook name the model or
 * tool on an address nobody reads: `Gemini <noreply@google.com>`,
 * `Qwen Code <noreply@alibaba.com>`, `Grok <noreply@x.ai>`,
 * `Qwen 3.8 27B <qwen3.8-27b@local>`. No fixed list can keep up with them,
 * but the pair says enough: a name that is an AI's, on an address that is
 * no person's (or on none: `Co-authored-by: ChatGPT`). A person's own
 * address (`Gemini Rivera <gemini@rivera.dev>`) never counts, nor does a
 * person's name (`Claude Paroz <noreply@...>`).
 */
import { Identity } from '../types';
import { findAiMention, toolNameWords } from './aiVocabulary';
import { builtInHit, SignalHit } from './hit';
import { findModelName } from './modelNames';

/**
 * `noreply@`, `no-reply@`, `noreply+tag@`, or a host that is not on the
 * internet or is reserved for examples (RFC 2606: `example.com`, `.test`).
 */
const UNREAD_ADDRESS =
  /^(?:no-?reply(?:[+.-][^@]*)?@[^@\s]+|[^@\s]+@(?:[^@\s]+\.)?(?:local|localhost|invalid|test|example|example\.(?:com|org|net)))$/i;

/** Capitalised words that may stand beside a tool's name in its own. */
const TOOL_NAME_WORDS = new Set(
  (
    'code coder cli assist assistant agent autofix cascade chat coding ' +
    'desktop developer ide bot pro flash lite max mini nano turbo ultra ' +
    'preview instruct thinking reasoner plus opus sonnet haiku model ' +
    'google labs openai anthropic alibaba microsoft github amazon meta'
  ).split(' '),
);
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * A name made of the tool's words only: `Gemini 2.5 Pro`, `Qwen Code`,
 * `Claude Opus 4.8 (1M context)`, `Google Labs Jules`; not `Gemini Rivera`,
 * whose other capitalised word makes it a person's.
 */
export function isToolName(name: string): boolean {
  const ofTools = toolNameWords(name);
  return name
    .split(/[^\p{L}\p{N}]+/u)
    .every(
      word =>
        !CAPITALISED_WORD.test(word) ||
        TOOL_NAME_WORDS.has(word.toLowerCase()) ||
        ofTools.has(word.toLowerCase()) ||
        findAiMention(word)?.tool !== undefined,
    );
}

/**
 * A name that is a model's, whatever the address: `Kimi K2.5`,
 * `Claude Fable 5 (1M context)`; the model is most of the name, so a
 * person called Claude with a number in their name is not one.
 */
function modelNamed(name: string): string | undefined {
  const found = findModelName(name);
  return found &&
    found.model.length * 2 >= name.replace(/\(.*?\)/g, '').trim().length
    ? found.tool
    : undefined;
}

/**
 * The built-in `ai-named-coauthor` hit for such an identity, if it is one.
 * Without an address, only a co-author line can say it (`Co-authored-by:
 * ChatGPT`): an author or committer without one is no commit's, and its name
 * alone proves nothing.
 */
export function toolNamedIdentity(
  identity: Identity,
  role: 'co-author' | 'identity' = 'identity',
): SignalHit | undefined {
  const email = identity.email?.trim();
  const name = identity.name?.trim();
  const model = name ? modelNamed(name) : undefined;
  if (model) {
    return builtInHit('ai-named-coauthor', model);
  }
  const address = email ? UNREAD_ADDRESS.test(email) : role === 'co-author';
  if (!name || !address || !isToolName(name)) {
    return undefined;
  }
  const mention = findAiMention(name);
  return mention ? builtInHit('ai-named-coauthor', mention.tool) : undefined;
}

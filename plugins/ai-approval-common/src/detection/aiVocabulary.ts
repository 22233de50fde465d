/**
 * Deciding whether free text (an `Assisted-by:` value, a ticked checkbox)
 * names an AI tool. Projects use `Assisted-by:` for human helpers by the
 * hundreds, and several tool names are also first names (Claude, Devin,
 * Jules, Cody, Cline), so a bare word match is not enough.
 */

/** What a piece of text says about AI. */
export interface AiMention {
  /** the tool named; undefined for a generic "AI" / "LLM" */
  tool?: string;
}

interface Term {
  regex: RegExp;
  /** undefined for generic terms ("AI", "LLM") that name no tool */
  tool?: string;
  /** also a first name or an ordinary word: needs a tool-like context */
  ambiguous: boolean;
}

function term(source: string, tool?: string, ambiguous = false): Term {
  return { regex: new RegExp(`\\b(?:${source})\\b`, 'giu'), tool, ambiguous };
}

const TERMS: readonly Term[] = [
  term('claude[\\s-]?code', 'Claude Code'),
  term('opus|sonnet|haiku|anthropic', 'Claude'),
  term('claude', 'Claude', true),
  term('chatgpt|openai|gpt[\\w.-]*|o[134](?:-mini|-pro)?', 'ChatGPT'),
  term('codex', 'OpenAI Codex'),
  term('copilot', 'GitHub Copilot'),
  term('gemini', 'Gemini'),
  term('code\\s?llama|llama[\\w.-]*', 'Llama'),
  term('mistral|mixtral|devstral|codestral', 'Mistral'),
  term('deepseek[\\w.-]*', 'DeepSeek'),
  term('qwen[\\w.-]*', 'Qwen'),
  term('grok', 'Grok'),
  term('windsurf|codeium', 'Windsurf'),
  term('tabnine', 'Tabnine'),
  term('aider', 'aider'),
  term('codebuff', 'Codebuff'),
  term('amazon\\s+q|codewhisperer', 'Amazon Q'),
  term('gitlab\\s+duo', 'GitLab Duo'),
  term('kimi', 'Kimi'),
  term('glm-?\\d[\\w.-]*', 'GLM'),
  term('roo\\s?code', 'Roo Code'),
  term('opencode', 'opencode'),
  term('junie', 'Junie'),
  term('augment\\s?code', 'Augment Code'),
  term('kiro', 'Kiro', true),
  term('sourcegraph\\s+cody', 'Cody'),
  term('zed\\s+ai', 'Zed AI'),
  term('jetbrains\\s+ai(?:\\s+assistant)?', 'JetBrains AI Assistant'),
  term('cursor', 'Cursor', true),
  term('devin', 'Devin', true),
  term('jules', 'Jules', true),
  term('cody', 'Cody', true),
  term('cline', 'Cline', true),
  term('amp', 'Amp', true),
  term('continue', 'Continue', true),
  term('llms?|genai|gen-ai|generative\\s+ai|large\\s+language\\s+models?'),
  term('artificial\\s+intelligence|chatbot'),
  term('ai', undefined, true),
];

/** Words that may follow a tool name without making it a person's name. */
const QUALIFIERS = new Set([
  'code',
  'ai',
  'agent',
  'assistant',
  'chat',
  'cli',
  'desktop',
  'ide',
  'opus',
  'sonnet',
  'haiku',
  'pro',
  'max',
  'composer',
  'tab',
  'tools',
  'tool',
  'model',
  'models',
]);

const NAME_BEFORE = /(?:\p{L}[-']|\p{Lu}\p{L}*\s+)$/u;
const WORD_AFTER = /^\s+(\p{L}[\p{L}\p{N}.-]*)/u;

/**
 * `Claude Paroz`, `Jean-Claude`, `Devin Smith`: a capitalised word right
 * before or after the term makes it part of a person's name.
 */
function looksLikeName(text: string, start: number, end: number): boolean {
  if (NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start))) {
    return true;
  }
  const next = WORD_AFTER.exec(text.slice(end, end + 40));
  return (
    !!next && /^\p{Lu}/u.test(next[1]) && !QUALIFIERS.has(next[1].toLowerCase())
  );
}

/**
 * `AI` in capitals is the acronym, not the name `Ai` (unless the whole text
 * shouts): "Assisted-by: Some Editor AI" discloses, "Assisted-by: Ai Kato"
 * credits a person.
 */
function isAcronym(word: string, text: string): boolean {
  return word === 'AI' && text !== text.toUpperCase();
}

function findTerm(text: string, entry: Term): boolean {
  for (const match of text.matchAll(entry.regex)) {
    const start = match.index ?? 0;
    if (
      !entry.ambiguous ||
      isAcronym(match[0], text) ||
      !looksLikeName(text, start, start + match[0].length)
    ) {
      return true;
    }
  }
  return false;
}

/** The first AI tool or generic AI term the text names, if any. */
export function findAiMention(text: string): AiMention | undefined {
  for (const entry of TERMS) {
    if (findTerm(text, entry)) {
      return { tool: entry.tool };
    }
  }
  return undefined;
}

const USAGE =
  /\b(?:assist\w*|generat\w*|creat\w*|writ\w*|wrote|written|used?|using|help\w*|produc\w*|authored|co-authored|made|built|drafted|suggest\w*)\b/iu;
const NEGATION =
  /\b(?:no|not|without|never|none|neither|nor|didn'?t|don'?t|wasn'?t|isn'?t)\b/iu;
// Templates also tick boxes like "I have read the AI policy": that is
// agreement to a rule, not a disclosure.
const ACKNOWLEDGEMENT =
  /\b(?:polic(?:y|ies)|guidelines?|rules|read|understand|agree|acknowledge)\b/iu;

/**
 * Whether the text of a ticked checkbox discloses AI use: it names AI or a
 * tool, says it was used, and is neither a denial ("No AI tools were used")
 * nor an acknowledgement of a policy.
 */
export function isAiDisclosure(text: string): AiMention | undefined {
  if (!USAGE.test(text) || NEGATION.test(text) || ACKNOWLEDGEMENT.test(text)) {
    return undefined;
  }
  return findAiMention(text);
}

/**
 * Model names: a vendor or family word followed by a version or a size
 * (`Claude Opus 4.6`, `claude-fable-5`, `gemini-2.5-pro`, `Kimi K2.5`,
 * `qwen3.7-max`, `Llama 3.1 70B`, `anthropic/claude-opus-5`). A person
 * called Claude has no version number: `Claude Paroz` is a name,
 * `Claude Fable 5` a model, even one released after this was written.
 * Only family words count: `Sphinx 7.2` or `Django 4.2` name no model.
 */

import { findAiMention } from './aiVocabulary';

/** A family word and the tool its models belong to. */
const FAMILIES: ReadonlyArray<[string, string]> = [
  ['claude|opus|sonnet|haiku', 'Claude'],
  ['chatgpt|gpt', 'ChatGPT'],
  ['gemini', 'Gemini'],
  ['gemma', 'Gemma'],
  ['code\\s?llama|llama', 'Llama'],
  ['qwen|qwq', 'Qwen'],
  ['deepseek', 'DeepSeek'],
  ['mistral|mixtral|codestral|devstral|magistral|ministral', 'Mistral'],
  ['kimi', 'Kimi'],
  ['chatglm|glm', 'GLM'],
  ['grok', 'Grok'],
  ['phi', 'Phi'],
  ['nemotron', 'Nemotron'],
  ['minimax', 'MiniMax'],
  ['starcoder', 'StarCoder'],
];

/**
 * Family, then up to two words (`Opus`, `code-fast`), then the version:
 * digits with dots or dashes, perhaps after a letter (`K2.5`, `R1`, `v3`)
 * and before one (`4o`), perhaps followed by a size (`70B`).
 */
const MODEL = new RegExp(
  String.raw`\b(${FAMILIES.map(([f]) => f).join(
    '|',
  )})(?:[\s_-]+\p{L}{2,12}){0,2}?[\s_-]*[kvr]?\d+(?:[._-]\d+)*[a-z]?(?:[\s_-]+\d+(?:\.\d+)?[bmk])?\b`,
  'iu',
);

const TOOLS: ReadonlyArray<[RegExp, string]> = FAMILIES.map(([f, tool]) => [
  new RegExp(`^(?:${f})$`, 'i'),
  tool,
]);

/** A model named in some text. */
export interface ModelName {
  /** the model as written */
  model: string;
  /** the family's tool: `Claude`, `Gemini` */
  tool: string;
}

/** The first model name in the text, if any. */
export function findModelName(text: string): ModelName | undefined {
  const found = MODEL.exec(text);
  if (!found) {
    return undefined;
  }
  const family = found[1].replace(/\s+/g, ' ');
  const tool = TOOLS.find(([regex]) => regex.test(family))?.[1] ?? family;
  return { model: found[0], tool };
}

/**
 * The tool a piece of text (a footer's link, a trailer's value) names: a
 * tool word (`Claude Code`), else a model's family (`Claude Fable 5`).
 */
export function toolOrModelIn(text: string): string | undefined {
  return findAiMention(text)?.tool ?? findModelName(text)?.tool;
}

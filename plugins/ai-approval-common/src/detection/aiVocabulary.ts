/**
 * Deciding whether free text (an `Assisted-by:` value, a ticked checkbox)
 * names an AI tool. Projects use `Assisted-by:` for human helpers by the
 * hundreds, and several tool names are also first names (Claude, Devin,
 * Jules, Cody, Cline), so a bare word match is not enough. The words
 * themselves are in `toolTerms.ts`.
 */
import { GENERIC_TERMS, TermKind, TOOL_TERMS } from './toolTerms';

/** What a piece of text says about AI. */
export interface AiMention {
  /** the tool named; undefined for a generic "AI" / "LLM" */
  tool?: string;
}

interface Term {
  regex: RegExp;
  /** undefined for generic terms ("AI", "LLM") that name no tool */
  tool?: string;
  kind: TermKind;
}

const TERMS: readonly Term[] = [...TOOL_TERMS, ...GENERIC_TERMS].map(
  ({ source, tool, kind }) => ({
    regex: new RegExp(`\\b(?:${source})\\b`, 'giu'),
    tool,
    kind,
  }),
);

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

/** An ordinary word names the tool only when capitalised: `Lovable`. */
function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function findTerm(text: string, entry: Term): boolean {
  for (const match of text.matchAll(entry.regex)) {
    const start = match.index ?? 0;
    const found =
      entry.kind === 'plain' ||
      (entry.kind === 'word' && isCapitalised(match[0])) ||
      (entry.kind === 'name' &&
        (isAcronym(match[0], text) ||
          !looksLikeName(text, start, start + match[0].length)));
    if (found) {
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

/**
 * The words of a text that belong to a tool's name of several words
 * (`roo` and `code` of `Roo Code Bot`), for telling a tool's name from a
 * person's; terms that are also first names give none.
 */
export function toolNameWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const entry of TERMS) {
    if (entry.kind !== 'plain' || !entry.tool) continue;
    for (const match of text.matchAll(entry.regex)) {
      for (const word of match[0].toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
        if (word) words.add(word);
      }
    }
  }
  return words;
}

const USAGE =
  /\b(?:assist\w*|generat\w*|creat\w*|writ\w*|wrote|written|used?|using|help\w*|produc\w*|authored|co-authored|made|built|drafted|suggest\w*|implement\w*|develop\w*)\b/iu;
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

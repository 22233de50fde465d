/**
 * Rules over a whole message (a commit message or a PR body) rather than
 * one line: conventions that need two lines to say something.
 */
import { parseCoAuthorLine } from '../git/coAuthors';
import { isQuotedLine, MessageLine, splitLines } from '../git/messageLines';
import { isAiDisclosure } from './aiVocabulary';
import { builtInHit, SignalHit } from './hit';
import { LEAD } from './lineRule';
import { toolOrModelIn } from './modelNames';

/** A rule over a whole message. */
export interface MessageRule {
  /** the signal ids the rule can report */
  signals: readonly string[];
  /** the rule only runs on texts with a match of this */
  hint: RegExp;
  match(lines: readonly string[]): Array<{ hit: SignalHit; line: string }>;
}

const FOOTER = new RegExp(
  String.raw`${LEAD}generated\s+(?:with|by|using)\s+(?:\[([^\]]{1,60})\]\(\s*https?://[^)\s]+\s*\)|([^\s[(][^[(]{0,39}))$`,
  'iu',
);
const STARTS_WITH_EMOJI = /^\p{Extended_Pictographic}/u;

/**
 * Automation that is no AI and writes footers or co-author lines of its
 * own: a match with one of these is never an agent's signature.
 */
const NOT_AGENTS = new Set(
  (
    'dependabot renovate renovatebot mend githubactions github actions ' +
    'precommitci mergify semanticrelease releaseplease changesets ' +
    'allcontributors imgbot stale snyk codecov netlify vercel sonarcloud ' +
    'protoc sphinx javadoc doxygen swagger openapigenerator make'
  ).split(' '),
);

/** `Charm Crush`, `crush[bot]`, `Crush (v0.9)` -> `charm crush`... */
function words(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\[bot\]|\(.*?\)/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The co-author names the footer's name as its last words. */
function sameTool(footer: string[], coAuthor: string[]): boolean {
  if (footer.length === 0 || footer.length > coAuthor.length) {
    return false;
  }
  const tail = coAuthor.slice(coAuthor.length - footer.length);
  return tail.join(' ') === footer.join(' ');
}

function footerName(line: string): string | undefined {
  const found = FOOTER.exec(line);
  if (!found) {
    return undefined;
  }
  // without a link, only a line that starts with an emoji is a footer
  return found[1] ?? (STARTS_WITH_EMOJI.test(line) ? found[2] : undefined);
}

/**
 * The agent's signature: a `Generated with [X](url)` footer (or
 * `🤖 Generated with X`) and a `Co-authored-by:` line naming the same X.
 * Agents copy this pair from Claude Code; together they say an agent wrote
 * the commit even when X is new. A known X is already another rule's.
 */
const signatureRule: MessageRule = {
  signals: ['agent-signature'],
  hint: /generated/i,
  match: lines => {
    const footers = lines.flatMap(line => {
      const name = footerName(line);
      return name && !toolOrModelIn(name) ? [{ name, line }] : [];
    });
    if (footers.length === 0) {
      return [];
    }
    const coAuthors = lines.flatMap(line => {
      const name = parseCoAuthorLine(line)?.name;
      return name ? [words(name)] : [];
    });
    return footers
      .filter(({ name }) => {
        const footer = words(name);
        return (
          !NOT_AGENTS.has(footer.join('')) &&
          coAuthors.some(coAuthor => sameTool(footer, coAuthor))
        );
      })
      .map(({ name, line }) => ({
        hit: builtInHit('agent-signature', name.trim()),
        line,
      }));
  },
};

const SECTION_HEADING =
  /^(?:#{1,6}\s*|\*\*)?(?:ai|llm|generative\s+ai)[\s-]+(?:disclosure|usage|use|assistance|involvement)s?\b[*:\s]*$/i;
const HEADING = /^(?:#{1,6}\s|\*\*.*\*\*$)/;

/** The paragraph under a heading: its lines up to a blank one or a heading. */
function paragraphAfter(lines: readonly string[], at: number): string[] {
  const paragraph: string[] = [];
  for (let i = at + 1; i < lines.length && paragraph.length < 6; i += 1) {
    if (lines[i] === '') {
      if (paragraph.length > 0) break;
      continue;
    }
    if (HEADING.test(lines[i])) break;
    paragraph.push(lines[i]);
  }
  return paragraph;
}

/**
 * An `## AI Disclosure` section (projects such as Ghostty ask for one in
 * every pull request, and squash merges copy it into the commit) whose
 * first paragraph says AI was used: "AI-assisted.", "This pull request was
 * made with assistance from Claude Code". "No AI was used" is no
 * disclosure of use.
 */
const disclosureSectionRule: MessageRule = {
  signals: ['ai-disclosure-section'],
  hint: /(?:ai|llm)[\s-]+(?:disclosure|usage|use|assistance|involvement)/i,
  match: lines => {
    const at = lines.findIndex(line => SECTION_HEADING.test(line));
    if (at < 0) {
      return [];
    }
    const paragraph = paragraphAfter(lines, at);
    const mention = isAiDisclosure(paragraph.join(' '));
    if (!mention) {
      return [];
    }
    const hit = builtInHit('ai-disclosure-section', mention.tool);
    return [{ hit, line: paragraph[0] }];
  },
};

/** Every built-in rule over whole messages. */
export const BUILT_IN_MESSAGE_RULES: readonly MessageRule[] = [
  signatureRule,
  disclosureSectionRule,
];

/** The lines message rules look at: trimmed, quoted ones blanked. */
function ruleLines(text: string): string[] {
  return splitLines(text).map(raw => {
    const line = raw.trim();
    return isQuotedLine(line) ? '' : line;
  });
}

/** Runs message rules over a text, reporting each active hit. */
export function scanWholeMessage(
  text: string | undefined | null,
  rules: readonly MessageRule[],
  isActive: (signal: string) => boolean,
  report: (hit: SignalHit, line: MessageLine) => void,
): void {
  if (typeof text !== 'string' || text.length === 0) {
    return;
  }
  let lines: string[] | undefined;
  for (const rule of rules) {
    if (!rule.hint.test(text)) continue;
    lines ??= ruleLines(text);
    for (const { hit, line } of rule.match(lines)) {
      if (isActive(hit.signal)) {
        report(hit, { text: line, lower: line.toLowerCase() });
      }
    }
  }
}

/**
 * A line that opens by saying AI made the change: "Developed with AI
 * assistance (Claude Code); I reviewed the change", "This PR was generated
 * by an AI system in collaboration with maintainers", "Generated with
 * Claude Code assistance." A tool named in prose anywhere else ("I had
 * Codex look into the regression", "came up in Codex review"), a denial,
 * and a product built with an AI's API ("Built with the OpenAI API") do
 * not count.
 */
import { findAiMention } from './aiVocabulary';
import { builtInHit } from './hit';
import { LEAD, LineRule } from './lineRule';

const VERBS = [
  'developed',
  'written',
  'generated',
  'created',
  'made',
  'built',
  'implemented',
  'authored',
  'drafted',
  'produced',
  'prepared',
];

const STATEMENT = new RegExp(
  String.raw`${LEAD}(?:(?:this|the)\s+(?:pr|pull\s+request|change|commit|patch|fix|code|implementation)\s+(?:was|is|has\s+been)\s+)?(?:(?:partly|partially|largely|mostly|fully|primarily|entirely)\s+)?(?:${VERBS.join(
    '|',
  )})\s+(?:with|using|by|in\s+collaboration\s+with)\b(.*)$`,
  'iu',
);
const DENIED = /\b(?:no|not|without|never|none)\b/i;
const PRODUCT =
  /\b(?:api|sdks?|librar(?:y|ies)|clients?|providers?|integrations?|endpoints?|support)\b/i;

/**
 * A catch-all: it runs after the tools' own rules and the configured
 * signals, and only on lines none of them matched (footers are theirs).
 */
export const statementRule: LineRule = {
  signals: ['ai-disclosure-statement'],
  needles: VERBS,
  fallback: true,
  match: line => {
    const statement = STATEMENT.exec(line.text);
    if (!statement) {
      return undefined;
    }
    const sentence = statement[1].split(/[.;!?](?:\s|$)/)[0];
    if (DENIED.test(sentence) || PRODUCT.test(sentence)) {
      return undefined;
    }
    const mention = findAiMention(sentence);
    return mention
      ? builtInHit('ai-disclosure-statement', mention.tool)
      : undefined;
  },
};

/**
 * Disclosure trailers: `Assisted-by:` (Linux kernel, Fedora, LLVM, Ansible,
 * OpenSSF), `Generated-by:` (ASF, OpenStack), `AI-used-for:` (QEMU),
 * `Co-authored-by-AI:`, and teams' own `AI-Tool:` / `AI-Model:` /
 * `AI-Assisted:`.
 *
 * `Assisted-by:` and `Generated-by:` credit human helpers and build tools
 * in many projects, so they count only when the value names an AI tool or a
 * model. A key that says AI itself counts for any value that is neither a
 * denial (`none`, `n/a`, `no`) nor a template's placeholder.
 */
import { LIST_MARKER } from '../git/messageLines';
import { findAiMention } from './aiVocabulary';
import { builtInHit, SignalHit } from './hit';
import { knownAiIdentity } from './knownIdentities';
import { LineRule } from './lineRules';
import { findModelName } from './modelNames';

const TRAILER = new RegExp(
  String.raw`^${LIST_MARKER}(assisted-by|ai-assisted-by|generated-by|co-authored-by-ai|ai-co-authored-by|ai-used-for|ai-tool|ai-model|ai-agent|ai-assisted)\s*:\s*(.+)$`,
  'iu',
);
const EMAIL = /<?\s*([^\s<>]+@[^\s<>]+)\s*>?/;
/** `AI-Assisted: yes`, not `no` nor a template's unfilled `yes/no` */
const YES = /^(?:yes|true)\b(?!\s*\/)/i;
const DENIAL =
  /^(?:none|no|n\/?a|false|-+|0|nothing|not\s+used|unused|null|tbd)\b\.?$/i;
/** `<tool>`, `[name of tool]`, `{model}`: left as the template wrote it */
const PLACEHOLDER = /^[<[{].*[>\]}]$/;
/** the kernel's `AGENT_NAME:MODEL_VERSION [TOOLS]` */
const AGENT_AND_MODEL = /^([^:\s][^:]{0,40}?)\s*:\s*(\S.*)$/;

/** Keys that credit whoever is named; the others say AI themselves. */
const NAMING_KEYS = new Set(['assisted-by', 'ai-assisted-by', 'generated-by']);

/**
 * Naming a tool or model is a deliberate disclosure; "AI" or "LLM" alone
 * (or a bare `AI-Assisted: yes`) is still one, but says less, so it sits
 * at the default threshold.
 */
function disclosure(tool: string | undefined): SignalHit {
  return tool
    ? builtInHit('assisted-by', tool)
    : { signal: 'assisted-by', confidence: 'medium' };
}

/** The tool a value names: the agent of `Agent:model`, else any tool or model. */
function toolNamed(value: string): { tool?: string } | undefined {
  const pair = AGENT_AND_MODEL.exec(value);
  if (pair && findModelName(pair[2])) {
    return { tool: findAiMention(pair[1])?.tool ?? pair[1].trim() };
  }
  const mention = findAiMention(value);
  if (mention) {
    return mention;
  }
  const model = findModelName(value);
  return model && { tool: model.tool };
}

function addressHit(value: string): SignalHit | undefined {
  const address = EMAIL.exec(value)?.[1];
  const known = address ? knownAiIdentity({ email: address }) : undefined;
  return known && builtInHit('assisted-by', known.tool);
}

function matchValue(key: string, value: string): SignalHit | undefined {
  if (key === 'ai-assisted') {
    return YES.test(value) ? disclosure(findAiMention(value)?.tool) : undefined;
  }
  const named = toolNamed(value);
  if (NAMING_KEYS.has(key)) {
    // an address beside the name is a person's unless it is a tool's
    if (EMAIL.test(value)) {
      return addressHit(value);
    }
    return named && disclosure(named.tool);
  }
  if (DENIAL.test(value) || PLACEHOLDER.test(value)) {
    return undefined;
  }
  return addressHit(value) ?? disclosure(named?.tool);
}

/** The disclosure trailers; a catch-all after the tools' own rules. */
export const disclosureRule: LineRule = {
  signals: ['assisted-by'],
  needles: ['assisted', 'generated-by', 'ai-', 'by-ai'],
  fallback: true,
  match: line => {
    const found = TRAILER.exec(line.text);
    return found
      ? matchValue(found[1].toLowerCase(), found[2].trim())
      : undefined;
  },
};

/**
 * Line-level attribution records that tools attach to commits as git notes
 * under `refs/notes/ai`:
 * - git-ai authorship logs (`specs/git_ai_standard_v3.0.0.md` of
 *   git-ai-project/git-ai): an attestation section of file paths and
 *   indented `<key> <line ranges>` entries, a `---` line, then JSON
 *   metadata with `schema_version: "authorship/3.0.0"`; keys `s_...` (AI
 *   sessions) and bare hex (legacy AI prompts) are AI's, `h_...` a known
 *   human's.
 * - Agent Trace records (cursor/agent-trace, v0.1): JSON with `files[]`,
 *   each with `conversations[]` of `ranges[]` (`start_line`, `end_line`)
 *   and a `contributor.type` of `ai`, `human`, `mixed` or `unknown`, at the
 *   conversation or the range. One record, or one a line.
 * Anything else is no record.
 */

/** What a record says about a commit's lines. */
export interface LineAttribution {
  format: 'git-ai' | 'agent-trace';
  /** tools and models named, as the record writes them */
  tools: string[];
  models: string[];
  /** lines attributed to AI */
  aiLines: number;
  /** lines attributed to anyone, AI included */
  attributedLines: number;
  /** whether every line the record attributes has a known contributor */
  coversHumans: boolean;
}

const RANGE = /^(\d+)(?:-(\d+))?$/;

/** `1-4,9,12-14` -> 8; undefined when it is not a range list. */
function countRanges(ranges: string): number | undefined {
  let total = 0;
  for (const part of ranges.split(',')) {
    const found = RANGE.exec(part);
    if (!found) return undefined;
    const start = Number(found[1]);
    const end = found[2] === undefined ? start : Number(found[2]);
    if (end < start) return undefined;
    total += end - start + 1;
  }
  return total;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, any> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const unique = (values: unknown[]): string[] => [
  ...new Set(
    values.filter((v): v is string => typeof v === 'string' && v.length > 0),
  ),
];

function agentsOf(metadata: Record<string, any>, keys: Set<string>) {
  const records = [metadata.sessions, metadata.prompts]
    .filter(isObject)
    .flatMap(map => Object.entries(map))
    .filter(([key]) => keys.has(key))
    .map(([, record]) => (isObject(record) ? record.agent_id : undefined))
    .filter(isObject);
  return {
    tools: unique(records.map(agent => agent.tool)),
    models: unique(records.map(agent => agent.model)),
  };
}

function parseGitAi(note: string): LineAttribution | undefined {
  const divider = note.search(/^---$/m);
  if (divider < 0) return undefined;
  const metadata = parseJson(note.slice(divider + 3));
  if (
    !isObject(metadata) ||
    typeof metadata.schema_version !== 'string' ||
    !metadata.schema_version.startsWith('authorship/')
  ) {
    return undefined;
  }
  let aiLines = 0;
  let humanLines = 0;
  const keys = new Set<string>();
  for (const line of note.slice(0, divider).split('\n')) {
    const entry = /^ {2}(\S+) (\S+)\s*$/.exec(line);
    const count = entry ? countRanges(entry[2]) : undefined;
    if (!entry || count === undefined) continue;
    if (entry[1].startsWith('h_')) {
      humanLines += count;
    } else {
      aiLines += count;
      keys.add(entry[1].split('::')[0]);
    }
  }
  return {
    format: 'git-ai',
    ...agentsOf(metadata, keys),
    aiLines,
    attributedLines: aiLines + humanLines,
    coversHumans: humanLines > 0,
  };
}

function contributorType(...candidates: unknown[]): string {
  for (const candidate of candidates) {
    if (isObject(candidate) && typeof candidate.type === 'string') {
      return candidate.type.toLowerCase();
    }
  }
  return 'unknown';
}

interface Tally {
  ai: number;
  all: number;
  tools: unknown[];
  models: unknown[];
}

function addTrace(record: Record<string, any>, tally: Tally): void {
  tally.tools.push(isObject(record.tool) ? record.tool.name : undefined);
  for (const file of Array.isArray(record.files) ? record.files : []) {
    const conversations = isObject(file) ? file.conversations : undefined;
    for (const conversation of Array.isArray(conversations)
      ? conversations
      : []) {
      if (!isObject(conversation) || !Array.isArray(conversation.ranges)) {
        continue;
      }
      for (const range of conversation.ranges) {
        if (!isObject(range)) continue;
        const lines = Number(range.end_line) - Number(range.start_line) + 1;
        if (!Number.isFinite(lines) || lines <= 0) continue;
        const type = contributorType(
          range.contributor,
          conversation.contributor,
        );
        const contributor = isObject(range.contributor)
          ? range.contributor
          : conversation.contributor;
        tally.all += lines;
        if (type === 'ai') {
          tally.ai += lines;
          tally.models.push(
            isObject(contributor) ? contributor.model_id : undefined,
          );
        }
      }
    }
  }
}

function parseAgentTrace(note: string): LineAttribution | undefined {
  const whole = parseJson(note);
  const records = (
    whole === undefined
      ? note.split('\n').map(line => parseJson(line.trim()))
      : [whole]
  ).filter(
    (r): r is Record<string, any> => isObject(r) && Array.isArray(r.files),
  );
  if (records.length === 0) return undefined;
  const tally: Tally = { ai: 0, all: 0, tools: [], models: [] };
  records.forEach(record => addTrace(record, tally));
  return {
    format: 'agent-trace',
    tools: unique(tally.tools),
    models: unique(tally.models),
    aiLines: tally.ai,
    attributedLines: tally.all,
    coversHumans: true,
  };
}

/** The record a note holds, if it is one of the formats above. */
export function parseLineAttribution(
  note: string | undefined,
): LineAttribution | undefined {
  if (typeof note !== 'string' || note.trim() === '') {
    return undefined;
  }
  const text = note.replace(/\r\n/g, '\n');
  return text.trimStart().startsWith('{')
    ? parseAgentTrace(text)
    : parseGitAi(text);
}

const counted = (lines: number | undefined): lines is number =>
  lines !== undefined && lines > 0;

/** The lines the record attributes, when it attributes people's too. */
function attributedTotal(record: LineAttribution): number | undefined {
  return record.coversHumans ? record.attributedLines : undefined;
}

/**
 * The share of the commit's added lines that AI wrote: over the lines the
 * commit adds when the source counted them, else over the lines the record
 * attributes when it attributes people's lines too; undefined when neither
 * is known (a git-ai log lists only AI's lines).
 */
export function aiLineShare(
  record: LineAttribution,
  linesAdded: number | undefined,
): number | undefined {
  const total = counted(linesAdded) ? linesAdded : attributedTotal(record);
  return total ? Math.min(1, record.aiLines / total) : undefined;
}

/**
 * How the evidence shows a record: `git-ai: claude (claude-opus-4-6), 42
 * AI lines of 60 added (70%)`.
 */
export function describeAttribution(
  record: LineAttribution,
  share: number | undefined,
  linesAdded: number | undefined,
): string {
  const format = record.format === 'git-ai' ? 'git-ai' : 'Agent Trace';
  const who = [
    record.tools.join(', '),
    record.models.length ? `(${record.models.join(', ')})` : '',
  ]
    .filter(Boolean)
    .join(' ');
  let of = '';
  if (counted(linesAdded)) {
    of = ` of ${linesAdded} added`;
  } else if (attributedTotal(record)) {
    of = ` of ${record.attributedLines} attributed`;
  }
  const percent = share === undefined ? '' : ` (${Math.round(share * 100)}%)`;
  return `${format}: ${who ? `${who}, ` : ''}${
    record.aiLines
  } AI lines${of}${percent}`;
}

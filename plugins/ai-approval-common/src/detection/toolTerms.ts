/**
 * The words that name AI coding tools and models, for
 * {@link findAiMention}: at least the tools CHAOSS `disclosure` lists
 * (`detection/constants.go`, `SupportedToolsInMentions`) and the agents
 * seen in public histories. Each is tested, with its source, in
 * `catalogue.test.ts`. More specific terms come first: the first match
 * names the tool.
 */

/** How a term may be told from a person's name or an ordinary word. */
export type TermKind =
  /** a word that only names the tool */
  | 'plain'
  /** also a first name: not when a capitalised word stands beside it */
  | 'name'
  /** also an ordinary word: only when capitalised (`Lovable`, not `lovable`) */
  | 'word';

/** One entry: regex source (matched whole-word, case-insensitive). */
export interface TermSource {
  source: string;
  /** undefined for generic terms ("AI", "LLM") that name no tool */
  tool?: string;
  kind: TermKind;
}

const plain = (source: string, tool: string): TermSource => ({
  source,
  tool,
  kind: 'plain',
});
const name = (source: string, tool: string): TermSource => ({
  source,
  tool,
  kind: 'name',
});
const word = (source: string, tool: string): TermSource => ({
  source,
  tool,
  kind: 'word',
});

/** The vocabulary, most specific first. */
export const TOOL_TERMS: readonly TermSource[] = [
  plain('ibm\\s+bob', 'IBM Bob'),
  plain('claude[\\s-]?code', 'Claude Code'),
  plain('open\\s?claude', 'OpenClaude'),
  plain('opus|sonnet|haiku|anthropic', 'Claude'),
  name('claude', 'Claude'),
  plain('gemini\\s+code\\s+assist', 'Gemini Code Assist'),
  plain('gemini\\s+cli', 'Gemini CLI'),
  plain('openai\\s+codex', 'OpenAI Codex'),
  plain('chatgpt|openai|gpt[\\w.-]*|o[134](?:-mini|-pro)?', 'ChatGPT'),
  plain('t3[.\\s]chat', 'T3 Chat'),
  plain('codex', 'OpenAI Codex'),
  plain('copilot', 'GitHub Copilot'),
  plain('gemini', 'Gemini'),
  plain('gemma[\\w.-]*', 'Gemma'),
  word('antigravity', 'Antigravity'),
  plain('jules\\s+(?:cli|agent)|google\\s+labs\\s+jules', 'Jules'),
  plain('code\\s?llama|llama[\\w.-]*', 'Llama'),
  plain('mistral|mixtral|devstral|codestral|magistral', 'Mistral'),
  plain('deepseek[\\w.-]*', 'DeepSeek'),
  plain('qwen[\\w.-]*|qwq', 'Qwen'),
  plain('grok(?:[\\s-]code[\\s-]fast)?|xai\\s+grok', 'Grok'),
  plain('windsurf|codeium', 'Windsurf'),
  plain('tabnine', 'Tabnine'),
  plain('aider', 'aider'),
  plain('codebuff', 'Codebuff'),
  plain('amazon\\s+q(?:\\s+developer)?|codewhisperer', 'Amazon Q'),
  plain('gitlab\\s+duo', 'GitLab Duo'),
  plain('moonshot\\s+ai|kimi[\\s-](?:k\\d[\\w.-]*|code|cli)', 'Kimi'),
  name('kimi', 'Kimi'),
  plain('chatglm|glm-?\\d[\\w.-]*|zhipu(?:\\s+ai)?|z\\.ai|zcode', 'GLM'),
  plain('minimax[\\w.-]*', 'MiniMax'),
  plain('roo\\s?code|roomote', 'Roo Code'),
  plain('kilo\\s?code', 'Kilo Code'),
  plain('opencode', 'opencode'),
  plain('charm\\s+crush', 'Crush'),
  word('crush', 'Crush'),
  plain('termai', 'termai'),
  name('junie', 'Junie'),
  plain('augment\\s?code|auggie', 'Augment Code'),
  name('kiro', 'Kiro'),
  plain('sourcegraph\\s+cody', 'Cody'),
  plain('sourcegraph\\s+amp|ampcode', 'Amp'),
  plain('zed\\s+ai', 'Zed AI'),
  plain('jetbrains\\s+ai(?:\\s+assistant)?', 'JetBrains AI Assistant'),
  plain('open\\s?hands|open\\s?devin', 'OpenHands'),
  plain('swe-?agent', 'SWE-agent'),
  plain('pr-agent|qodo|codium\\s?ai', 'Qodo'),
  plain('coderabbit(?:ai)?', 'CodeRabbit'),
  plain('greptile', 'Greptile'),
  plain('sourcery(?:[\\s-]ai)?', 'Sourcery'),
  plain('ellipsis[.-]dev', 'Ellipsis'),
  plain('phind', 'Phind'),
  plain('star\\s?coder|santa\\s?coder', 'StarCoder'),
  plain('replit(?:\\s+agent)?', 'Replit Agent'),
  plain('vercel\\s+v0|v0\\.dev', 'v0'),
  plain('bolt\\.new|bolt\\.diy', 'Bolt'),
  word('lovable(?:\\.dev)?', 'Lovable'),
  plain('gpt-engineer', 'Lovable'),
  plain('codegpt', 'CodeGPT'),
  plain('codegeex', 'CodeGeeX'),
  plain('code\\s?review\\s?bot', 'CodeReviewBot'),
  word('bito(?:\\.ai)?', 'Bito'),
  plain('gitkraken\\s+ai', 'GitKraken AI'),
  plain('glide\\s+ai', 'Glide AI'),
  word('mastra', 'Mastra'),
  plain('pieces\\.app|pieces\\s?os', 'Pieces'),
  plain('sweep\\s+ai|sweep\\.dev', 'Sweep'),
  plain('supermaven', 'Supermaven'),
  name('trae', 'TRAE'),
  plain(
    '(?:open|zero|nano|tiny|micro|mimi|iron|pico|supa)claw|clawwork',
    'OpenClaw',
  ),
  plain('command[\\s-]r\\+?', 'Command R'),
  word('cohere', 'Command R'),
  plain('pearai', 'PearAI'),
  plain('phi-\\d[\\w.-]*', 'Phi'),
  plain('nemotron[\\w.-]*', 'Nemotron'),
  plain('salesforce\\s+codegen|codegen-sh', 'Codegen'),
  plain('yi-(?:coder|large|lightning)|01\\.ai|yi\\s+ai', 'Yi'),
  plain('zencoder', 'Zencoder'),
  plain('blackbox\\s*ai', 'Blackbox AI'),
  plain('firebender', 'Firebender'),
  plain('factory\\s+droid|factory\\.ai', 'Factory Droid'),
  plain('warp\\s+(?:ai|agent)|oz-agent', 'Warp'),
  plain('(?:block|codename)\\s+goose', 'goose'),
  word('goose', 'goose'),
  plain('tongyi\\s+lingma|lingma', 'Lingma'),
  plain('hunyuan|doubao', 'Hunyuan'),
  plain('mentat(?:bot)?', 'Mentat'),
  plain('plandex', 'Plandex'),
  plain('sashiko', 'Sashiko'),
  name('cursor', 'Cursor'),
  name('devin', 'Devin'),
  name('jules', 'Jules'),
  name('cody', 'Cody'),
  name('cline', 'Cline'),
  name('amp', 'Amp'),
  name('continue(?:\\.dev)?', 'Continue'),
  name('ernie', 'ERNIE'),
];

/** Words that say AI without naming a tool. */
export const GENERIC_TERMS: readonly TermSource[] = [
  {
    source: 'llms?|genai|gen-ai|generative\\s+ai|large\\s+language\\s+models?',
    kind: 'plain',
  },
  { source: 'artificial\\s+intelligence|chatbot', kind: 'plain' },
  { source: 'ai', kind: 'name' },
];

import { findAiMention, isAiDisclosure } from './aiVocabulary';

describe('findAiMention (Assisted-by values)', () => {
  it.each([
    ['Claude', 'Claude'],
    ['Claude Code', 'Claude Code'],
    ['claude-3.5-sonnet', 'Claude'],
    ['Claude:claude-opus-4-6 [coccinelle, sparse]', 'Claude'],
    ['Claude (Anthropic)', 'Claude'],
    ['Claude Opus 4.5', 'Claude'],
    ['ChatGPT', 'ChatGPT'],
    ['gpt-4o', 'ChatGPT'],
    ['OpenAI o3', 'ChatGPT'],
    ['GitHub Copilot', 'GitHub Copilot'],
    ['Gemini 2.5 Pro', 'Gemini'],
    ['Cursor', 'Cursor'],
    ['Cursor Agent', 'Cursor'],
    ['Llama 3.1 70B', 'Llama'],
    ['Mistral Large', 'Mistral'],
    ['DeepSeek-V3', 'DeepSeek'],
    ['Qwen2.5-Coder', 'Qwen'],
    ['Grok 4', 'Grok'],
    ['Devin', 'Devin'],
    ['Sourcegraph Cody', 'Cody'],
    ['code completion (Copilot)', 'GitHub Copilot'],
    ['Zed AI', 'Zed AI'],
    ['JetBrains AI Assistant', 'JetBrains AI Assistant'],
  ])('%s names %s', (value, tool) => {
    expect(findAiMention(value)).toEqual({ tool });
  });

  it.each([
    'AI',
    'an LLM',
    'Generative AI',
    'large language model',
    'Acme AI',
    'Acme AI Assistant',
  ])('%s names AI but no tool', value => {
    expect(findAiMention(value)).toEqual({ tool: undefined });
  });

  it.each([
    'Jane Doe',
    'Claude Paroz',
    'Jean-Claude Dupont',
    'Jean Claude',
    'Devin Smith',
    'Jules Verne',
    'Cody Allen',
    'Cline Harris',
    'Claudia Rossi',
    'Clément Pit-Claudel',
    'Ai Kato',
    'AI KATO',
    'Amparo Continuela',
    'the reviewers on #dev',
  ])('%s names no AI', value => {
    expect(findAiMention(value)).toBeUndefined();
  });
});

describe('isAiDisclosure (ticked checkbox text)', () => {
  it.each([
    'This contribution was assisted or created by Generative AI tools',
    'I used AI to write parts of this',
    'AI-generated code is included',
    'Copilot suggested most of the tests',
  ])('%s discloses AI use', text => {
    expect(isAiDisclosure(text)).toBeDefined();
  });

  it.each([
    'No AI tools were used',
    'This PR was written without AI',
    "I didn't use ChatGPT",
    'I have read the AI policy',
    'I agree that AI-generated code must be reviewed',
    'Tests added',
    'AI',
  ])('%s does not', text => {
    expect(isAiDisclosure(text)).toBeUndefined();
  });
});

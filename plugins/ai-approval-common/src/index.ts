/**
 * Shared types, annotation names, permissions and the pure domain logic
 * (AI-assistance detection, approval verdicts) of the ai-approval plugins.
 *
 * @packageDocumentation
 */

export * from './types';
export * from './annotations';
export * from './permissions';
export * from './api';
export * from './detection';
export { parseGithubNoreply } from './git/githubNoreply';
export type { GithubNoreply } from './git/githubNoreply';
export { subjectOf } from './git/messageLines';
export * from './approval';
export * from './weeks';
export * from './window';
export { RULES_VERSION } from './rulesVersion';

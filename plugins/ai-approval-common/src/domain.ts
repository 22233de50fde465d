/**
 * The shared types and the pure domain logic (AI-assistance detection,
 * approval verdicts) without the permission definitions: the same exports
 * as the package index minus `permissions`, so command-line tools and
 * scanners do not load the permission framework (about 50 ms of start-up).
 *
 * @packageDocumentation
 */

export * from './types';
export * from './annotations';
export * from './api';
export * from './detection';
export { parseGithubNoreply } from './git/githubNoreply';
export type { GithubNoreply } from './git/githubNoreply';
export { subjectOf } from './git/messageLines';
export * from './approval';
export * from './open';
export * from './weeks';
export * from './window';
export { RULES_VERSION } from './rulesVersion';

/**
 * Shared types, annotation names, permissions and the pure domain logic
 * (AI-assistance detection, approval verdicts) of the ai-approval plugins.
 *
 * @packageDocumentation
 */

export * from './domain';
export * from './permissions';

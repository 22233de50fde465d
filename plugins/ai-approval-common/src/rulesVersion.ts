/**
 * The version of the built-in detection signals and approval rules. Bump it
 * with every change to them that can change the verdict on a change already
 * judged: a backend that finds a new version judges its stored changes
 * again, as it does when its configuration changes.
 *
 * @public
 */
export const RULES_VERSION = '2026-12-07';

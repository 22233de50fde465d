/**
 * Node.js library of the ai-approval plugins: the plain-git change source
 * and the scan loop (source, detection, verdict) shared by the backend and
 * the `ai-approval` command-line scanner.
 *
 * @packageDocumentation
 */

export * from './sources/git';
export * from './scan';

export { GitChangeSource } from './GitChangeSource';
export type { GitChangeSourceOptions } from './GitChangeSource';
export { GitRepository, isRemoteLocation } from './GitRepository';
export type { GitRepositoryOpenOptions, ResolvedRef } from './GitRepository';
export { GitLogParser, GIT_LOG_FORMAT, parseGitLog } from './parseGitLog';
export type { GitLogCommit } from './parseGitLog';
export { GitCommandError } from './runGit';
export { parseDateOption, parseWindowOption } from './dates';
export {
  identity,
  parseIdentity,
  reviewTrailers,
  reviewedOn,
} from './trailers';

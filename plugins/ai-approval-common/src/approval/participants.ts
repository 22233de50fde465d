/**
 * The people who wrote a change and therefore cannot approve it: the PR
 * author, whoever started the agent, and every commit author and co-author.
 */
import { coAuthorsOf } from '../git/coAuthors';
import { Change, Identity } from '../types';
import { sameIdentity } from './identity';

/** Why a reviewer counts as one of the change's writers. */
export type WriterRole = 'author' | 'initiator' | 'co_author';

/** A writer and the commit that shows it. */
export interface Writer {
  role: WriterRole;
  identity: Identity;
  commitSha?: string;
}

/** Every writer of a change, most specific role first. */
export function writersOf(change: Change): Writer[] {
  const writers: Writer[] = [{ role: 'author', identity: change.author }];
  if (change.initiator) {
    writers.push({ role: 'initiator', identity: change.initiator });
  }
  for (const commit of change.commits ?? []) {
    if (commit.author) {
      writers.push({
        role: 'co_author',
        identity: commit.author,
        commitSha: commit.sha,
      });
    }
    for (const coAuthor of coAuthorsOf(commit.message)) {
      writers.push({
        role: 'co_author',
        identity: coAuthor,
        commitSha: commit.sha,
      });
    }
  }
  return writers;
}

/** The first (most specific) writer role a reviewer has, if any. */
export function writerMatch(
  reviewer: Identity,
  writers: readonly Writer[],
): Writer | undefined {
  return writers.find(
    writer => writer.identity && sameIdentity(reviewer, writer.identity),
  );
}

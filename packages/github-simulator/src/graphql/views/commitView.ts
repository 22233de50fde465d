import { SimCommit } from '../../dataset/types';
import { connection, ConnectionArgs } from '../connection';
import { gitActorView } from './actorView';
import type { RepositoryIndex } from './RepositoryIndex';

interface HistoryArgs extends ConnectionArgs {
  since?: string | null;
  until?: string | null;
}

function historyFrom(index: RepositoryIndex, oid: string, args: HistoryArgs) {
  const start = index.repository.history.findIndex(h => h.commit.oid === oid);
  return index.repository.history
    .slice(Math.max(0, start))
    .map(h => h.commit)
    .filter(
      c =>
        (!args.since || c.committer.date >= args.since) &&
        (!args.until || c.committer.date <= args.until),
    );
}

/** A `Commit` object in a repository. */
export function commitView(commit: SimCommit, index: RepositoryIndex): object {
  const [headline, ...rest] = commit.message.split('\n');
  return {
    __typename: 'Commit',
    id: `C_${commit.oid}`,
    oid: commit.oid,
    abbreviatedOid: commit.oid.slice(0, 7),
    message: commit.message,
    messageHeadline: headline,
    messageBody: rest.join('\n').trim(),
    author: gitActorView(commit.author),
    committer: gitActorView(commit.committer),
    authoredDate: commit.author.date,
    committedDate: commit.committer.date,
    url: `${index.url}/commit/${commit.oid}`,
    associatedPullRequests: (args: ConnectionArgs) =>
      connection(index.pullRequestsContaining(commit.oid), args, pr =>
        index.pullRequestView(pr),
      ),
    history: (args: HistoryArgs) =>
      connection(historyFrom(index, commit.oid, args), args, c =>
        commitView(c, index),
      ),
  };
}

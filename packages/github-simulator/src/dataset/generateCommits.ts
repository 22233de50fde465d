import { Random } from '../random';
import { BOTS, botGitActor, Person, personGitActor } from './identities';
import { commitMessage } from './messages';
import { SimActor, SimCommit } from './types';
import { AuthorKind } from './chooseAuthor';

const HOUR = 3600_000;

/** The commits of one pull request, oldest first. */
export function generateCommits(
  random: Random,
  options: {
    kind: AuthorKind;
    author: SimActor;
    person?: Person;
    initiator?: Person;
    count: number;
    startMs: number;
  },
): SimCommit[] {
  const commits: SimCommit[] = [];
  for (let i = 0; i < options.count; i++) {
    const date = new Date(options.startMs + i * HOUR).toISOString();
    commits.push(generateCommit(random, options, date));
  }
  return commits;
}

function generateCommit(
  random: Random,
  options: {
    kind: AuthorKind;
    author: SimActor;
    person?: Person;
    initiator?: Person;
  },
  date: string,
): SimCommit {
  const oid = random.oid();
  if (options.kind === 'dependabot') {
    const author = botGitActor(BOTS.dependabot, date);
    const message =
      'Bump left-pad from 1.2.0 to 1.3.0\n\nRelease notes: thanks @Copilot for the fix.';
    return { oid, message, author, committer: author };
  }
  if (options.person) {
    const author = personGitActor(options.person, date);
    const message = commitMessage(random, {
      ai: options.kind === 'human-ai' && random.chance(0.6),
      trap: random.chance(0.08),
    });
    return { oid, message, author, committer: author };
  }
  return agentCommit(random, options.author, options.initiator, oid, date);
}

function agentCommit(
  random: Random,
  agent: SimActor,
  initiator: Person | undefined,
  oid: string,
  date: string,
): SimCommit {
  const author = botGitActor(agent, date);
  const lines = [commitMessage(random)];
  if (initiator) {
    lines.push('', `Co-authored-by: ${initiator.name} <${initiator.email}>`);
  }
  return { oid, message: lines.join('\n'), author, committer: author };
}

/** The squash or merge commit that landed a pull request. */
export function generateMergeCommit(
  random: Random,
  options: {
    number: number;
    title: string;
    headRefName: string;
    owner: string;
    commits: SimCommit[];
    mergedBy: Person;
    mergedAt: string;
  },
): SimCommit {
  const author = personGitActor(options.mergedBy, options.mergedAt);
  const committer = {
    name: 'GitHub',
    email: 'noreply@github.com',
    date: options.mergedAt,
  };
  if (random.chance(0.4)) {
    const message = `Merge pull request #${options.number} from ${options.owner}/${options.headRefName}\n\n${options.title}`;
    return { oid: random.oid(), message, author, committer };
  }
  const bodies = options.commits.slice(0, 20).map(c => `* ${c.message}`);
  const message = `${options.title} (#${options.number})\n\n${bodies.join(
    '\n\n',
  )}`;
  return { oid: random.oid(), message, author, committer };
}

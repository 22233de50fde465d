import { Random } from '../random';
import { BOTS, PEOPLE, Person } from './identities';
import { SimActor, SimAuthorKind } from './types';

/** Who wrote a pull request. */
export type AuthorKind = SimAuthorKind;

/** The author of a pull request and, for agents, the person who started it. */
export interface ChosenAuthor {
  kind: AuthorKind;
  actor: SimActor;
  /** the human author */
  person?: Person;
  /** the person who started an agent */
  initiator?: Person;
}

const WEIGHTS: ReadonlyArray<[AuthorKind, number]> = [
  ['human', 0.62],
  ['human-ai', 0.2],
  ['copilot-agent', 0.07],
  ['devin', 0.03],
  ['claude-bot', 0.03],
  ['dependabot', 0.05],
];

function pickKind(random: Random): AuthorKind {
  let roll = random.next();
  for (const [kind, weight] of WEIGHTS) {
    roll -= weight;
    if (roll < 0) {
      return kind;
    }
  }
  return 'human';
}

/** Picks the author of the next pull request. */
export function chooseAuthor(random: Random): ChosenAuthor {
  const kind = pickKind(random);
  if (kind === 'human' || kind === 'human-ai') {
    const person = random.pick(PEOPLE);
    return { kind, actor: person.actor, person };
  }
  if (kind === 'dependabot') {
    return { kind, actor: BOTS.dependabot };
  }
  const agent = {
    'copilot-agent': BOTS.copilotAgent,
    devin: BOTS.devin,
    'claude-bot': BOTS.claude,
  }[kind];
  return { kind, actor: agent, initiator: random.pick(PEOPLE) };
}

/** The head branch name an author of this kind would use. */
export function branchName(author: ChosenAuthor, number: number): string {
  switch (author.kind) {
    case 'copilot-agent':
      return `copilot/fix-${number}`;
    case 'devin':
      return `devin/${number}-task`;
    case 'claude-bot':
      return `claude/issue-${number}`;
    case 'dependabot':
      return `dependabot/npm_and_yarn/left-pad-1.3.0-${number}`;
    default:
      return `feature/${author.actor.login}-${number}`;
  }
}

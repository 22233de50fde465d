import { SimActor, SimGitActor } from './types';

/** A person with a GitHub account and a git identity. */
export interface Person {
  actor: SimActor;
  name: string;
  email: string;
}

const NAMES = [
  'Ada Lovelace',
  'Grace Hopper',
  'Alan Turing',
  'Barbara Liskov',
  'Ken Thompson',
  'Claudia Ferreira', // contains a tool word: must not count as AI
  'Jules Martin', // ditto
  'Devin Walsh', // ditto
  'Margaret Hamilton',
  'Edsger Dijkstra',
  'Frances Allen',
  'Donald Knuth',
  'Radia Perlman',
  'John McCarthy',
  'Leslie Lamport',
  'Adele Goldberg',
  'Niklaus Wirth',
  'Sophie Wilson',
  'Dennis Ritchie',
  'Hedy Lamarr',
];

/** The human developers of every simulated organisation. */
export const PEOPLE: readonly Person[] = NAMES.map((name, i) => {
  const login = name.toLowerCase().replace(/[^a-z]+/g, '-');
  return {
    actor: { login, type: 'User', databaseId: 5000 + i },
    name,
    email: `${login}@example.com`,
  };
});

/**
 * The people a simulated organisation treats as senior reviewers: a fixed
 * subset, so that tests can put them in a catalog group and know which
 * approvals count. Claudia Ferreira is one: her name is a trap for AI
 * detection, and she is named as a co-author in trap lines.
 */
export const SENIOR_REVIEWERS: readonly Person[] = [0, 1, 3, 5, 8, 11, 14].map(
  i => PEOPLE[i],
);

function bot(login: string, databaseId: number): SimActor {
  return { login, type: 'Bot', databaseId };
}

/** Bot accounts, with the GraphQL login (no `[bot]` suffix) and real ids. */
export const BOTS = {
  copilotAgent: bot('copilot-swe-agent', 198982749),
  devin: bot('devin-ai-integration', 158243242),
  claude: bot('claude', 209825114),
  dependabot: bot('dependabot', 49699333),
  copilotReviewer: bot('copilot-pull-request-reviewer', 175728472),
  coderabbit: bot('coderabbitai', 136622811),
} as const;

/** The git identity a bot commits with (`<id>+<login>[bot]@users.noreply...`). */
export function botGitActor(actor: SimActor, date: string): SimGitActor {
  const login = actor.login === 'copilot-swe-agent' ? 'Copilot' : actor.login;
  return {
    name: `${actor.login}[bot]`,
    email: `${actor.databaseId}+${login}@users.noreply.github.com`,
    date,
  };
}

/** The git identity of a person, resolving to their account. */
export function personGitActor(person: Person, date: string): SimGitActor {
  return { name: person.name, email: person.email, date, user: person.actor };
}

/** GitHub's web-flow committer of squash and merge commits. */
export function webFlowCommitter(date: string): SimGitActor {
  return { name: 'GitHub', email: 'noreply@github.com', date };
}

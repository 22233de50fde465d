import { Identity } from '@ai-approval/backstage-plugin-ai-approval-common';
import { RawActor, RawTimelineItem } from './graphqlTypes';
import { actorIdentity, bareLogin } from './mapIdentity';

const isHuman = (actor?: RawActor | null): actor is RawActor =>
  actor?.__typename === 'User';

/**
 * Who started the Copilot coding agent that wrote a pull request. GitHub
 * does not expose it as a field; the timeline shows it in one of these
 * ways, tried in order:
 * 1. a person assigned the agent to the pull request (actor of that event);
 * 2. the agent assigned the pull request to the person who started it;
 * 3. the agent requested that person's review when it finished.
 */
export function findInitiator(
  items: RawTimelineItem[],
  isAgent: (actor: RawActor) => boolean,
): Identity | undefined {
  const agent = (a?: RawActor | null) => Boolean(a && isAgent(a));
  const assigned = items.filter(i => i.__typename === 'AssignedEvent');
  const byPerson = assigned.find(i => agent(i.assignee) && isHuman(i.actor));
  if (byPerson) {
    return actorIdentity(byPerson.actor);
  }
  const toPerson = assigned.find(i => agent(i.actor) && isHuman(i.assignee));
  if (toPerson) {
    return actorIdentity(toPerson.assignee);
  }
  const asked = items.find(
    i =>
      i.__typename === 'ReviewRequestedEvent' &&
      agent(i.actor) &&
      isHuman(i.requestedReviewer),
  );
  return asked ? actorIdentity(asked.requestedReviewer) : undefined;
}

/** Whether an account is one of the configured coding-agent logins. */
export function agentMatcher(logins: string[]): (actor: RawActor) => boolean {
  const wanted = new Set(logins.map(bareLogin));
  return actor =>
    actor.__typename === 'Bot' && wanted.has(bareLogin(actor.login));
}

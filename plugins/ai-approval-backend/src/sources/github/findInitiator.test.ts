import { agentMatcher, findInitiator } from './findInitiator';
import { RawActor } from './graphqlTypes';

const agent: RawActor = {
  __typename: 'Bot',
  login: 'copilot-swe-agent',
  databaseId: 198982749,
};
const ada: RawActor = { __typename: 'User', login: 'ada', databaseId: 1 };
const bob: RawActor = { __typename: 'User', login: 'bob', databaseId: 2 };
const isAgent = agentMatcher(['copilot-swe-agent[bot]', 'Copilot']);

describe('findInitiator', () => {
  it('prefers the person who assigned the agent', () => {
    const items = [
      { __typename: 'AssignedEvent', actor: agent, assignee: bob },
      { __typename: 'AssignedEvent', actor: ada, assignee: agent },
    ];
    expect(findInitiator(items, isAgent)).toEqual({
      login: 'ada',
      type: 'User',
      id: 1,
    });
  });

  it('falls back to whom the agent assigned, then to whom it asked for review', () => {
    expect(
      findInitiator(
        [{ __typename: 'AssignedEvent', actor: agent, assignee: bob }],
        isAgent,
      ),
    ).toMatchObject({ login: 'bob' });
    expect(
      findInitiator(
        [
          {
            __typename: 'ReviewRequestedEvent',
            actor: ada,
            requestedReviewer: bob,
          },
          {
            __typename: 'ReviewRequestedEvent',
            actor: agent,
            requestedReviewer: ada,
          },
        ],
        isAgent,
      ),
    ).toMatchObject({ login: 'ada' });
  });

  it('finds nobody in an unrelated timeline', () => {
    expect(
      findInitiator(
        [{ __typename: 'AssignedEvent', actor: ada, assignee: bob }],
        isAgent,
      ),
    ).toBeUndefined();
  });

  it('matches agent logins with or without [bot], bots only', () => {
    expect(isAgent(agent)).toBe(true);
    expect(isAgent({ __typename: 'Bot', login: 'Copilot' })).toBe(true);
    expect(isAgent({ __typename: 'User', login: 'copilot-swe-agent' })).toBe(
      false,
    );
  });
});

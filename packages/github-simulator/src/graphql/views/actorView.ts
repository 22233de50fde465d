import { SimActor, SimGitActor } from '../../dataset/types';

/** A `User` or `Bot` object, resolved through the `Actor` interface. */
export function actorView(actor: SimActor | undefined) {
  if (!actor) {
    return null;
  }
  const path =
    actor.type === 'Bot' ? `/apps/${actor.login}` : `/${actor.login}`;
  return {
    __typename: actor.type,
    id: `${actor.type === 'Bot' ? 'BOT' : 'U'}_${actor.databaseId}`,
    login: actor.login,
    databaseId: actor.databaseId,
    resourcePath: path,
    url: `https://github.com${path}`,
    avatarUrl: () =>
      `https://avatars.githubusercontent.com/u/${actor.databaseId}`,
  };
}

/** A `GitActor`: the name and e-mail in a commit, and the user they map to. */
export function gitActorView(actor: SimGitActor) {
  return {
    name: actor.name,
    email: actor.email,
    date: actor.date,
    user: actor.user ? actorView(actor.user) : null,
  };
}

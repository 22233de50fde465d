import { Identity } from '@ai-approval/backstage-plugin-ai-approval-common';
import { RawActor, RawGitActor } from './graphqlTypes';

/**
 * GraphQL returns bot logins without the `[bot]` suffix (`coderabbitai`)
 * that REST, webhooks and noreply e-mails use (`coderabbitai[bot]`); we
 * use the REST form so that one configured login matches every source.
 */
export function normalizeLogin(actor: RawActor): string {
  if (actor.__typename === 'Bot' && !actor.login.endsWith('[bot]')) {
    return `${actor.login}[bot]`;
  }
  return actor.login;
}

/** The login as GraphQL spells it, without any `[bot]` suffix, lower-cased. */
export function bareLogin(login: string): string {
  return login.replace(/\[bot\]$/i, '').toLowerCase();
}

/** An account (PR author, reviewer); `ghost` when the account was deleted. */
export function actorIdentity(actor: RawActor | null | undefined): Identity {
  if (!actor) {
    return { login: 'ghost', type: 'User' };
  }
  return {
    login: normalizeLogin(actor),
    type: actor.__typename,
    ...(typeof actor.databaseId === 'number' ? { id: actor.databaseId } : {}),
  };
}

/** A commit author or committer: name and e-mail, and the account they map to. */
export function gitIdentity(actor: RawGitActor | null | undefined): Identity {
  const identity: Identity = {};
  if (actor?.name) {
    identity.name = actor.name;
  }
  if (actor?.email) {
    identity.email = actor.email;
  }
  if (actor?.user) {
    identity.login = actor.user.login;
    identity.type = 'User';
    if (typeof actor.user.databaseId === 'number') {
      identity.id = actor.user.databaseId;
    }
  }
  return identity;
}

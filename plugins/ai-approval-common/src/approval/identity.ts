/**
 * Comparing people across the places a change names them: host logins,
 * commit addresses, GitHub noreply addresses and trailers.
 */
import { parseGithubNoreply } from '../git/githubNoreply';
import { Identity } from '../types';

function lower(value: string | undefined): string | undefined {
  const trimmed = value?.trim().toLowerCase();
  return trimmed ? trimmed : undefined;
}

/**
 * A stable key for a person: lowercased login, else lowercased e-mail,
 * else the name.
 * @public
 */
export function identityKey(identity: Identity): string {
  return (
    lower(identity.login) ??
    lower(identity.email) ??
    identity.name?.trim() ??
    ''
  );
}

/**
 * The login GitHub and GitLab show for any deleted account: two changes
 * that name it were not written or reviewed by one known person.
 */
const DELETED_ACCOUNT = 'ghost';

/** The logins an identity is known by, its noreply address included. */
function loginsOf(identity: Identity): string[] {
  const logins: string[] = [];
  const login = lower(identity.login);
  if (login) logins.push(login.replace(/\[bot\]$/, ''));
  const noreply = parseGithubNoreply(identity.email);
  if (noreply) logins.push(noreply.login.replace(/\[bot\]$/, ''));
  return logins.filter(known => known !== DELETED_ACCOUNT);
}

/**
 * Whether two identities are the same person: same login, same e-mail
 * (case-insensitive), or a GitHub noreply address
 * (`<id>+<login>@users.noreply.github.com`) that belongs to the other's login.
 * Names are never compared: too many people share one; nor is `ghost`, the
 * login of every deleted account.
 * @public
 */
export function sameIdentity(a: Identity, b: Identity): boolean {
  const emailA = lower(a.email);
  if (emailA && emailA === lower(b.email)) {
    return true;
  }
  const loginsB = loginsOf(b);
  if (loginsOf(a).some(login => loginsB.includes(login))) {
    return true;
  }
  const idA = a.id ?? parseGithubNoreply(a.email)?.id;
  const idB = b.id ?? parseGithubNoreply(b.email)?.id;
  return idA !== undefined && idA === idB;
}

/** How a person is named in reasons: `@login`, else name or e-mail. */
export function displayName(identity: Identity): string {
  if (identity.login?.trim()) {
    return `@${identity.login.trim()}`;
  }
  const noreply = parseGithubNoreply(identity.email);
  if (noreply) {
    return `@${noreply.login}`;
  }
  return (
    identity.name?.trim() || identity.email?.trim() || 'an unknown reviewer'
  );
}

/** The identity string of an approver: login, else e-mail, else name. */
export function approverIdentity(identity: Identity): string {
  return (
    identity.login?.trim() ||
    identity.email?.trim() ||
    identity.name?.trim() ||
    'unknown'
  );
}

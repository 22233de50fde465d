import { parseGithubNoreply } from '../git/githubNoreply';
import { Identity } from '../types';

/**
 * Who counts as a senior engineer. The backend builds one from catalog
 * groups, teams or an explicit list; the verdict only asks this question.
 * @public
 */
export interface SeniorSet {
  isSenior(identity: Identity): boolean;
}

/**
 * A senior set from logins and e-mail addresses (case-insensitive, trimmed,
 * a leading `@` on a login ignored). An entry with `@` inside is an e-mail
 * and matches `identity.email`; anything else matches `identity.login`, or
 * the login of a GitHub noreply address.
 * @public
 */
export function createSeniorSet(identities: Iterable<string>): SeniorSet {
  const logins = new Set<string>();
  const emails = new Set<string>();
  for (const raw of identities) {
    const entry = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
    if (entry.includes('@') && !entry.startsWith('@')) {
      emails.add(entry);
    } else if (entry.replace(/^@/, '')) {
      logins.add(entry.replace(/^@/, ''));
    }
  }
  return {
    isSenior(identity) {
      const login = identity.login?.trim().toLowerCase();
      const email = identity.email?.trim().toLowerCase();
      const noreplyLogin = parseGithubNoreply(email)?.login;
      return (
        (!!login && logins.has(login)) ||
        (!!email && emails.has(email)) ||
        (!!noreplyLogin && logins.has(noreplyLogin))
      );
    },
  };
}

import { ChangeReview, Identity } from '@internal/plugin-ai-approval-common';

/**
 * Review trailers of plain-git projects (kernel, Gerrit, mailing lists). They
 * are matched on any line of the message, in any case: real histories put
 * them outside git's final trailer block and spell them freely.
 */
const REVIEW_TRAILER =
  /^[ \t]*(?:reviewed|acked|approved)-by[ \t]*:[ \t]*(.*?)[ \t\r]*$/gim;
/** Gerrit's link to the review of the commit. */
const REVIEWED_ON = /^[ \t]*reviewed-on[ \t]*:[ \t]*(\S+)/im;
/** cheap test before running the regular expressions on a long message */
const TRAILER_HINT = /-by[ \t]*:/i;

const NAME_AND_ADDRESS = /^(.*?)\s*<\s*([^<>\s]+)\s*>/;
const BARE_ADDRESS = /^(\S+@\S+?)[.,;]?(?:\s|$)/;
const GITHUB_NOREPLY = /^(?:(\d+)\+)?([^@\s+]+)@users\.noreply\.github\.com$/i;

/**
 * Parses `Name <email>` (or a bare address, or a bare name). E-mails are
 * lowercased; a GitHub noreply address also yields the login.
 *
 * @public
 */
export function parseIdentity(value: string): Identity | undefined {
  const text = value.trim();
  const withAddress = NAME_AND_ADDRESS.exec(text);
  if (withAddress) {
    return identity(withAddress[1].replace(/^["']|["']$/g, ''), withAddress[2]);
  }
  const bare = BARE_ADDRESS.exec(text);
  if (bare) {
    return identity('', bare[1]);
  }
  return text ? { name: text } : undefined;
}

/**
 * An identity from a commit's name and e-mail, with the login and numeric
 * id of GitHub noreply addresses, so seniors can be listed by login.
 *
 * @public
 */
export function identity(name: string, email: string): Identity {
  const result: Identity = {};
  const trimmedName = name.trim();
  const trimmedEmail = email.trim().toLowerCase();
  if (trimmedName) {
    result.name = trimmedName;
  }
  if (trimmedEmail) {
    result.email = trimmedEmail;
    const noreply = trimmedEmail.endsWith('noreply.github.com')
      ? GITHUB_NOREPLY.exec(trimmedEmail)
      : null;
    if (noreply) {
      result.login = noreply[2];
      if (noreply[1]) {
        result.id = Number(noreply[1]);
      }
      if (noreply[2].endsWith('[bot]')) {
        result.type = 'Bot';
      }
    }
  }
  return result;
}

/**
 * The approvals that `Reviewed-by:`, `Acked-by:` and `Approved-by:` trailers
 * record in the given messages, one per reviewer (by e-mail, or by name when
 * the trailer has no address).
 *
 * @public
 */
export function reviewTrailers(messages: Iterable<string>): ChangeReview[] {
  const reviews = new Map<string, ChangeReview>();
  for (const message of messages) {
    if (!TRAILER_HINT.test(message)) {
      continue;
    }
    for (const match of message.matchAll(REVIEW_TRAILER)) {
      const reviewer = parseIdentity(match[1]);
      const key = (reviewer?.email ?? reviewer?.name)?.toLowerCase();
      if (reviewer && key && !reviews.has(key)) {
        reviews.set(key, {
          reviewer,
          state: 'APPROVED',
          // a trailer is not tied to a pushed revision the way a host review
          // is; leaving commitSha out keeps it from being judged stale
          source: 'trailer',
        });
      }
    }
  }
  return [...reviews.values()];
}

/** The `Reviewed-on:` link of a message (Gerrit), if any. @public */
export function reviewedOn(message: string): string | undefined {
  if (!/reviewed-on/i.test(message)) {
    return undefined;
  }
  return REVIEWED_ON.exec(message)?.[1];
}

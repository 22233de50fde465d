import {
  ChangeReview,
  Identity,
  parseGithubNoreply,
} from '@ai-approval/backstage-plugin-ai-approval-common/domain';

/**
 * Review trailers of plain-git projects (kernel, Gerrit, mailing lists). They
 * are matched on any line of the message, in any case: real histories put
 * them outside git's final trailer block and spell them freely.
 */
const REVIEW_TRAILER =
  /^[ \t]*(?:reviewed|acked|approved)-by[ \t]*:[ \t]*(.*?)[ \t\r]*$/gim;
/** Gerrit's link to the review of the commit. */
const REVIEWED_ON = /^[ \t]*reviewed-on[ \t]*:[ \t]*(\S+)/im;
/** Phabricator's (LLVM until 2023): usernames, comma-separated. */
const PHABRICATOR_REVIEWED = /^[ \t]*Reviewed By:[ \t]*(.*?)[ \t\r]*$/gm;
const PHABRICATOR_USER = /^[\w.-]+$/;
/** Phabricator's link to the review of the commit. */
const DIFFERENTIAL_REVISION =
  /^[ \t]*Differential Revision:[ \t]*(https?:\/\/\S+)/m;
/**
 * Every match of {@link REVIEW_TRAILER} holds a match of this (the same
 * words, under the same ASCII-only case-insensitivity), so a message without
 * one has no review trailer, and the trailer search can start at the line
 * of the first. It starts at the rare `-by` and looks back for the word,
 * which makes it several times faster than `(?:reviewed|...)-by`.
 */
const TRAILER_HINT = /-by(?<=(?:reviewed|acked|approved)-by)[ \t]*:/i;

const NAME_AND_ADDRESS = /^(.*?)\s*<\s*([^<>\s]+)\s*>/;
const BARE_ADDRESS = /^(\S+@\S+?)[.,;]?(?:\s|$)/;

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
      ? parseGithubNoreply(trimmedEmail)
      : undefined;
    if (noreply) {
      result.login = noreply.login;
      if (noreply.id !== undefined) {
        result.id = noreply.id;
      }
      if (noreply.login.endsWith('[bot]')) {
        result.type = 'Bot';
      }
    }
  }
  return result;
}

/** Line terminators of `^` in a multiline regex: LF, CR, U+2028, U+2029. */
function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/**
 * Adds the review trailers of one message, first reviewer first, to the
 * given map (made on the first trailer); returns the map.
 */
function addReviewTrailers(
  message: string,
  found: Map<string, ChangeReview> | undefined,
): Map<string, ChangeReview> | undefined {
  const reviews = message.includes('Reviewed By:')
    ? addPhabricatorReviewers(message, found ?? new Map())
    : found;
  return addEmailTrailers(message, reviews);
}

/** Adds the users of Phabricator's `Reviewed By: alice, bob` lines. */
function addPhabricatorReviewers(
  message: string,
  reviews: Map<string, ChangeReview>,
): Map<string, ChangeReview> {
  for (const match of message.matchAll(PHABRICATOR_REVIEWED)) {
    const users = match[1].split(',').map(user => user.trim());
    // `#project` names a reviewer group, not a person
    addLoginApprovals(
      users.filter(user => PHABRICATOR_USER.test(user)),
      reviews,
    );
  }
  return reviews;
}

/** Adds an approval by each login not yet among the reviewers. */
function addLoginApprovals(
  logins: readonly string[],
  reviews: Map<string, ChangeReview>,
): Map<string, ChangeReview> {
  for (const login of logins) {
    const key = login.toLowerCase();
    if (!reviews.has(key)) {
      reviews.set(key, {
        reviewer: { login },
        state: 'APPROVED',
        source: 'trailer',
      });
    }
  }
  return reviews;
}

/** Adds the reviewers of `Reviewed-by:` / `Acked-by:` / `Approved-by:`. */
function addEmailTrailers(
  message: string,
  found: Map<string, ChangeReview> | undefined,
): Map<string, ChangeReview> | undefined {
  const hint = TRAILER_HINT.exec(message);
  if (!hint) {
    return found;
  }
  const reviews = found ?? new Map<string, ChangeReview>();
  // a trailer starts at the start of a line, before its key: no trailer
  // starts before the line of the first key
  let start = hint.index;
  while (start > 0 && !isLineTerminator(message.charCodeAt(start - 1))) {
    start -= 1;
  }
  REVIEW_TRAILER.lastIndex = start;
  try {
    for (
      let match = REVIEW_TRAILER.exec(message);
      match !== null;
      match = REVIEW_TRAILER.exec(message)
    ) {
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
  } finally {
    REVIEW_TRAILER.lastIndex = 0;
  }
  return reviews;
}

/**
 * The approvals that `Reviewed-by:`, `Acked-by:` and `Approved-by:` trailers
 * record in the given messages, one per reviewer (by e-mail, or by name when
 * the trailer has no address).
 *
 * @public
 */
export function reviewTrailers(messages: Iterable<string>): ChangeReview[] {
  let reviews: Map<string, ChangeReview> | undefined;
  for (const message of messages) {
    reviews = addReviewTrailers(message, reviews);
  }
  return reviews ? [...reviews.values()] : [];
}

/**
 * {@link reviewTrailers} of a landing commit's message followed by those of
 * the commits it brought in, without gathering the messages first, then the
 * approvers a merge bot recorded (`r=alice`) that no trailer names.
 */
export function reviewTrailersOf(
  landing: { message: string },
  brought: ReadonlyArray<{ message: string }>,
  approvedBy: readonly string[] = [],
): ChangeReview[] {
  let reviews = addReviewTrailers(landing.message, undefined);
  for (const commit of brought) {
    reviews = addReviewTrailers(commit.message, reviews);
  }
  if (approvedBy.length > 0) {
    reviews = addLoginApprovals(approvedBy, reviews ?? new Map());
  }
  return reviews ? [...reviews.values()] : [];
}

/**
 * The review link of a message, if any: Gerrit's `Reviewed-on:` or
 * Phabricator's `Differential Revision:`. @public
 */
export function reviewedOn(message: string): string | undefined {
  if (/reviewed-on/i.test(message)) {
    return REVIEWED_ON.exec(message)?.[1];
  }
  return message.includes('Differential Revision:')
    ? DIFFERENTIAL_REVISION.exec(message)?.[1]
    : undefined;
}

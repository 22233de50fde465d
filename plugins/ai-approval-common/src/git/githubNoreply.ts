/**
 * GitHub's private commit addresses: `<id>+<login>@users.noreply.github.com`
 * (since 2017) and the older `<login>@users.noreply.github.com`.
 */

/**
 * What a GitHub noreply address says about its owner.
 * @public
 */
export interface GithubNoreply {
  /** numeric account id, absent in the pre-2017 form */
  id?: number;
  /** lowercased login, including a `[bot]` suffix for app bots */
  login: string;
}

const NOREPLY = /^(?:(\d+)\+)?([^@\s+]+)@users\.noreply\.github\.com$/i;

/**
 * Parses a GitHub noreply address; undefined for any other address.
 * @public
 */
export function parseGithubNoreply(
  email: string | undefined,
): GithubNoreply | undefined {
  if (!email) {
    return undefined;
  }
  const match = NOREPLY.exec(email.trim());
  if (!match) {
    return undefined;
  }
  return {
    id: match[1] ? Number(match[1]) : undefined,
    login: match[2].toLowerCase(),
  };
}

/**
 * What the plugin reads from a GitHub webhook event: which repository it
 * is about and what state it announces. The payload is input from outside:
 * nothing in it is trusted beyond naming a repository to read again, and a
 * payload that does not have the expected shape is ignored.
 */

/** The webhook topics the plugin follows, as the GitHub events module routes them. */
export const GITHUB_EVENT_TOPICS = [
  'github.pull_request',
  'github.pull_request_review',
  'github.push',
];

/** Pull-request actions that cannot change a verdict or a live state. */
const IGNORED_ACTIONS = new Set([
  'assigned',
  'unassigned',
  'locked',
  'unlocked',
  'milestoned',
  'demilestoned',
  'auto_merge_enabled',
  'auto_merge_disabled',
  'enqueued',
  'dequeued',
]);

const SLUG = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const SHA = /^[0-9a-f]{40}$/;

/** What an event says happened, to check the read caught up with it. */
export type EventExpectation =
  /** a pull request updated at this time (or later) */
  | { kind: 'pull_request'; number: number; updatedAt: string }
  /** the default branch moved to this commit */
  | { kind: 'push'; head: string };

/** A relevant event for a repository. */
export interface GithubEvent {
  host: string;
  slug: string;
  /** GitHub's id of the delivery (`x-github-delivery`), when given */
  delivery?: string;
  expectation?: EventExpectation;
}

function record(value: unknown): Record<string, any> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, any>)
    : undefined;
}

function hostOf(htmlUrl: unknown): string | undefined {
  if (typeof htmlUrl !== 'string') {
    return undefined;
  }
  try {
    const url = new URL(htmlUrl);
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? url.host.toLowerCase()
      : undefined;
  } catch {
    return undefined;
  }
}

function isTime(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function pullRequestExpectation(
  payload: Record<string, any>,
): EventExpectation | undefined {
  const pull = record(payload.pull_request);
  if (!pull || !Number.isInteger(pull.number) || !isTime(pull.updated_at)) {
    return undefined;
  }
  return {
    kind: 'pull_request',
    number: pull.number,
    updatedAt: new Date(pull.updated_at).toISOString(),
  };
}

/**
 * The repository and expectation of an event on one of
 * {@link GITHUB_EVENT_TOPICS}; undefined for events that cannot change
 * anything the plugin stores (a push to another branch than the default,
 * an assignment) or payloads without a repository.
 */
export function readGithubEvent(
  topic: string,
  eventPayload: unknown,
  metadata?: Record<string, string | string[] | undefined>,
): GithubEvent | undefined {
  const payload = record(eventPayload);
  const repository = record(payload?.repository);
  const slug = repository?.full_name;
  const host = hostOf(repository?.html_url);
  if (!payload || typeof slug !== 'string' || !SLUG.test(slug) || !host) {
    return undefined;
  }
  const delivery = metadata?.['x-github-delivery'];
  const base = {
    host,
    slug,
    ...(typeof delivery === 'string' ? { delivery } : {}),
  };
  if (topic === 'github.push') {
    const branch = repository?.default_branch;
    if (typeof branch !== 'string' || payload.ref !== `refs/heads/${branch}`) {
      return undefined;
    }
    const head = payload.after;
    return typeof head === 'string' && SHA.test(head) && !/^0+$/.test(head)
      ? { ...base, expectation: { kind: 'push', head } }
      : base;
  }
  if (IGNORED_ACTIONS.has(payload.action)) {
    return undefined;
  }
  const expectation = pullRequestExpectation(payload);
  return expectation ? { ...base, expectation } : base;
}

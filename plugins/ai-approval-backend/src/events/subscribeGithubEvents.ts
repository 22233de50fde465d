import { LoggerService } from '@backstage/backend-plugin-api';
import { EventParams, EventsService } from '@backstage/plugin-events-node';
import { ApprovalStore } from '../database/ApprovalStore';
import { LinkedRepository } from '../database/repositories';
import { newestSeenUpdate, readCursor } from '../sync/githubCursor';
import {
  EventExpectation,
  GITHUB_EVENT_TOPICS,
  GithubEvent,
  readGithubEvent,
} from './githubEvent';
import { RepositoryQueue } from './RepositoryQueue';

/** What the event handler needs of the sync. */
export interface RepositorySync {
  /** Reads one linked repository's changes now, judges and stores them. */
  syncLinkedRepository(linked: LinkedRepository): Promise<void>;
}

/** Options of {@link subscribeGithubEvents}. */
export interface GithubEventsOptions {
  events: EventsService;
  store: Pick<ApprovalStore, 'findLinkedRepository' | 'recordEvent'>;
  sync: RepositorySync;
  logger: LoggerService;
  /**
   * Waits before reading again when GitHub's API did not show the state
   * the event announced yet (it can lag behind the webhook).
   */
  retryDelaysMs?: number[];
}

/** Whether the stored cursor shows the state the event announced. */
function caughtUp(
  cursor: string | undefined,
  expectation: EventExpectation | undefined,
): boolean {
  if (!expectation) {
    return true;
  }
  const read = readCursor(cursor);
  if (expectation.kind === 'push') {
    return read.head === expectation.head;
  }
  const seen = newestSeenUpdate(read);
  return !!seen && Date.parse(seen) >= Date.parse(expectation.updatedAt);
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/**
 * Follows GitHub webhooks through the events system: on a pull request,
 * review or default-branch push of a repository an entity links, that
 * repository is read again from its cursor (the change the event is about,
 * and anything else that changed since), judged and stored, and its status
 * checks updated. The payload only names the repository: verdicts always
 * come from what GitHub's API answers, so a redelivered or out-of-order
 * event cannot make one wrong.
 */
export async function subscribeGithubEvents(
  options: GithubEventsOptions,
): Promise<void> {
  const { events, store, sync, logger } = options;
  const delays = options.retryDelaysMs ?? [1000, 2000, 4000];
  const queue = new RepositoryQueue();

  async function read(event: GithubEvent, linked: LinkedRepository) {
    let current: LinkedRepository | undefined = linked;
    for (let attempt = 0; current; attempt += 1) {
      await sync.syncLinkedRepository(current);
      current = await store.findLinkedRepository(event.host, event.slug);
      if (
        caughtUp(current?.repository.cursor, event.expectation) ||
        attempt >= delays.length
      ) {
        return;
      }
      await sleep(delays[attempt]);
    }
  }

  async function onEvent(params: EventParams) {
    const event = readGithubEvent(
      params.topic,
      params.eventPayload,
      params.metadata,
    );
    if (!event) {
      return;
    }
    const linked = await store.findLinkedRepository(event.host, event.slug);
    if (!linked) {
      return;
    }
    await store.recordEvent(linked.repository.id, new Date().toISOString());
    // answered at once; the read runs in the background
    queue
      .request(linked.repository.id, () => read(event, linked))
      .catch(error =>
        logger.warn(
          `Reading ${event.host}/${event.slug} after webhook delivery ${
            event.delivery ?? '(no id)'
          } failed`,
          error,
        ),
      );
  }

  await events.subscribe({
    id: 'ai-approval-github',
    topics: GITHUB_EVENT_TOPICS,
    onEvent,
  });
}

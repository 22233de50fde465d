import { LoggerService } from '@backstage/backend-plugin-api';
import { ApprovalStore } from '../database/ApprovalStore';
import { JudgedOpenChange } from '../database/openChangeRows';
import {
  GithubRepositoryRef,
  GithubStatusPublisher,
  StatusCheck,
  StatusCheckPermissionError,
} from '../sources/github';

const MAX_DESCRIPTION = 140;

function shorten(text: string): string {
  return text.length <= MAX_DESCRIPTION
    ? text
    : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}

/** What the check says about an open pull request, from its live state. */
export function statusOf(
  judged: JudgedOpenChange,
): Omit<StatusCheck, 'targetUrl'> {
  const { judgement } = judged;
  if (!judged.detection.aiAssisted || !judgement) {
    return {
      state: 'success',
      description: 'Not AI-assisted: no senior sign-off needed',
    };
  }
  const who = judgement.waitingOn.map(l => `@${l}`).join(', ');
  switch (judgement.state) {
    case 'ready':
      return { state: 'success', description: 'A senior approved the head' };
    case 'draft':
      return {
        state: 'pending',
        description: 'Draft: a senior must approve the head once ready',
      };
    case 'changes_requested':
      return {
        state: 'pending',
        description: 'Changes requested; then a senior must approve the head',
      };
    case 'stale_approval':
      return {
        state: 'pending',
        description: shorten(
          `Approval out of date: a senior must approve the head${
            who ? `; waiting on ${who}` : ''
          }`,
        ),
      };
    default:
      return {
        state: 'pending',
        description: shorten(
          who
            ? `Waiting for a senior sign-off: ${who}`
            : 'Waiting for a senior sign-off: request a senior reviewer',
        ),
      };
  }
}

/** How checks are posted to one repository. */
export interface StatusCheckOptions {
  publisher: GithubStatusPublisher;
  /** the AI approval tab of the entity that links the repository */
  targetUrl: string;
  logger?: LoggerService;
}

/**
 * Posts the senior sign-off check on the head of each open pull request
 * whose check changed since it was last posted (a new head, state or
 * description), and records it. A permission error stops the repository's
 * posts and is kept for the sync status; reading and judging are not
 * affected.
 */
export async function publishStatusChecks(
  options: StatusCheckOptions & {
    repositoryId: number;
    ref: GithubRepositoryRef;
    judged: JudgedOpenChange[];
    store: ApprovalStore;
  },
): Promise<number> {
  const { repositoryId, ref, judged, targetUrl, publisher, store } = options;
  const posted = await store.postedChecks(repositoryId);
  let count = 0;
  try {
    for (const item of judged) {
      const { number, headSha } = item.change;
      if (number === undefined || !headSha) continue;
      const check = { ...statusOf(item), targetUrl };
      const last = posted.get(number);
      if (
        last?.headSha === headSha &&
        last.state === check.state &&
        last.description === check.description
      ) {
        continue;
      }
      await publisher.publish(ref, headSha, check);
      await store.recordCheck(repositoryId, number, { headSha, ...check });
      count += 1;
    }
    await store.recordStatusCheckError(repositoryId, undefined);
  } catch (error) {
    if (!(error instanceof StatusCheckPermissionError)) {
      throw error;
    }
    options.logger?.warn(error.message);
    await store.recordStatusCheckError(repositoryId, error.message);
  }
  return count;
}

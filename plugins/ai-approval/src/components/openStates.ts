import { OpenChangeState } from '@ai-approval/backstage-plugin-ai-approval-common';
import { Severity } from './StatusLabel/StatusLabel';

/** An open pull request's live state in words, short enough for a cell. */
export const OPEN_STATE_LABELS: Record<OpenChangeState, string> = {
  ready: 'Ready: a senior approved the head',
  waiting_for_senior: 'Waiting for a senior',
  stale_approval: 'Approval is out of date',
  changes_requested: 'Changes requested',
  draft: 'Draft',
};

/** How a live state is shown: ready, waiting on someone, or not yet asked. */
export const OPEN_STATE_SEVERITY: Record<OpenChangeState, Severity> = {
  ready: 'ok',
  waiting_for_senior: 'warning',
  stale_approval: 'warning',
  changes_requested: 'pending',
  draft: 'pending',
};

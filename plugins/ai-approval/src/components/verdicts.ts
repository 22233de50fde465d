import { Verdict } from '@ai-approval/backstage-plugin-ai-approval-common';

/** A verdict in words, short enough for a table cell. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  approved: 'Approved by a senior',
  approved_stale: 'Approval is out of date',
  dismissed: 'Approval was dismissed',
  not_senior: 'No senior approval',
  self_approved: 'Approved only by its authors',
  bot_review_only: 'Reviewed only by bots',
  no_review: 'Merged with no approval',
  direct_push: 'Pushed without a pull request',
  exempt: 'Exempt',
};

/** How a verdict is shown: fine, waived, or needs someone to act. */
export function verdictStatus(verdict: Verdict): 'ok' | 'warning' | 'error' {
  if (verdict === 'approved') {
    return 'ok';
  }
  return verdict === 'exempt' ? 'warning' : 'error';
}

/** Options of the verdict filter; the empty value lists every AI change. */
export const VERDICT_FILTER_OPTIONS: Array<{
  value: Verdict | 'unapproved' | '';
  label: string;
}> = [
  { value: '', label: 'All verdicts' },
  { value: 'unapproved', label: 'Unapproved (any reason)' },
  ...(Object.keys(VERDICT_LABELS) as Verdict[]).map(value => ({
    value,
    label: VERDICT_LABELS[value],
  })),
];

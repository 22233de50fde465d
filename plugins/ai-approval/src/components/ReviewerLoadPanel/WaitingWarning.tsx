import Alert from '@material-ui/lab/Alert';
import {
  ReviewerLoadResponse,
  workingDaysBetween,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { countOf, formatDate, formatHours } from '../format';

/** How long a wait has lasted, with the day it began: `3 days (since Dec 1, 2026)`. */
export function waitSince(since: string | undefined, now = Date.now()): string {
  if (!since) {
    return '–';
  }
  const hours = Math.max(0, (now - Date.parse(since)) / 3_600_000);
  return `${formatHours(hours)} (since ${formatDate(since)})`;
}

/**
 * A visible warning when the oldest open AI-assisted pull request has
 * waited for a senior longer than the configured working days.
 */
export function WaitingWarning(props: { load: ReviewerLoadResponse }) {
  const { waitWarning, oldestWaitingSince, waitWarningWorkingDays } =
    props.load;
  if (!waitWarning || !oldestWaitingSince) {
    return null;
  }
  const days = Math.floor(workingDaysBetween(oldestWaitingSince, Date.now()));
  return (
    <Alert severity="warning" style={{ marginBottom: 8 }}>
      The oldest of{' '}
      {countOf(props.load.totalWaiting, 'open AI-assisted pull request')}{' '}
      waiting for a senior sign-off has waited {countOf(days, 'working day')}{' '}
      (since {formatDate(oldestWaitingSince)}), more than the{' '}
      {countOf(waitWarningWorkingDays, 'working day')} allowed.
    </Alert>
  );
}

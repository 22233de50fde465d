import Alert from '@material-ui/lab/Alert';
import {
  ReportWindow,
  RepositorySyncStatus,
  windowStartTime,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { formatDate } from '../format';

/**
 * Where the history of all these repositories starts: the latest of their
 * starts, since each was read from its first sync's backfill horizon on.
 */
export function historyStart(
  repositories: RepositorySyncStatus[],
): string | undefined {
  const starts = repositories
    .map(r => r.historySince)
    .filter((s): s is string => Boolean(s))
    .sort();
  return starts[starts.length - 1];
}

/**
 * Says so when the window reaches back before the history the plugin has
 * read: its figures then count only part of the window.
 */
export function HistoryNotice(props: {
  repositories: RepositorySyncStatus[];
  window: Pick<ReportWindow, 'since'>;
}) {
  const start = historyStart(props.repositories);
  if (
    !start ||
    Date.parse(start) <= Date.parse(windowStartTime(props.window))
  ) {
    return null;
  }
  return (
    <Alert severity="info" style={{ marginTop: 16 }}>
      The history read so far starts on {formatDate(start)}, where the first
      sync began (it reads back <code>aiApproval.backfillDays</code>); changes
      merged earlier in this window are not counted.
    </Alert>
  );
}

import Typography from '@material-ui/core/Typography';
import {
  describeWindow,
  ReportWindow,
} from '@ai-approval/backstage-plugin-ai-approval-common';

/**
 * What the figures of an answer cover, in the words of every page: "Since
 * Monday 7 Sep 2026 (13 whole weeks and this week so far)".
 */
export function WindowCoverage(props: {
  window: Pick<ReportWindow, 'since' | 'until'>;
}) {
  // primary text: on the page background secondary text is short of AA
  return (
    <Typography variant="body2" data-testid="window-coverage">
      {describeWindow(props.window)}
    </Typography>
  );
}

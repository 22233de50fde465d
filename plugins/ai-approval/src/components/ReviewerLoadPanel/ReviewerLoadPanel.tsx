import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/core-plugin-api';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  describeWindow,
  ReviewerLoad,
  ReviewerLoadResponse,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { WaitingWarning, waitSince } from './WaitingWarning';
import { aiApprovalApiRef } from '../../api';
import { identityLabel } from '../PersonName';
import { countOf, formatHours, formatPercent } from '../format';
import { WindowCoverage } from '../WindowCoverage';
import { loadConcentration } from './loadConcentration';
import { ReviewerLoadChart, reviewerName } from './ReviewerLoadChart';

function ReviewerCell(props: { item: ReviewerLoad }) {
  const { item } = props;
  const name = item.userRef ? (
    <EntityRefLink entityRef={item.userRef}>{reviewerName(item)}</EntityRefLink>
  ) : (
    reviewerName(item)
  );
  return (
    <>
      {name}
      {item.displayName && (
        <Typography variant="caption" color="textSecondary" component="div">
          {identityLabel(item.reviewer)}
        </Typography>
      )}
    </>
  );
}

const columns: TableColumn<ReviewerLoad>[] = [
  {
    title: 'Reviewer',
    field: 'reviewer',
    render: r => <ReviewerCell item={r} />,
  },
  { title: 'Reviews of AI changes', field: 'aiReviews', type: 'numeric' },
  {
    title: 'Senior approvals',
    field: 'seniorApprovals',
    type: 'numeric',
    defaultSort: 'desc',
  },
  {
    title: 'Median time to approval',
    field: 'medianHoursToApproval',
    type: 'numeric',
    render: r => formatHours(r.medianHoursToApproval),
  },
  {
    title: 'Share of the load',
    field: 'share',
    type: 'numeric',
    render: r => formatPercent(r.share),
  },
  {
    title: 'AI pull requests waiting on them',
    field: 'waiting',
    type: 'numeric',
  },
  {
    title: 'Oldest wait',
    field: 'oldestWaitingSince',
    render: r => waitSince(r.oldestWaitingSince),
    customSort: (a, b) =>
      (a.oldestWaitingSince ?? '~').localeCompare(b.oldestWaitingSince ?? '~'),
  },
];

const MEDIAN = 'medianHoursToApproval';

function ConcentrationWarning(props: { items: ReviewerLoad[] }) {
  const c = loadConcentration(props.items);
  if (!c.concentrated) {
    return null;
  }
  const spread =
    'Spread the reviews to avoid burnout and a single point of failure.';
  if (c.reviewers === 1) {
    return (
      <Alert severity="warning">
        A single senior reviewer gives every senior sign-off on AI-assisted
        changes. {spread}
      </Alert>
    );
  }
  const who =
    c.topCount === 1
      ? '1 senior reviewer gives'
      : `${c.topCount} senior reviewers give`;
  return (
    <Alert severity="warning">
      {who} {formatPercent(c.topShare)} of the senior sign-offs on AI-assisted
      changes ({c.reviewers} senior reviewers in all). {spread}
    </Alert>
  );
}

function ReviewerLoadView(props: { load: ReviewerLoadResponse }) {
  const { items, totalSeniorApprovals, totalWaiting } = props.load;
  // approvals recorded as commit trailers carry no time
  const timed = items.some(r => r[MEDIAN] !== null);
  const shown = timed ? columns : columns.filter(c => c.field !== MEDIAN);
  const subtitle = `${describeWindow(props.load)}: ${countOf(
    totalSeniorApprovals,
    'senior sign-off',
  )}${
    timed
      ? ''
      : '; no approval has a recorded time (commit trailers carry none)'
  }. Now ${countOf(totalWaiting, 'open AI-assisted pull request')} ${
    totalWaiting === 1 ? 'waits' : 'wait'
  } for a senior.`;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12}>
        <WaitingWarning load={props.load} />
        <ConcentrationWarning items={items} />
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Sign-offs per reviewer">
          <ReviewerLoadChart items={items} />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <Table<ReviewerLoad>
          title="Senior reviewers"
          subtitle={subtitle}
          options={{
            search: false,
            paging: items.length > 20,
            pageSize: 20,
            padding: 'dense',
            draggable: false,
          }}
          columns={shown}
          data={items.map(item => ({ ...item, id: item.reviewer }))}
        />
      </Grid>
    </Grid>
  );
}

/**
 * How the senior sign-offs on AI-assisted changes are spread over the
 * senior reviewers, of the org or of one group.
 */
export function ReviewerLoadPanel(props: { days: number; group?: string }) {
  const api = useApi(aiApprovalApiRef);
  const { days, group } = props;
  const { value, loading, error } = useAsync(
    () => api.getReviewerLoad({ days, group }),
    [api, days, group],
  );
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (loading || !value) {
    return <Progress />;
  }
  if (value.items.length === 0 && value.totalWaiting === 0) {
    return (
      <InfoCard>
        <Typography paragraph>
          No senior reviewer looked at an AI-assisted change in this window.
        </Typography>
        <WindowCoverage window={value} />
      </InfoCard>
    );
  }
  return <ReviewerLoadView load={value} />;
}

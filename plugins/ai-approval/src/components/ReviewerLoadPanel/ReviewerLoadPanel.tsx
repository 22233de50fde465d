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
  ReviewerLoad,
  ReviewerLoadResponse,
} from '@internal/plugin-ai-approval-common';
import { aiApprovalApiRef } from '../../api';
import { formatHours, formatPercent } from '../format';
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
          {item.reviewer}
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
  { title: 'AI reviews', field: 'aiReviews', type: 'numeric' },
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
];

function ConcentrationWarning(props: { items: ReviewerLoad[] }) {
  const c = loadConcentration(props.items);
  if (!c.concentrated) {
    return null;
  }
  const who =
    c.topCount === 1
      ? '1 senior reviewer gives'
      : `${c.topCount} senior reviewers give`;
  return (
    <Alert severity="warning">
      {who} {formatPercent(c.topShare)} of the senior sign-offs on AI-assisted
      changes ({c.reviewers} senior reviewers in all). Spread the reviews to
      avoid burnout and a single point of failure.
    </Alert>
  );
}

function ReviewerLoadView(props: { load: ReviewerLoadResponse }) {
  const { items, totalSeniorApprovals, windowDays } = props.load;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12}>
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
          subtitle={`${totalSeniorApprovals} senior sign-offs in the last ${windowDays} days`}
          options={{
            search: false,
            paging: items.length > 20,
            pageSize: 20,
            padding: 'dense',
            draggable: false,
          }}
          columns={columns}
          data={items}
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
  if (value.items.length === 0) {
    return (
      <InfoCard>
        <Typography>
          No senior reviewer looked at an AI-assisted change in the last{' '}
          {value.windowDays} days.
        </Typography>
      </InfoCard>
    );
  }
  return <ReviewerLoadView load={value} />;
}

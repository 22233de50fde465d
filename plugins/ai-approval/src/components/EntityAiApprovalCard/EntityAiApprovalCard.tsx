import useAsync from 'react-use/esm/useAsync';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import {
  DEFAULT_WINDOW_DAYS,
  EntitySummary,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { aiApprovalApiRef } from '../../api';
import { countOf, formatPercent } from '../format';
import { WindowCoverage } from '../WindowCoverage';

/** Open AI pull requests waiting for a senior now; nothing for plain git. */
function Waiting(props: { summary: EntitySummary }) {
  const { open } = props.summary;
  if (!open?.supported) {
    return null;
  }
  return (
    <Typography variant="body2" color="textSecondary">
      {countOf(open.waiting, 'open AI-assisted pull request')}{' '}
      {open.waiting === 1 ? 'waits' : 'wait'} for a senior sign-off.
    </Typography>
  );
}

function CardBody(props: { summary: EntitySummary }) {
  const { summary } = props;
  if (!summary.repositories.some(r => r.lastSuccessAt)) {
    return <Typography>Not synced yet.</Typography>;
  }
  if (summary.aiChanges === 0) {
    return (
      <>
        <Typography>No AI-assisted changes in this window.</Typography>
        <WindowCoverage window={summary} />
        <Waiting summary={summary} />
      </>
    );
  }
  return (
    <>
      <Typography variant="h4" component="p">
        {formatPercent(summary.compliance)} compliant
      </Typography>
      <Typography variant="body1" paragraph>
        {summary.unapproved} of {summary.aiChanges} AI-assisted changes lack a
        senior sign-off.
      </Typography>
      <Waiting summary={summary} />
      <WindowCoverage window={summary} />
    </>
  );
}

/**
 * Overview card: compliance and unapproved AI changes over the default
 * window (what the tab shows first), with a link to the tab.
 * @public
 */
export function EntityAiApprovalCard(props: { tabPath?: string }) {
  const { entity } = useEntity();
  const api = useApi(aiApprovalApiRef);
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => api.getEntitySummary(entityRef, { days: DEFAULT_WINDOW_DAYS }),
    [api, entityRef],
  );
  const deepLink = {
    title: 'View AI-assisted changes',
    link: props.tabPath ?? 'ai-approval',
  };
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  return (
    <InfoCard title="AI change approvals" deepLink={deepLink}>
      {loading || !value ? <Progress /> : <CardBody summary={value} />}
    </InfoCard>
  );
}

import useAsync from 'react-use/esm/useAsync';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { InfoCard, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { aiApprovalApiRef } from '../../api';
import { formatPercent } from '../format';

/**
 * Overview card: compliance and unapproved AI changes of the last 90 days.
 * @public
 */
export function EntityAiApprovalCard(props: { tabPath?: string }) {
  const { entity } = useEntity();
  const api = useApi(aiApprovalApiRef);
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => api.getEntitySummary(entityRef, { days: 90 }),
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
      {loading || !value ? (
        <Progress />
      ) : (
        <>
          <Typography variant="h4" component="p">
            {formatPercent(value.compliance)} compliant
          </Typography>
          <Typography variant="body1">
            {value.unapproved} of {value.aiChanges} AI-assisted changes lack a
            senior approval (last 90 days).
          </Typography>
        </>
      )}
    </InfoCard>
  );
}

import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import {
  Content,
  EmptyState,
  ErrorPanel,
  MissingAnnotationEmptyState,
  Progress,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { AI_APPROVAL_REPOSITORIES_ANNOTATION } from '@internal/plugin-ai-approval-common';
import { aiApprovalApiRef } from '../../api';
import { isAiApprovalAvailable } from '../../isAiApprovalAvailable';
import { SummaryFigures } from '../SummaryFigures';
import { SyncStatus } from '../SyncStatus';
import { WindowPicker } from '../WindowPicker';

/**
 * The AI approval tab of an entity: compliance of its AI-assisted changes.
 * @public
 */
export function EntityAiApprovalContent() {
  const { entity } = useEntity();
  if (!isAiApprovalAvailable(entity)) {
    return (
      <MissingAnnotationEmptyState
        annotation={[
          'github.com/project-slug',
          AI_APPROVAL_REPOSITORIES_ANNOTATION,
        ]}
      />
    );
  }
  return <EntitySummaryView entityRef={stringifyEntityRef(entity)} />;
}

function EntitySummaryView(props: { entityRef: string }) {
  const api = useApi(aiApprovalApiRef);
  const [days, setDays] = useState(90);
  const { value, loading, error } = useAsync(
    () => api.getEntitySummary(props.entityRef, { days }),
    [api, props.entityRef, days],
  );

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ErrorPanel title="Could not load AI approval data" error={error} />;
  }
  if (!value) {
    return null;
  }
  const neverSynced = !value.repositories.some(r => r.lastSuccessAt);
  return (
    <Content noPadding>
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <WindowPicker days={days} onChange={setDays} />
        </Grid>
        {neverSynced ? (
          <Grid item xs={12}>
            <EmptyState
              missing="data"
              title="Not synced yet"
              description="The repositories of this entity have not been read yet. The first sync runs shortly after the backend starts."
            />
          </Grid>
        ) : (
          <Grid item xs={12}>
            <SummaryFigures counts={value} />
          </Grid>
        )}
        <Grid item xs={12}>
          <SyncStatus repositories={value.repositories} />
        </Grid>
      </Grid>
    </Content>
  );
}

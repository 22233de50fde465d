import { useCallback, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import {
  EmptyState,
  MissingAnnotationEmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import {
  describeWindow,
  EntitySummary,
  REPOSITORY_ANNOTATIONS,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { aiApprovalApiRef } from '../../api';
import { isAiApprovalAvailable } from '../../isAiApprovalAvailable';
import { ChangesTable } from '../ChangesTable';
import { ComplianceTrendChart } from '../ComplianceTrendChart';
import { countOf } from '../format';
import { HistoryNotice } from '../HistoryNotice';
import { OpenChangesSection } from '../OpenChangesSection';
import { RefreshButton } from '../RefreshButton';
import { SummaryFigures } from '../SummaryFigures';
import { SyncStatus } from '../SyncStatus';
import { WindowCoverage } from '../WindowCoverage';
import { useWindowDays, WindowPicker } from '../WindowPicker';

/**
 * The AI approval tab of an entity: compliance of its AI-assisted changes.
 * @public
 */
export function EntityAiApprovalContent() {
  const { entity } = useEntity();
  if (!isAiApprovalAvailable(entity)) {
    return (
      <MissingAnnotationEmptyState annotation={[...REPOSITORY_ANNOTATIONS]} />
    );
  }
  return <EntityAiApproval entityRef={stringifyEntityRef(entity)} />;
}

function EntityAiApproval(props: { entityRef: string }) {
  const { entityRef } = props;
  const api = useApi(aiApprovalApiRef);
  const [days, setDays] = useWindowDays();
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion(v => v + 1), []);
  const { value, loading, error } = useAsync(
    () => api.getEntitySummary(entityRef, { days }),
    [api, entityRef, days, version],
  );

  if (error) {
    return (
      <ResponseErrorPanel
        title="Could not load AI approval data"
        error={error}
      />
    );
  }
  if (!value) {
    return <Progress />;
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Box display="flex" alignItems="center" style={{ gap: 16 }}>
          <WindowPicker days={days} onChange={setDays} />
          <WindowCoverage window={value} />
        </Box>
        {loading && <LinearProgress style={{ marginTop: 8 }} />}
        <HistoryNotice repositories={value.repositories} window={value} />
      </Grid>
      <SummarySections
        summary={value}
        entityRef={entityRef}
        days={days}
        version={version}
        onChanged={reload}
      />
      <Grid item xs={12}>
        <SyncStatus
          repositories={value.repositories}
          action={<RefreshButton entityRef={entityRef} />}
        />
      </Grid>
    </Grid>
  );
}

function SummarySections(props: {
  summary: EntitySummary;
  entityRef: string;
  days: number;
  version: number;
  onChanged: () => void;
}) {
  const { summary } = props;
  if (!summary.repositories.some(r => r.lastSuccessAt)) {
    return (
      <Grid item xs={12}>
        <EmptyState
          missing="data"
          title="Not synced yet"
          description="The repositories of this entity have not been read yet. The first sync runs shortly after they are registered; the sync status below says what happened."
        />
      </Grid>
    );
  }
  return (
    <>
      <Grid item xs={12}>
        <SummaryFigures counts={summary} />
      </Grid>
      <Grid item xs={12}>
        <OpenChangesSection
          entityRef={props.entityRef}
          version={props.version}
        />
      </Grid>
      {summary.aiChanges === 0 ? (
        <Grid item xs={12}>
          <EmptyState
            missing="data"
            title="No AI-assisted changes in this window"
            description={`${describeWindow(summary)}: ${countOf(
              summary.totalChanges,
              'change was',
              'changes were',
            )} merged, none with a sign of AI assistance. Pick a longer window to look further back.`}
          />
        </Grid>
      ) : (
        <>
          <Grid item xs={12}>
            <ComplianceTrendChart weekly={summary.weekly} />
          </Grid>
          <Grid item xs={12}>
            <ChangesTable
              entityRef={props.entityRef}
              days={props.days}
              version={props.version}
              onChanged={props.onChanged}
            />
          </Grid>
        </>
      )}
    </>
  );
}

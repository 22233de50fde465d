import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/core-plugin-api';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
  Table,
} from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { aiApprovalApiRef } from '../../api';
import { countOf } from '../format';
import { openChangeColumns } from './openChangeColumns';

const TITLE = 'Waiting for a senior sign-off';

const OPTIONS = {
  search: false,
  sorting: false,
  draggable: false,
  paging: false,
  padding: 'dense' as const,
};

/**
 * The entity's open AI-assisted pull requests, the longest wait first:
 * what a senior should look at before it merges. `version` reloads it.
 */
export function OpenChangesSection(props: {
  entityRef: string;
  version?: number;
}) {
  const { entityRef, version = 0 } = props;
  const api = useApi(aiApprovalApiRef);
  const { value, loading, error } = useAsync(
    () => api.getOpenChanges(entityRef),
    [api, entityRef, version],
  );

  if (error) {
    return (
      <ResponseErrorPanel
        title="Could not load the open pull requests"
        error={error}
      />
    );
  }
  if (loading || !value) {
    return <Progress />;
  }
  if (!value.supported) {
    return (
      <EmptyState
        missing="info"
        title={TITLE}
        description={`Open pull requests are not known here: ${value.unsupportedRepositories.join(
          ', ',
        )} ${
          value.unsupportedRepositories.length === 1 ? 'is' : 'are'
        } read as plain git, which has no pull requests. Link a GitHub repository to see them.`}
      />
    );
  }
  const skipped = value.unsupportedRepositories.length
    ? ` Not known for ${value.unsupportedRepositories.join(', ')} (plain git).`
    : '';
  return (
    <Table
      title={TITLE}
      subtitle={`${countOf(
        value.totalCount,
        'open AI-assisted pull request',
      )}, the longest wait first.${skipped}`}
      options={OPTIONS}
      columns={openChangeColumns(Date.now())}
      data={value.items}
      emptyContent={
        <Typography variant="body2" style={{ padding: 16 }}>
          No open AI-assisted pull request is waiting: nothing needs a senior
          before merge.
        </Typography>
      }
    />
  );
}

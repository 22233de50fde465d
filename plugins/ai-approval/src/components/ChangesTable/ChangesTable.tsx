import { useCallback, useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseErrorPanel, Table } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import {
  aiApprovalExemptPermission,
  ChangeRow,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { aiApprovalApiRef } from '../../api';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { PAGE_SIZES, usePaging } from '../../hooks/usePaging';
import { ChangeActions } from '../ChangeActions';
import { ChangeFilters, VerdictFilter } from './ChangeFilters';
import { changeColumns } from './changeColumns';

const OPTIONS = {
  search: false,
  sorting: false,
  draggable: false,
  paging: true,
  pageSize: PAGE_SIZES[0],
  pageSizeOptions: PAGE_SIZES,
  emptyRowsWhenPaging: false,
  padding: 'dense' as const,
};

function useChangesPage(entityRef: string, days: number, version: number) {
  const api = useApi(aiApprovalApiRef);
  const [verdict, setVerdict] = useState<VerdictFilter>('');
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search.trim());
  const paging = usePaging(JSON.stringify([entityRef, days, verdict, query]));
  const { page, pageSize, offset } = paging;
  const result = useAsync(
    () =>
      api.getChanges(entityRef, {
        days,
        verdict: verdict || undefined,
        search: query || undefined,
        limit: pageSize,
        offset,
      }),
    [api, entityRef, days, verdict, query, pageSize, offset, version],
  );
  const filters = {
    verdict,
    setVerdict,
    search,
    setSearch,
    filtered: Boolean(verdict || query),
  };
  return { result, paging: { ...paging, page }, filters };
}

/**
 * The AI-assisted changes of an entity, unapproved first, paged, filtered
 * and searched by the backend. `onChanged` is called after an exemption
 * was added or removed; bump `version` to reload.
 */
export function ChangesTable(props: {
  entityRef: string;
  days: number;
  version?: number;
  onChanged?: (row: ChangeRow) => void;
}) {
  const { entityRef, days, version = 0, onChanged } = props;
  const { result, paging, filters } = useChangesPage(entityRef, days, version);
  const { allowed: canExempt } = usePermission({
    permission: aiApprovalExemptPermission,
  });
  const changed = useCallback(
    (row: ChangeRow) => onChanged?.(row),
    [onChanged],
  );
  const people = result.value?.people;
  const columns = useMemo(
    () =>
      changeColumns(
        people ?? {},
        canExempt
          ? row => <ChangeActions row={row} onChanged={changed} />
          : undefined,
      ),
    [people, canExempt, changed],
  );
  return (
    <Box>
      <ChangeFilters
        verdict={filters.verdict}
        onVerdictChange={filters.setVerdict}
        search={filters.search}
        onSearchChange={filters.setSearch}
      />
      {result.error && <ResponseErrorPanel error={result.error} />}
      <Table<ChangeRow>
        title="AI-assisted changes"
        subtitle="Unapproved first, then newest"
        options={OPTIONS}
        columns={columns}
        data={result.value?.items ?? []}
        totalCount={result.value?.totalCount ?? 0}
        page={paging.page}
        onPageChange={paging.setPage}
        onRowsPerPageChange={paging.setPageSize}
        isLoading={result.loading}
        emptyContent={
          <Box p={2}>
            {filters.filtered
              ? 'No AI-assisted change matches these filters.'
              : 'No AI-assisted changes in this window.'}
          </Box>
        }
      />
    </Box>
  );
}

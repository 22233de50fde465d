import { useEffect, useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseErrorPanel, Table } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import {
  describeWindow,
  ScorecardResponse,
  ScorecardRow,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { aiApprovalApiRef } from '../../api';
import { PAGE_SIZES, usePaging } from '../../hooks/usePaging';
import { GroupBy, OrderBy, scorecardColumns } from './scorecardColumns';

const OPTIONS = {
  search: false,
  paging: true,
  pageSize: PAGE_SIZES[0],
  pageSizeOptions: PAGE_SIZES,
  emptyRowsWhenPaging: false,
  padding: 'dense' as const,
  draggable: false,
};

interface Sort {
  orderBy?: OrderBy;
  order?: 'asc' | 'desc';
}

/** Props of {@link ScorecardTable}. */
export interface ScorecardTableProps {
  title: string;
  groupBy: GroupBy;
  days: number;
  /** only entities owned by this group or its descendants */
  owner?: string;
  /** substring of the row's ref or title */
  filter?: string;
  /** the page on screen, each time a new one arrives */
  onPageLoaded?: (page: ScorecardResponse) => void;
}

function useScorecardPage(props: ScorecardTableProps, sort: Sort) {
  const api = useApi(aiApprovalApiRef);
  const { groupBy, days, owner, filter } = props;
  const paging = usePaging(
    JSON.stringify([groupBy, days, owner, filter, sort]),
  );
  const { pageSize, offset } = paging;
  const result = useAsync(
    () =>
      api.getScorecard({
        groupBy,
        days,
        owner,
        filter: filter || undefined,
        ...sort,
        limit: pageSize,
        offset,
      }),
    [api, groupBy, days, owner, filter, sort, pageSize, offset],
  );
  return { result, paging };
}

/**
 * One page of the scorecard at a time: the backend sorts, filters and pages,
 * so the table stays fast with tens of thousands of services.
 */
export function ScorecardTable(props: ScorecardTableProps) {
  const { groupBy, filter, onPageLoaded } = props;
  const [sort, setSort] = useState<Sort>({});
  const { result, paging } = useScorecardPage(props, sort);
  const columns = useMemo(() => scorecardColumns(groupBy), [groupBy]);
  // the table keys its rows by `id`
  const rows = useMemo(
    () => (result.value?.items ?? []).map(row => ({ ...row, id: row.ref })),
    [result.value],
  );

  useEffect(() => {
    if (result.value) {
      onPageLoaded?.(result.value);
    }
  }, [result.value, onPageLoaded]);

  const changeOrder = (index: number, direction: 'asc' | 'desc' | '') => {
    const field = columns[index]?.field as OrderBy | undefined;
    setSort(field && direction ? { orderBy: field, order: direction } : {});
  };
  return (
    <Box>
      {result.error && <ResponseErrorPanel error={result.error} />}
      <Table<ScorecardRow>
        title={props.title}
        subtitle={result.value && describeWindow(result.value)}
        options={OPTIONS}
        columns={columns}
        data={rows}
        totalCount={result.value?.totalCount ?? 0}
        page={paging.page}
        onPageChange={paging.setPage}
        onRowsPerPageChange={paging.setPageSize}
        onOrderChange={changeOrder}
        isLoading={result.loading}
        emptyContent={
          <Box p={2}>
            {filter
              ? `Nothing matches “${filter}”.`
              : 'No entity with synced repositories yet.'}
          </Box>
        }
      />
    </Box>
  );
}

import { parseEntityRef } from '@backstage/catalog-model';
import { TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ScorecardQuery,
  ScorecardRow,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { formatPercent } from '../format';
import { TrendSparkline } from '../TrendSparkline';

/** How the scorecard groups entities. */
export type GroupBy = NonNullable<ScorecardQuery['groupBy']>;

/** A column the backend can sort by. */
export type OrderBy = NonNullable<ScorecardQuery['orderBy']>;

/** The name of a row's kind, as a column header and in the CSV. */
export const GROUP_TITLES: Record<GroupBy, string> = {
  owner: 'Team',
  system: 'System',
  entity: 'Service',
};

// the backend sorts; the table must keep the order it was given
const serverSorted = () => 0;

function RowName(props: { row: ScorecardRow }) {
  const { ref, title } = props.row;
  try {
    parseEntityRef(ref);
  } catch {
    return <>{title ?? ref}</>;
  }
  return <EntityRefLink entityRef={ref}>{title}</EntityRefLink>;
}

/** The scorecard's columns; `field` is what the backend sorts by. */
export function scorecardColumns(
  groupBy: GroupBy,
): TableColumn<ScorecardRow>[] {
  // headers stay on one line ("AI-assisted" would break at its hyphen)
  const sortable = {
    customSort: serverSorted,
    headerStyle: { whiteSpace: 'nowrap' as const },
  };
  const columns: TableColumn<ScorecardRow>[] = [
    {
      title: GROUP_TITLES[groupBy],
      field: 'ref',
      render: row => <RowName row={row} />,
      // names break between words, not inside them
      cellStyle: { minWidth: 160 },
      ...sortable,
    },
    {
      title: 'Compliance',
      field: 'compliance',
      align: 'right',
      render: row => formatPercent(row.compliance),
      ...sortable,
    },
    { title: 'AI-assisted', field: 'aiChanges', type: 'numeric', ...sortable },
    { title: 'Unapproved', field: 'unapproved', type: 'numeric', ...sortable },
    {
      title: 'AI share',
      field: 'aiShare',
      align: 'right',
      render: row => formatPercent(row.aiShare),
      ...sortable,
    },
    {
      title: 'Waiting',
      field: 'waiting',
      type: 'numeric',
      tooltip: 'Open AI-assisted pull requests waiting for a senior now',
      ...sortable,
    },
    {
      title: 'Trend',
      sorting: false,
      render: row => <TrendSparkline trend={row.trend} />,
    },
  ];
  if (groupBy === 'entity') {
    return columns;
  }
  return [
    ...columns,
    {
      title: 'Services',
      field: 'entityCount',
      type: 'numeric',
      sorting: false,
    },
  ];
}

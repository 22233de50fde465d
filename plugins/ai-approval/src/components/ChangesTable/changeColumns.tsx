import { ReactNode } from 'react';
import { Link, TableColumn } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { ChangeRow } from '@internal/plugin-ai-approval-common';
import { ApproverList } from '../ApproverList';
import { EvidenceChips } from '../EvidenceChips';
import { formatDate } from '../format';
import { VerdictCell } from '../VerdictCell';

const NOWRAP = { whiteSpace: 'nowrap' as const };

function where(row: ChangeRow): string {
  if (row.kind === 'direct_push') {
    return `Direct push to ${row.repository}`;
  }
  const mark = row.kind === 'merge_request' ? '!' : '#';
  const number = row.number !== undefined ? ` ${mark}${row.number}` : '';
  const kind = row.kind === 'merge_request' ? 'MR' : 'PR';
  return `${kind}${number} in ${row.repository}`;
}

function ChangeTitle(props: { row: ChangeRow }) {
  const { row } = props;
  return (
    <>
      {row.url ? <Link to={row.url}>{row.title}</Link> : row.title}
      <Typography variant="caption" color="textSecondary" component="div">
        {where(row)}
      </Typography>
    </>
  );
}

/** The columns of the changes table; `actions` adds the exemption buttons. */
export function changeColumns(
  actions?: (row: ChangeRow) => ReactNode,
): TableColumn<ChangeRow>[] {
  const columns: TableColumn<ChangeRow>[] = [
    {
      title: 'Change',
      render: row => <ChangeTitle row={row} />,
      cellStyle: { minWidth: 200 },
    },
    { title: 'Author', render: row => row.author ?? '–', cellStyle: NOWRAP },
    {
      title: 'Merged',
      render: row => formatDate(row.mergedAt),
      cellStyle: NOWRAP,
    },
    {
      title: 'Evidence',
      render: row => <EvidenceChips evidence={row.evidence} />,
      cellStyle: { minWidth: 140 },
    },
    {
      title: 'Verdict',
      render: row => <VerdictCell row={row} />,
      cellStyle: { minWidth: 320 },
    },
    {
      title: 'Approvers',
      render: row => <ApproverList approvers={row.approvers} />,
      cellStyle: { minWidth: 180 },
    },
  ];
  const actionColumn = { title: 'Actions', render: actions, cellStyle: NOWRAP };
  return actions ? [...columns, actionColumn] : columns;
}

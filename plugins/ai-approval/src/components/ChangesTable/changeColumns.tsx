import { ReactNode } from 'react';
import { Link, TableColumn } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { ChangeRow } from '@ai-approval/backstage-plugin-ai-approval-common';
import { ApproverList } from '../ApproverList';
import { EvidenceChips } from '../EvidenceChips';
import { formatDate } from '../format';
import { People, PersonName } from '../PersonName';
import { VerdictCell } from '../VerdictCell';

/** long e-mail addresses break instead of widening the table */
const WRAP_ANYWHERE = { overflowWrap: 'anywhere' as const };

function where(row: ChangeRow): string {
  if (row.kind === 'direct_push') {
    return `Direct push to ${row.repository}`;
  }
  const mark = row.kind === 'merge_request' ? '!' : '#';
  const number = row.number !== undefined ? ` ${mark}${row.number}` : '';
  const kind = row.kind === 'merge_request' ? 'MR' : 'PR';
  return `${kind}${number} in ${row.repository}`;
}

/** Who wrote it and when it landed, under the title. */
function Byline(props: { row: ChangeRow; people: People }) {
  const { row, people } = props;
  const landed = row.kind === 'direct_push' ? 'pushed' : 'merged';
  const when = `${landed} ${formatDate(row.mergedAt)}`;
  return row.author ? (
    <>
      <PersonName identity={row.author} people={people} inText /> · {when}
    </>
  ) : (
    <>{when}</>
  );
}

function ChangeTitle(props: { row: ChangeRow; people: People }) {
  const { row, people } = props;
  return (
    <>
      {row.url ? <Link to={row.url}>{row.title}</Link> : row.title}
      <Typography variant="caption" color="textSecondary" component="div">
        {where(row)}
      </Typography>
      <Typography
        variant="caption"
        color="textSecondary"
        component="div"
        style={WRAP_ANYWHERE}
      >
        <Byline row={row} people={people} />
      </Typography>
    </>
  );
}

/**
 * The columns of the changes table, naming people by their catalog User
 * where `people` knows them; `actions` adds the exemption buttons.
 */
export function changeColumns(
  people: People,
  actions?: (row: ChangeRow) => ReactNode,
): TableColumn<ChangeRow>[] {
  const columns: TableColumn<ChangeRow>[] = [
    {
      title: 'Change',
      render: row => <ChangeTitle row={row} people={people} />,
      cellStyle: { minWidth: 200 },
    },
    {
      title: 'Evidence',
      render: row => <EvidenceChips evidence={row.evidence} />,
      cellStyle: { minWidth: 140 },
    },
    {
      title: 'Verdict',
      render: row => <VerdictCell row={row} people={people} />,
      cellStyle: { minWidth: 280 },
    },
    {
      title: 'Approvers',
      render: row => <ApproverList approvers={row.approvers} people={people} />,
      cellStyle: { minWidth: 160, ...WRAP_ANYWHERE },
    },
  ];
  // no nowrap: "Remove exemption" takes two lines rather than leave the page
  const actionColumn = { title: 'Actions', render: actions };
  return actions ? [...columns, actionColumn] : columns;
}

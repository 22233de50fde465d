import { Link, TableColumn } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { OpenChangeRow } from '@ai-approval/backstage-plugin-ai-approval-common';
import { EvidenceChips } from '../EvidenceChips';
import { formatDate, formatHours } from '../format';
import { OPEN_STATE_LABELS, OPEN_STATE_SEVERITY } from '../openStates';
import { identityLabel } from '../PersonName';
import { StatusLabel } from '../StatusLabel';

function Title(props: { row: OpenChangeRow }) {
  const { row } = props;
  const by = row.author ? `${identityLabel(row.author)} · ` : '';
  return (
    <>
      <Link to={row.url}>{row.title}</Link>
      <Typography variant="caption" color="textSecondary" component="div">
        PR #{row.number} in {row.repository}
      </Typography>
      <Typography variant="caption" color="textSecondary" component="div">
        {by}opened {formatDate(row.createdAt)}
      </Typography>
    </>
  );
}

/** How long it has been ready for review; drafts are not waiting yet. */
function Age(props: { row: OpenChangeRow; now: number }) {
  const { row, now } = props;
  if (!row.readyAt) {
    return (
      <Typography variant="body2" color="textSecondary">
        Not ready for review
      </Typography>
    );
  }
  const hours = Math.max(0, (now - Date.parse(row.readyAt)) / 3_600_000);
  return (
    <>
      <Typography variant="body2">{formatHours(hours)}</Typography>
      <Typography variant="caption" color="textSecondary" component="div">
        ready since {formatDate(row.readyAt)}
      </Typography>
    </>
  );
}

function State(props: { row: OpenChangeRow }) {
  const { row } = props;
  return (
    <>
      <StatusLabel severity={OPEN_STATE_SEVERITY[row.state]}>
        {OPEN_STATE_LABELS[row.state]}
      </StatusLabel>
      <Typography variant="body2" color="textSecondary">
        {row.reason}
      </Typography>
    </>
  );
}

/** The requested reviewers; the seniors it waits on come first, in bold. */
function Requested(props: { row: OpenChangeRow }) {
  const { row } = props;
  const waiting = new Set(row.waitingOn.map(l => l.toLowerCase()));
  const requested = row.requested.map(r => r.name);
  const others = requested.filter(n => !waiting.has(n.toLowerCase()));
  if (!row.waitingOn.length && !others.length) {
    return (
      <Typography variant="body2" color="textSecondary">
        Nobody requested
      </Typography>
    );
  }
  return (
    <>
      {row.waitingOn.map(login => (
        <Typography key={login} variant="body2">
          <strong>{identityLabel(login)}</strong> (senior)
        </Typography>
      ))}
      {others.map(name => (
        <Typography key={name} variant="body2" color="textSecondary">
          {identityLabel(name)}
        </Typography>
      ))}
    </>
  );
}

/** The columns of the open pull requests waiting for a senior sign-off. */
export function openChangeColumns(now: number): TableColumn<OpenChangeRow>[] {
  return [
    {
      title: 'Pull request',
      render: row => <Title row={row} />,
      cellStyle: { minWidth: 200 },
    },
    { title: 'Waiting', render: row => <Age row={row} now={now} /> },
    {
      title: 'Evidence',
      render: row => <EvidenceChips evidence={row.evidence} />,
      cellStyle: { minWidth: 140 },
    },
    {
      title: 'State',
      render: row => <State row={row} />,
      cellStyle: { minWidth: 260 },
    },
    { title: 'Seniors requested', render: row => <Requested row={row} /> },
  ];
}

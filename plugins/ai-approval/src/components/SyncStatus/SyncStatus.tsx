import { ReactNode } from 'react';
import { InfoCard, Link } from '@backstage/core-components';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { RepositorySyncStatus } from '@ai-approval/backstage-plugin-ai-approval-common';
import { formatDateTime } from '../format';
import { StatusLabel } from '../StatusLabel';
import { describeSync } from './describeSync';

function RepositoryRow(props: { repo: RepositorySyncStatus }) {
  const { repo } = props;
  const state = describeSync(repo);
  return (
    <TableRow>
      <TableCell>
        {repo.url ? <Link to={repo.url}>{repo.slug}</Link> : repo.slug}
      </TableCell>
      <TableCell>{repo.source === 'git' ? 'git' : repo.host}</TableCell>
      <TableCell>{formatDateTime(repo.lastSuccessAt)}</TableCell>
      <TableCell>
        {repo.lastEventAt ? formatDateTime(repo.lastEventAt) : 'none yet'}
      </TableCell>
      <TableCell>
        <StatusLabel severity={state.severity}>{state.text}</StatusLabel>
      </TableCell>
    </TableRow>
  );
}

/**
 * When each repository was last read, when its last webhook event arrived
 * (webhooks make changes show within seconds; the scheduled sync is the
 * safety net), and why it failed if it did.
 * `action` goes in the card header (the refresh button).
 */
export function SyncStatus(props: {
  repositories: RepositorySyncStatus[];
  action?: ReactNode;
}) {
  return (
    <InfoCard title="Sync status" action={props.action}>
      {props.repositories.length === 0 ? (
        <Typography>
          No repository of this entity has been registered yet; it will be after
          the next sync.
        </Typography>
      ) : (
        <Table size="small" aria-label="Sync status">
          <TableHead>
            <TableRow>
              <TableCell>Repository</TableCell>
              <TableCell>Source</TableCell>
              <TableCell>Last synced</TableCell>
              <TableCell>Last webhook event</TableCell>
              <TableCell>State</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {props.repositories.map(repo => (
              <RepositoryRow key={`${repo.host}/${repo.slug}`} repo={repo} />
            ))}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}

import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { RepositorySyncStatus } from '@internal/plugin-ai-approval-common';

function when(iso?: string) {
  return iso ? new Date(iso).toLocaleString() : 'never';
}

function state(repo: RepositorySyncStatus) {
  if (repo.rateLimitedUntil && Date.parse(repo.rateLimitedUntil) > Date.now()) {
    return `Rate limited until ${when(repo.rateLimitedUntil)}`;
  }
  if (
    repo.lastError &&
    (!repo.lastSuccessAt || (repo.lastErrorAt ?? '') > repo.lastSuccessAt)
  ) {
    return repo.lastError;
  }
  return repo.lastSuccessAt ? 'OK' : 'Not synced yet';
}

const columns: TableColumn<RepositorySyncStatus>[] = [
  { title: 'Repository', render: r => r.url ? <a href={r.url}>{r.slug}</a> : r.slug },
  { title: 'Source', field: 'source' },
  { title: 'Last synced', render: r => when(r.lastSuccessAt) },
  { title: 'State', render: state },
];

/** When each repository was last read, and why it failed if it did. */
export function SyncStatus(props: { repositories: RepositorySyncStatus[] }) {
  if (props.repositories.length === 0) {
    return (
      <InfoCard title="Sync status">
        No repository of this entity has been registered yet; it will be after
        the next sync.
      </InfoCard>
    );
  }
  return (
    <Table
      title="Sync status"
      options={{ paging: false, search: false, padding: 'dense' }}
      columns={columns}
      data={props.repositories}
    />
  );
}

import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { repository } from '../../__testUtils__/fixtures';
import { SyncStatus } from './SyncStatus';

describe('SyncStatus', () => {
  it('lists each repository with its last sync and state', async () => {
    await renderInTestApp(
      <SyncStatus
        repositories={[
          repository({ lastEventAt: '2026-03-01T12:30:00Z' }),
          repository({
            slug: 'acme/payments-worker',
            url: undefined,
            lastSuccessAt: undefined,
            lastError: 'Not Found',
            lastErrorAt: '2026-03-01T11:00:00Z',
          }),
        ]}
        action={<button>Refresh</button>}
      />,
    );
    expect(
      screen.getByRole('link', { name: /^acme\/payments-api/ }),
    ).toHaveAttribute('href', 'https://github.com/acme/payments-api');
    expect(screen.getByText('Up to date.')).toBeInTheDocument();
    expect(
      screen.getByRole('columnheader', { name: 'Last webhook event' }),
    ).toBeInTheDocument();
    expect(screen.getByText('none yet')).toBeInTheDocument();
    expect(screen.getByText('acme/payments-worker')).toBeInTheDocument();
    expect(
      screen.getByText(/Could not be read yet: The repository was not found/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeInTheDocument();
  });

  it('explains that no repository is registered yet', async () => {
    await renderInTestApp(<SyncStatus repositories={[]} />);
    expect(
      screen.getByText(/No repository of this entity has been registered yet/),
    ).toBeInTheDocument();
  });
});

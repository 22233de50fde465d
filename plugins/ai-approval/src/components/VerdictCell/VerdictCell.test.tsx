import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { changeRow } from '../../__testUtils__/fixtures';
import { VerdictCell } from './VerdictCell';

describe('VerdictCell', () => {
  it('says what is wrong and why, in the backend reasons', async () => {
    await renderInTestApp(<VerdictCell row={changeRow()} />);
    expect(screen.getByText('Approval is out of date')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Approved by @grace on an earlier commit (abc1234); 3 commits were pushed after.',
      ),
    ).toBeInTheDocument();
  });

  it('shows who exempted a change and why, instead of the reasons', async () => {
    await renderInTestApp(
      <VerdictCell
        row={changeRow({
          verdict: 'exempt',
          compliant: true,
          reasons: ['Exempted by ada: hotfix'],
          exemption: {
            by: 'ada',
            reason: 'Hotfix during incident',
            at: '2026-02-21T09:00:00Z',
          },
        })}
      />,
    );
    expect(screen.getByText('Exempt')).toBeInTheDocument();
    expect(
      screen.getByText(/^Exempted by ada on .*: “Hotfix during incident”$/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Exempted by ada: hotfix')).toBeNull();
  });

  it('links the User who exempted a change', async () => {
    await renderInTestApp(
      <VerdictCell
        row={changeRow({
          verdict: 'exempt',
          compliant: true,
          exemption: {
            by: 'user:default/ada',
            reason: 'Hotfix during incident',
            at: '2026-02-21T09:00:00Z',
          },
        })}
      />,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(screen.getByRole('link', { name: 'ada' })).toHaveAttribute(
      'href',
      '/catalog/default/user/ada',
    );
  });

  it('marks a change that is not AI-assisted', async () => {
    await renderInTestApp(
      <VerdictCell row={changeRow({ verdict: null, aiAssisted: false })} />,
    );
    expect(screen.getByText('Not AI-assisted')).toBeInTheDocument();
  });
});

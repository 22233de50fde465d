import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { summary } from '../../__testUtils__/fixtures';
import { ComplianceTrendChart } from './ComplianceTrendChart';

describe('ComplianceTrendChart', () => {
  it('draws the weekly history', async () => {
    await renderInTestApp(<ComplianceTrendChart weekly={summary().weekly} />);
    expect(screen.getByText('Weekly trend')).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Weekly compliance and AI-assisted changes',
      }),
    ).toBeInTheDocument();
  });

  it('says so when there is no week to draw', async () => {
    await renderInTestApp(<ComplianceTrendChart weekly={[]} />);
    expect(
      screen.getByText('No weeks to show in this window.'),
    ).toBeInTheDocument();
  });
});

import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { summary } from '../../__testUtils__/fixtures';
import { SummaryFigures } from './SummaryFigures';

describe('SummaryFigures', () => {
  it('shows compliance, counts and the AI share', async () => {
    await renderInTestApp(<SummaryFigures counts={summary()} />);
    expect(screen.getByText('Compliance')).toBeInTheDocument();
    expect(screen.getByText('70%')).toBeInTheDocument();
    expect(screen.getByText('AI-assisted changes')).toBeInTheDocument();
    expect(screen.getByText('10')).toBeInTheDocument();
    expect(screen.getByText('3')).toBeInTheDocument();
    expect(screen.getByText('1')).toBeInTheDocument();
    expect(screen.getByText('25%')).toBeInTheDocument();
  });

  it('shows a dash for compliance when there is nothing to comply with', async () => {
    await renderInTestApp(
      <SummaryFigures
        counts={summary({ aiChanges: 0, compliance: null, aiShare: null })}
      />,
    );
    expect(screen.getAllByText('–')).toHaveLength(2);
  });
});

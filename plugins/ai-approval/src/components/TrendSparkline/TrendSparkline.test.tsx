import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { describeTrend, TrendSparkline } from './TrendSparkline';

describe('TrendSparkline', () => {
  it('describes the trend in words', () => {
    expect(describeTrend([0.5, null, 0.75, 1])).toBe(
      'Weekly compliance from 50% to 100%',
    );
    expect(describeTrend([null, 0.4])).toBe('Weekly compliance: 40%');
    expect(describeTrend([null, null])).toBe(
      'No AI-assisted changes in any week',
    );
  });

  it('draws a labelled line', async () => {
    await renderInTestApp(<TrendSparkline trend={[0.5, null, 1]} />);
    expect(
      screen.getByRole('img', { name: 'Weekly compliance from 50% to 100%' }),
    ).toBeInTheDocument();
  });

  it('draws nothing without a trend', async () => {
    await renderInTestApp(<TrendSparkline />);
    expect(screen.queryByRole('img')).toBeNull();
  });
});

import { render, screen } from '@testing-library/react';
import { WindowCoverage } from './WindowCoverage';

describe('WindowCoverage', () => {
  it('says from which Monday the figures count and how many weeks', () => {
    render(
      <WindowCoverage
        window={{ since: '2026-09-07', until: '2026-12-09T12:00:00.000Z' }}
      />,
    );
    expect(screen.getByTestId('window-coverage')).toHaveTextContent(
      'Since Monday 7 Sep 2026 (13 whole weeks and this week so far)',
    );
  });
});

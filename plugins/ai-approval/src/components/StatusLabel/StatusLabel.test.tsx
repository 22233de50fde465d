import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { StatusLabel } from './StatusLabel';

describe('StatusLabel', () => {
  it('keeps its words readable by assistive technology', async () => {
    await renderInTestApp(
      <div role="cell">
        <StatusLabel severity="error">Merged without review</StatusLabel>
      </div>,
    );
    expect(screen.getByRole('cell')).toHaveAccessibleName(
      'Merged without review',
    );
  });
});

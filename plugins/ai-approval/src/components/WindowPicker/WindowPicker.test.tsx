import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_WINDOW_DAYS } from '@ai-approval/backstage-plugin-ai-approval-common';
import { WINDOW_CHOICES, WindowPicker } from './WindowPicker';

describe('WindowPicker', () => {
  it('offers 30, 90 and 180 days and reports the choice', async () => {
    const onChange = jest.fn();
    render(<WindowPicker days={90} onChange={onChange} />);
    // named by its label and the value it shows
    const picker = screen.getByRole('button', { name: 'Window Last 90 days' });
    expect(picker).toHaveTextContent('Last 90 days');
    await userEvent.click(picker);
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual([
      'Last 30 days',
      'Last 90 days',
      'Last 180 days',
    ]);
    await userEvent.click(options[2]);
    expect(onChange).toHaveBeenCalledWith(180);
  });

  it('offers the default window', () => {
    expect(WINDOW_CHOICES).toContain(DEFAULT_WINDOW_DAYS);
  });
});

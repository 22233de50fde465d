import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeRow, mockAiApprovalApi } from '../../__testUtils__/fixtures';
import { renderComponent } from '../../__testUtils__/render';
import { ChangeActions } from './ChangeActions';

const exemption = { by: 'ada', reason: 'Hotfix', at: '2026-02-21T09:00:00Z' };

describe('ChangeActions', () => {
  it('exempts an unapproved change with a reason', async () => {
    const api = mockAiApprovalApi();
    const updated = changeRow({
      verdict: 'exempt',
      compliant: true,
      exemption,
    });
    api.exemptChange.mockResolvedValue(updated);
    const onChanged = jest.fn();
    const { alertApi } = await renderComponent(
      <ChangeActions row={changeRow()} onChanged={onChanged} />,
      { api },
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Exempt change Add refund endpoint' }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Hotfix',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Exempt' }),
    );
    expect(api.exemptChange).toHaveBeenCalledWith(
      'github:acme/payments-api#42',
      'Hotfix',
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(updated));
    expect(alertApi.post).toHaveBeenCalledWith(
      expect.objectContaining({ severity: 'success' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('removes an exemption', async () => {
    const api = mockAiApprovalApi();
    const restored = changeRow();
    api.removeExemption.mockResolvedValue(restored);
    const onChanged = jest.fn();
    await renderComponent(
      <ChangeActions
        row={changeRow({ verdict: 'exempt', compliant: true, exemption })}
        onChanged={onChanged}
      />,
      { api },
    );
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Remove exemption of change Add refund endpoint',
      }),
    );
    expect(api.removeExemption).toHaveBeenCalledWith(
      'github:acme/payments-api#42',
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(restored));
  });

  it('reports a refused removal', async () => {
    const api = mockAiApprovalApi();
    api.removeExemption.mockRejectedValue(new Error('Not allowed'));
    const onChanged = jest.fn();
    const { alertApi } = await renderComponent(
      <ChangeActions
        row={changeRow({ verdict: 'exempt', compliant: true, exemption })}
        onChanged={onChanged}
      />,
      { api },
    );
    await userEvent.click(
      screen.getByRole('button', { name: /Remove exemption/ }),
    );
    await waitFor(() =>
      expect(alertApi.post).toHaveBeenCalledWith({
        message: 'Could not remove the exemption: Not allowed',
        severity: 'error',
      }),
    );
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('offers nothing for an approved change', async () => {
    const { container } = await renderComponent(
      <ChangeActions
        row={changeRow({ verdict: 'approved', compliant: true })}
        onChanged={jest.fn()}
      />,
      { api: mockAiApprovalApi() },
    );
    expect(within(container).queryByRole('button')).toBeNull();
  });
});

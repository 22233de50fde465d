import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExemptDialog } from './ExemptDialog';

function renderDialog(onConfirm: (reason: string) => Promise<void>) {
  const onCancel = jest.fn();
  render(
    <ExemptDialog
      open
      changeTitle="Add refund endpoint"
      onCancel={onCancel}
      onConfirm={onConfirm}
    />,
  );
  return { dialog: screen.getByRole('dialog'), onCancel };
}

describe('ExemptDialog', () => {
  it('requires a reason', async () => {
    const onConfirm = jest.fn();
    const { dialog } = renderDialog(onConfirm);
    const confirm = within(dialog).getByRole('button', { name: 'Exempt' });
    expect(confirm).toBeDisabled();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      '   ',
    );
    expect(confirm).toBeDisabled();
  });

  it('records the trimmed reason', async () => {
    const onConfirm = jest.fn().mockResolvedValue(undefined);
    const { dialog } = renderDialog(onConfirm);
    expect(dialog).toHaveTextContent('“Add refund endpoint”');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      ' Hotfix during incident ',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Exempt' }),
    );
    expect(onConfirm).toHaveBeenCalledWith('Hotfix during incident');
  });

  it('keeps the dialog open with the error when recording fails', async () => {
    const onConfirm = jest.fn().mockRejectedValue(new Error('Not allowed'));
    const { dialog } = renderDialog(onConfirm);
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'x',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Exempt' }),
    );
    expect(await within(dialog).findByText('Not allowed')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(dialog).getByRole('button', { name: 'Exempt' }),
      ).toBeEnabled(),
    );
  });

  it('can be cancelled', async () => {
    const { dialog, onCancel } = renderDialog(jest.fn());
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    );
    expect(onCancel).toHaveBeenCalled();
  });
});

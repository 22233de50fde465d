import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockAiApprovalApi } from '../../__testUtils__/fixtures';
import { renderComponent } from '../../__testUtils__/render';
import { RefreshButton } from './RefreshButton';

const entityRef = 'component:default/payments-api';

describe('RefreshButton', () => {
  it('is hidden from people who may not refresh', async () => {
    const api = mockAiApprovalApi();
    await renderComponent(<RefreshButton entityRef={entityRef} />, { api });
    expect(screen.queryByRole('button', { name: /Refresh/ })).toBeNull();
  });

  it('queues a refresh and says so', async () => {
    const api = mockAiApprovalApi();
    api.refreshEntity.mockResolvedValue();
    const { alertApi } = await renderComponent(
      <RefreshButton entityRef={entityRef} />,
      { api, allow: ['ai-approval.refresh'] },
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Refresh' }),
    );
    expect(api.refreshEntity).toHaveBeenCalledWith(entityRef);
    expect(
      await screen.findByRole('button', { name: 'Refresh queued' }),
    ).toBeDisabled();
    expect(alertApi.post).toHaveBeenCalledWith(
      expect.objectContaining({
        severity: 'success',
        message: expect.stringMatching(/^Refresh queued/),
      }),
    );
  });

  it('reports a refused refresh', async () => {
    const api = mockAiApprovalApi();
    api.refreshEntity.mockRejectedValue(new Error('Not allowed'));
    const { alertApi } = await renderComponent(
      <RefreshButton entityRef={entityRef} />,
      { api, allow: ['ai-approval.refresh'] },
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Refresh' }),
    );
    await waitFor(() =>
      expect(alertApi.post).toHaveBeenCalledWith({
        message: 'Could not queue a refresh: Not allowed',
        severity: 'error',
      }),
    );
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled();
  });
});

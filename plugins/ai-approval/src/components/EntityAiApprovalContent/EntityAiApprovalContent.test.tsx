import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  COVERAGE,
  changeList,
  changeRow,
  componentEntity,
  mockAiApprovalApi,
  openChangeRow,
  openChanges,
  repository,
  summary,
} from '../../__testUtils__/fixtures';
import { renderComponent } from '../../__testUtils__/render';
import { DEFAULT_WINDOW_DAYS } from '@ai-approval/backstage-plugin-ai-approval-common';
import { EntityAiApprovalContent } from './EntityAiApprovalContent';

const entityRef = 'component:default/payments-api';

function renderContent(api = mockAiApprovalApi(), allow: string[] = []) {
  return renderComponent(<EntityAiApprovalContent />, {
    api,
    allow,
    entity: componentEntity,
  });
}

describe('EntityAiApprovalContent', () => {
  it('asks for a repository annotation when there is none', async () => {
    const api = mockAiApprovalApi();
    await renderComponent(<EntityAiApprovalContent />, {
      api,
      entity: { ...componentEntity, metadata: { name: 'no-repo' } },
    });
    expect(screen.getByText(/Missing Annotation/i)).toBeInTheDocument();
    expect(screen.getAllByText(/github.com\/project-slug/)).not.toHaveLength(0);
    expect(api.getEntitySummary).not.toHaveBeenCalled();
  });

  it('shows progress while loading', async () => {
    const api = mockAiApprovalApi();
    api.getEntitySummary.mockReturnValue(new Promise(() => {}));
    await renderContent(api);
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error', async () => {
    const api = mockAiApprovalApi();
    api.getEntitySummary.mockRejectedValue(new Error('backend down'));
    await renderContent(api);
    expect(
      await screen.findByText(/Could not load AI approval data/),
    ).toBeInTheDocument();
  });

  it('says when the repositories were not synced yet', async () => {
    const api = mockAiApprovalApi();
    api.getEntitySummary.mockResolvedValue(
      summary({ repositories: [repository({ lastSuccessAt: undefined })] }),
    );
    await renderContent(api);
    expect(await screen.findByText('Not synced yet')).toBeInTheDocument();
    expect(screen.getByText('Sync status')).toBeInTheDocument();
    expect(api.getChanges).not.toHaveBeenCalled();
  });

  it('says when the window has no AI-assisted change', async () => {
    const api = mockAiApprovalApi();
    api.getEntitySummary.mockResolvedValue(
      summary({ aiChanges: 0, unapproved: 0, compliance: null }),
    );
    await renderContent(api);
    expect(
      await screen.findByText('No AI-assisted changes in this window'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        `${COVERAGE}: 40 changes were merged, none with a sign of AI assistance. Pick a longer window to look further back.`,
      ),
    ).toBeInTheDocument();
    expect(api.getChanges).not.toHaveBeenCalled();
  });

  it('shows figures, trend, changes and sync status', async () => {
    const api = mockAiApprovalApi();
    api.getEntitySummary.mockResolvedValue(summary());
    api.getChanges.mockResolvedValue(
      changeList({
        totalCount: 1,
        items: [changeRow()],
        people: {},
      }),
    );
    await renderContent(api);
    expect(await screen.findByText('70%')).toBeInTheDocument();
    expect(screen.getByText('Weekly trend')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'AI-assisted changes' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Add refund endpoint')).toBeInTheDocument();
    expect(screen.getByText('Up to date.')).toBeInTheDocument();
    // next to the window picker: what the figures cover
    expect(screen.getByTestId('window-coverage')).toHaveTextContent(COVERAGE);
    expect(api.getEntitySummary).toHaveBeenCalledWith(entityRef, {
      days: DEFAULT_WINDOW_DAYS,
    });
  });

  it('lists the open AI-assisted pull requests waiting for a senior', async () => {
    const api = mockAiApprovalApi();
    api.getEntitySummary.mockResolvedValue(summary());
    api.getChanges.mockResolvedValue(changeList());
    api.getOpenChanges.mockResolvedValue(openChanges([openChangeRow()]));
    await renderContent(api);
    expect(
      await screen.findByRole('heading', {
        name: 'Waiting for a senior sign-off',
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: /Add retry budget/ }),
    ).toBeInTheDocument();
    expect(api.getOpenChanges).toHaveBeenCalledWith(entityRef);
  });

  it('reloads figures and changes for another window', async () => {
    const api = mockAiApprovalApi();
    api.getEntitySummary.mockResolvedValue(summary());
    api.getChanges.mockResolvedValue(
      changeList({ totalCount: 0, items: [], people: {} }),
    );
    await renderContent(api);
    await userEvent.click(
      await screen.findByRole('button', { name: /Window/ }),
    );
    await userEvent.click(screen.getByRole('option', { name: 'Last 30 days' }));
    await waitFor(() =>
      expect(api.getEntitySummary).toHaveBeenLastCalledWith(entityRef, {
        days: 30,
      }),
    );
    await waitFor(() =>
      expect(api.getChanges).toHaveBeenLastCalledWith(
        entityRef,
        expect.objectContaining({ days: 30 }),
      ),
    );
  });

  it('updates the row and the figures after an exemption', async () => {
    const api = mockAiApprovalApi();
    const exemption = {
      by: 'ada',
      reason: 'Pairing',
      at: '2026-02-21T09:00:00Z',
    };
    api.getEntitySummary
      .mockResolvedValueOnce(summary())
      .mockResolvedValue(
        summary({ exempt: 2, unapproved: 2, compliance: 0.8 }),
      );
    api.getChanges
      .mockResolvedValueOnce(
        changeList({
          totalCount: 1,
          items: [changeRow()],
          people: {},
        }),
      )
      .mockResolvedValue(
        changeList({
          totalCount: 1,
          items: [changeRow({ verdict: 'exempt', compliant: true, exemption })],
          people: {},
        }),
      );
    api.exemptChange.mockResolvedValue(
      changeRow({ verdict: 'exempt', exemption }),
    );
    await renderContent(api, ['ai-approval.exempt']);
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Exempt change Add refund endpoint',
      }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Pairing',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Exempt' }),
    );
    expect(await screen.findByText('80%')).toBeInTheDocument();
    expect(
      await screen.findByText(/Exempted by ada on .*: “Pairing”/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Remove exemption of change Add refund endpoint',
      }),
    ).toBeInTheDocument();
  });

  it('offers a refresh to people allowed to trigger one', async () => {
    const api = mockAiApprovalApi();
    api.getEntitySummary.mockResolvedValue(summary());
    api.getChanges.mockResolvedValue(
      changeList({ totalCount: 0, items: [], people: {} }),
    );
    api.refreshEntity.mockResolvedValue();
    await renderContent(api, ['ai-approval.refresh']);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Refresh' }),
    );
    expect(api.refreshEntity).toHaveBeenCalledWith(entityRef);
  });
});

import { screen } from '@testing-library/react';
import { DEFAULT_WINDOW_DAYS } from '@ai-approval/backstage-plugin-ai-approval-common';
import {
  COVERAGE,
  componentEntity,
  mockAiApprovalApi,
  repository,
  summary,
} from '../../__testUtils__/fixtures';
import { renderComponent } from '../../__testUtils__/render';
import { EntityAiApprovalCard } from './EntityAiApprovalCard';

function renderCard(api = mockAiApprovalApi()) {
  return renderComponent(<EntityAiApprovalCard />, {
    api,
    entity: componentEntity,
  });
}

describe('EntityAiApprovalCard', () => {
  it('shows compliance, the unapproved count and a link to the tab', async () => {
    const api = mockAiApprovalApi();
    api.getEntitySummary.mockResolvedValue(summary());
    await renderCard(api);
    expect(await screen.findByText('70% compliant')).toBeInTheDocument();
    expect(
      screen.getByText('3 of 10 AI-assisted changes lack a senior sign-off.'),
    ).toBeInTheDocument();
    // what the figures cover, in the words of the tab and the scorecard
    expect(screen.getByText(COVERAGE)).toBeInTheDocument();
    expect(
      screen.getByText(
        '1 open AI-assisted pull request waits for a senior sign-off.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /View AI-assisted changes/ }),
    ).toHaveAttribute('href', expect.stringMatching(/ai-approval$/));
    expect(api.getEntitySummary).toHaveBeenCalledWith(
      'component:default/payments-api',
      { days: DEFAULT_WINDOW_DAYS },
    );
  });

  it('says nothing of open pull requests where the source cannot see them', async () => {
    const api = mockAiApprovalApi();
    api.getEntitySummary.mockResolvedValue(
      summary({ open: { supported: false, aiOpen: 0, waiting: 0 } }),
    );
    await renderCard(api);
    expect(await screen.findByText('70% compliant')).toBeInTheDocument();
    expect(screen.queryByText(/open AI-assisted pull request/)).toBeNull();
  });

  it('shows progress while loading', async () => {
    const api = mockAiApprovalApi();
    api.getEntitySummary.mockReturnValue(new Promise(() => {}));
    await renderCard(api);
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error', async () => {
    const api = mockAiApprovalApi();
    api.getEntitySummary.mockRejectedValue(new Error('backend down'));
    await renderCard(api);
    expect(await screen.findAllByText(/backend down/)).not.toHaveLength(0);
  });

  it('says when there is no AI-assisted change', async () => {
    const api = mockAiApprovalApi();
    api.getEntitySummary.mockResolvedValue(
      summary({ aiChanges: 0, unapproved: 0, compliance: null }),
    );
    await renderCard(api);
    expect(
      await screen.findByText('No AI-assisted changes in this window.'),
    ).toBeInTheDocument();
    expect(screen.getByText(COVERAGE)).toBeInTheDocument();
  });

  it('says when nothing was synced yet', async () => {
    const api = mockAiApprovalApi();
    api.getEntitySummary.mockResolvedValue(
      summary({ repositories: [repository({ lastSuccessAt: undefined })] }),
    );
    await renderCard(api);
    expect(await screen.findByText('Not synced yet.')).toBeInTheDocument();
  });
});

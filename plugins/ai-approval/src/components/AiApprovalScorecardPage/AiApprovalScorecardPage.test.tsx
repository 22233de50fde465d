import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_WINDOW_DAYS } from '@ai-approval/backstage-plugin-ai-approval-common';
import {
  COVERAGE,
  mockAiApprovalApi,
  reviewer,
  reviewerLoad,
  scorecard,
  scorecardRow,
} from '../../__testUtils__/fixtures';
import { renderComponent } from '../../__testUtils__/render';
import {
  AiApprovalScorecardContent,
  AiApprovalScorecardPage,
} from './AiApprovalScorecardPage';

function apiWithData() {
  const api = mockAiApprovalApi();
  api.getScorecard.mockImplementation(async query =>
    scorecard(
      [
        scorecardRow({
          ref: 'group:default/payments',
          title: 'Payments',
          entityCount: 4,
        }),
      ],
      { groupBy: query?.groupBy ?? 'owner' },
    ),
  );
  api.getReviewerLoad.mockResolvedValue(reviewerLoad([reviewer()]));
  return api;
}

describe('AiApprovalScorecardPage', () => {
  it('comes without a page header for apps that draw their own', async () => {
    const api = apiWithData();
    await renderComponent(<AiApprovalScorecardContent />, { api });
    expect(
      screen.getByRole('heading', { name: 'Scorecard' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'AI change approvals' }),
    ).toBeNull();
    expect(
      await screen.findByRole('heading', { name: 'Compliance by team' }),
    ).toBeInTheDocument();
  });

  it('shows the scorecard by team and the reviewer load', async () => {
    const api = apiWithData();
    await renderComponent(<AiApprovalScorecardPage />, { api });
    expect(
      screen.getByRole('heading', { name: 'AI change approvals' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Compliance by team' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: /Payments/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Reviewer load' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Senior reviewers')).toBeInTheDocument();
    // each section says what it covers, in the words of every page
    expect(screen.getByText(COVERAGE)).toBeInTheDocument();
    expect(
      screen.getByText(
        `${COVERAGE}: 10 senior sign-offs. Now 0 open AI-assisted pull requests wait for a senior.`,
      ),
    ).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledWith(
      expect.objectContaining({
        groupBy: 'owner',
        days: DEFAULT_WINDOW_DAYS,
        limit: 20,
        offset: 0,
      }),
    );
    expect(api.getReviewerLoad).toHaveBeenCalledWith({
      days: DEFAULT_WINDOW_DAYS,
      group: undefined,
    });
  });

  it('switches between teams, systems and services', async () => {
    const api = apiWithData();
    await renderComponent(<AiApprovalScorecardPage />, { api });
    await userEvent.click(screen.getByRole('button', { name: 'By service' }));
    expect(
      await screen.findByRole('heading', { name: 'Compliance by service' }),
    ).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenLastCalledWith(
      expect.objectContaining({ groupBy: 'entity' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'By system' }));
    await waitFor(() =>
      expect(api.getScorecard).toHaveBeenLastCalledWith(
        expect.objectContaining({ groupBy: 'system' }),
      ),
    );
  });

  it('filters on the server once typing stops', async () => {
    const api = apiWithData();
    await renderComponent(<AiApprovalScorecardPage />, { api });
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Filter' }),
      'pay',
    );
    await waitFor(() =>
      expect(api.getScorecard).toHaveBeenLastCalledWith(
        expect.objectContaining({ filter: 'pay', offset: 0 }),
      ),
    );
    const filters = api.getScorecard.mock.calls.map(([q]) => q?.filter);
    expect(filters).not.toContain('p');
  });

  it('reloads both sections for another window', async () => {
    const api = apiWithData();
    await renderComponent(<AiApprovalScorecardPage />, { api });
    await userEvent.click(screen.getByRole('button', { name: /Window/ }));
    await userEvent.click(
      screen.getByRole('option', { name: 'Last 180 days' }),
    );
    await waitFor(() =>
      expect(api.getScorecard).toHaveBeenLastCalledWith(
        expect.objectContaining({ days: 180 }),
      ),
    );
    expect(api.getReviewerLoad).toHaveBeenLastCalledWith({
      days: 180,
      group: undefined,
    });
  });

  it('downloads the rows on screen as CSV', async () => {
    const api = apiWithData();
    const createObjectURL = jest
      .spyOn(URL, 'createObjectURL')
      .mockReturnValue('blob:csv');
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    await renderComponent(<AiApprovalScorecardPage />, { api });
    await screen.findByRole('link', { name: /Payments/ });
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const blob = createObjectURL.mock.calls[0][0] as Blob;
    expect(await blob.text()).toBe(
      'Team,Entity ref,Compliance,AI-assisted,Unapproved,AI share,Waiting,Services,Since\r\n' +
        'Payments,group:default/payments,70%,10,3,25%,0,4,2025-12-01\r\n',
    );
    expect(click).toHaveBeenCalled();
    createObjectURL.mockRestore();
    click.mockRestore();
  });

  it('has nothing to download before rows arrive', async () => {
    const api = mockAiApprovalApi();
    api.getScorecard.mockReturnValue(new Promise(() => {}));
    api.getReviewerLoad.mockReturnValue(new Promise(() => {}));
    await renderComponent(<AiApprovalScorecardPage />, { api });
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
    expect(screen.getAllByTestId('progress')).not.toHaveLength(0);
  });

  it('shows errors of each section', async () => {
    const api = mockAiApprovalApi();
    api.getScorecard.mockRejectedValue(new Error('scorecard down'));
    api.getReviewerLoad.mockRejectedValue(new Error('reviewers down'));
    await renderComponent(<AiApprovalScorecardPage />, { api });
    expect(await screen.findAllByText(/scorecard down/)).not.toHaveLength(0);
    expect(await screen.findAllByText(/reviewers down/)).not.toHaveLength(0);
  });

  it('says when nothing was synced yet', async () => {
    const api = mockAiApprovalApi();
    api.getScorecard.mockResolvedValue(scorecard([]));
    api.getReviewerLoad.mockResolvedValue(reviewerLoad([]));
    await renderComponent(<AiApprovalScorecardPage />, { api });
    expect(
      await screen.findByText('No entity with synced repositories yet.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
  });
});

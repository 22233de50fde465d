import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  COVERAGE,
  groupEntity,
  mockAiApprovalApi,
  reviewer,
  reviewerLoad,
  scorecard,
  scorecardRow,
} from '../../__testUtils__/fixtures';
import { renderComponent } from '../../__testUtils__/render';
import { EntityTeamAiApprovalContent } from './EntityTeamAiApprovalContent';

const groupRef = 'group:default/payments';

function renderTab(api = mockAiApprovalApi()) {
  return renderComponent(<EntityTeamAiApprovalContent />, {
    api,
    entity: groupEntity,
  });
}

describe('EntityTeamAiApprovalContent', () => {
  it("shows the team's services and its reviewers' load", async () => {
    const api = mockAiApprovalApi();
    api.getScorecard.mockResolvedValue(
      scorecard([scorecardRow()], { groupBy: 'entity' }),
    );
    api.getReviewerLoad.mockResolvedValue(reviewerLoad([reviewer()]));
    await renderTab(api);
    expect(
      await screen.findByRole('link', { name: /Payments API/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        name: "Reviewer load of the team's members",
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: /Grace Hopper/ }),
    ).toBeInTheDocument();
    // both sections say what they cover, in the same words
    expect(screen.getByText(COVERAGE)).toBeInTheDocument();
    expect(
      screen.getByText(
        `${COVERAGE}: 10 senior sign-offs. Now 0 open AI-assisted pull requests wait for a senior.`,
      ),
    ).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledWith(
      expect.objectContaining({ groupBy: 'entity', owner: groupRef, days: 90 }),
    );
    expect(api.getReviewerLoad).toHaveBeenCalledWith({
      days: 90,
      group: groupRef,
    });
  });

  it('reloads for another window', async () => {
    const api = mockAiApprovalApi();
    api.getScorecard.mockResolvedValue(scorecard([]));
    api.getReviewerLoad.mockResolvedValue(reviewerLoad([]));
    await renderTab(api);
    await userEvent.click(screen.getByRole('button', { name: /Window/ }));
    await userEvent.click(screen.getByRole('option', { name: 'Last 30 days' }));
    await waitFor(() =>
      expect(api.getReviewerLoad).toHaveBeenLastCalledWith({
        days: 30,
        group: groupRef,
      }),
    );
    expect(api.getScorecard).toHaveBeenLastCalledWith(
      expect.objectContaining({ days: 30, owner: groupRef }),
    );
  });

  it('shows progress while loading', async () => {
    const api = mockAiApprovalApi();
    api.getScorecard.mockReturnValue(new Promise(() => {}));
    api.getReviewerLoad.mockReturnValue(new Promise(() => {}));
    await renderTab(api);
    expect(screen.getAllByTestId('progress')).not.toHaveLength(0);
  });

  it('shows errors', async () => {
    const api = mockAiApprovalApi();
    api.getScorecard.mockRejectedValue(new Error('scorecard down'));
    api.getReviewerLoad.mockRejectedValue(new Error('reviewers down'));
    await renderTab(api);
    expect(await screen.findAllByText(/scorecard down/)).not.toHaveLength(0);
    expect(await screen.findAllByText(/reviewers down/)).not.toHaveLength(0);
  });

  it('says when the team has nothing synced', async () => {
    const api = mockAiApprovalApi();
    api.getScorecard.mockResolvedValue(scorecard([]));
    api.getReviewerLoad.mockResolvedValue(reviewerLoad([]));
    await renderTab(api);
    expect(
      await screen.findByText('No entity with synced repositories yet.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        /No senior reviewer looked at an AI-assisted change/,
      ),
    ).toBeInTheDocument();
  });
});

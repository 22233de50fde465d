import { screen } from '@testing-library/react';
import {
  COVERAGE,
  mockAiApprovalApi,
  reviewer,
  reviewerLoad,
} from '../../__testUtils__/fixtures';
import { renderComponent } from '../../__testUtils__/render';
import { ReviewerLoadPanel } from './ReviewerLoadPanel';

describe('ReviewerLoadPanel', () => {
  it('lists the reviewers with their load', async () => {
    const api = mockAiApprovalApi();
    api.getReviewerLoad.mockResolvedValue(
      reviewerLoad([
        reviewer(),
        reviewer({
          reviewer: 'linus',
          userRef: undefined,
          displayName: undefined,
          aiReviews: 9,
          seniorApprovals: 8,
          medianHoursToApproval: null,
          share: 0.4,
        }),
        reviewer({
          reviewer: 'ken',
          displayName: 'Ken',
          seniorApprovals: 2,
          medianHoursToApproval: 30,
          share: 0.1,
        }),
      ]),
    );
    await renderComponent(
      <ReviewerLoadPanel days={30} group="group:default/payments" />,
      { api },
    );
    expect(
      await screen.findByRole('link', { name: /Grace Hopper/ }),
    ).toHaveAttribute('href', '/catalog/default/user/grace');
    expect(screen.getByText('@linus')).toBeInTheDocument();
    expect(screen.getByText('3.5 h')).toBeInTheDocument();
    expect(screen.getByText('50%')).toBeInTheDocument();
    expect(
      screen.getByText(
        `${COVERAGE}: 20 senior sign-offs. Now 0 open AI-assisted pull requests wait for a senior.`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /busiest reviewers/ }),
    ).toBeInTheDocument();
    expect(api.getReviewerLoad).toHaveBeenCalledWith({
      days: 30,
      group: 'group:default/payments',
    });
  });

  it('warns when a few reviewers carry most of the load', async () => {
    const api = mockAiApprovalApi();
    api.getReviewerLoad.mockResolvedValue(
      reviewerLoad([
        reviewer({ reviewer: 'a', seniorApprovals: 9 }),
        reviewer({ reviewer: 'b', seniorApprovals: 1 }),
        reviewer({ reviewer: 'c', seniorApprovals: 1 }),
      ]),
    );
    await renderComponent(<ReviewerLoadPanel days={90} />, { api });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '1 senior reviewer gives 82% of the senior sign-offs on AI-assisted changes (3 senior reviewers in all).',
    );
  });

  it('says so when a single senior gives every sign-off, and hides median times nobody has', async () => {
    const api = mockAiApprovalApi();
    api.getReviewerLoad.mockResolvedValue({
      ...reviewerLoad([
        reviewer({
          reviewer: 'a',
          seniorApprovals: 1,
          medianHoursToApproval: null,
        }),
      ]),
      totalSeniorApprovals: 1,
    });
    await renderComponent(<ReviewerLoadPanel days={90} />, { api });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A single senior reviewer gives every senior sign-off on AI-assisted changes.',
    );
    expect(
      screen.getByText(
        `${COVERAGE}: 1 senior sign-off; no approval has a recorded time (commit trailers carry none). Now 0 open AI-assisted pull requests wait for a senior.`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('columnheader', { name: /Median time/ }),
    ).toBeNull();
  });

  it('does not warn when the load is spread', async () => {
    const api = mockAiApprovalApi();
    api.getReviewerLoad.mockResolvedValue(
      reviewerLoad([
        reviewer({ reviewer: 'a', seniorApprovals: 4 }),
        reviewer({ reviewer: 'b', seniorApprovals: 3 }),
        reviewer({ reviewer: 'c', seniorApprovals: 3 }),
      ]),
    );
    await renderComponent(<ReviewerLoadPanel days={90} />, { api });
    await screen.findByText('Senior reviewers');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows progress while loading', async () => {
    const api = mockAiApprovalApi();
    api.getReviewerLoad.mockReturnValue(new Promise(() => {}));
    await renderComponent(<ReviewerLoadPanel days={90} />, { api });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error', async () => {
    const api = mockAiApprovalApi();
    api.getReviewerLoad.mockRejectedValue(new Error('reviewers down'));
    await renderComponent(<ReviewerLoadPanel days={90} />, { api });
    expect(await screen.findAllByText(/reviewers down/)).not.toHaveLength(0);
  });

  it('says when nobody reviewed', async () => {
    const api = mockAiApprovalApi();
    api.getReviewerLoad.mockResolvedValue(reviewerLoad([]));
    await renderComponent(<ReviewerLoadPanel days={90} />, { api });
    expect(
      await screen.findByText(
        'No senior reviewer looked at an AI-assisted change in this window.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(COVERAGE)).toBeInTheDocument();
  });

  it('shows what waits on each senior, and warns when the oldest wait is too long', async () => {
    const api = mockAiApprovalApi();
    const since = new Date(Date.now() - 9 * 86_400_000).toISOString();
    api.getReviewerLoad.mockResolvedValue(
      reviewerLoad(
        [
          reviewer({ waiting: 2, oldestWaitingSince: since }),
          reviewer({
            reviewer: 'linus',
            aiReviews: 0,
            seniorApprovals: 0,
            share: 0,
            waiting: 1,
          }),
        ],
        { oldestWaitingSince: since, waitWarning: true },
      ),
    );
    await renderComponent(<ReviewerLoadPanel days={90} />, { api });
    const [alert] = await screen.findAllByRole('alert');
    expect(alert).toHaveTextContent(
      /The oldest of 3 open AI-assisted pull requests waiting for a senior sign-off has waited \d+ working days .* more than the 2 working days allowed\./,
    );
    expect(
      screen.getByRole('columnheader', {
        name: 'AI pull requests waiting on them',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^9 days \(since /)).toBeInTheDocument();
    expect(
      screen.getByText(/Now 3 open AI-assisted pull requests wait/),
    ).toBeInTheDocument();
  });

  it('has no warning while waits are short', async () => {
    const api = mockAiApprovalApi();
    api.getReviewerLoad.mockResolvedValue(
      reviewerLoad([reviewer({ waiting: 1 })], {
        oldestWaitingSince: new Date().toISOString(),
        waitWarning: false,
      }),
    );
    await renderComponent(<ReviewerLoadPanel days={90} />, { api });
    expect(
      await screen.findByText(/Now 1 open AI-assisted pull request waits/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/working days allowed/)).not.toBeInTheDocument();
  });
});

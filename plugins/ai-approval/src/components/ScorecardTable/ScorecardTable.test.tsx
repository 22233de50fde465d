import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  COVERAGE,
  mockAiApprovalApi,
  scorecard,
  scorecardRow,
} from '../../__testUtils__/fixtures';
import { renderComponent } from '../../__testUtils__/render';
import { ScorecardTable, ScorecardTableProps } from './ScorecardTable';

function renderTable(
  api = mockAiApprovalApi(),
  props: Partial<ScorecardTableProps> = {},
) {
  return renderComponent(
    <ScorecardTable title="Compliance" groupBy="entity" days={90} {...props} />,
    { api },
  );
}

describe('ScorecardTable', () => {
  it('shows a page of rows with links to the entities', async () => {
    const api = mockAiApprovalApi();
    api.getScorecard.mockResolvedValue(
      scorecard([scorecardRow()], { groupBy: 'entity' }),
    );
    await renderTable(api);
    expect(
      await screen.findByRole('link', { name: /Payments API/ }),
    ).toHaveAttribute('href', '/catalog/default/component/payments-api');
    for (const header of [
      'Service',
      'Compliance',
      'AI-assisted',
      'Unapproved',
      'AI share',
    ]) {
      expect(
        screen.getByRole('columnheader', { name: header }),
      ).toBeInTheDocument();
    }
    expect(screen.getByText('70%')).toBeInTheDocument();
    expect(screen.getByText('25%')).toBeInTheDocument();
    // the subtitle says what the rows cover, in the words of every page
    expect(screen.getByText(COVERAGE)).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Weekly compliance from 50% to 100%' }),
    ).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledWith({
      groupBy: 'entity',
      days: 90,
      owner: undefined,
      filter: undefined,
      limit: 20,
      offset: 0,
    });
  });

  it('asks the backend for the owner and the filter', async () => {
    const api = mockAiApprovalApi();
    api.getScorecard.mockResolvedValue(scorecard([]));
    await renderTable(api, { owner: 'group:default/payments', filter: 'pay' });
    expect(
      await screen.findByText('Nothing matches “pay”.'),
    ).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledWith(
      expect.objectContaining({
        owner: 'group:default/payments',
        filter: 'pay',
      }),
    );
  });

  it('sorts on the server by the clicked column', async () => {
    const api = mockAiApprovalApi();
    api.getScorecard.mockResolvedValue(scorecard([scorecardRow()]));
    await renderTable(api);
    await screen.findByText('70%');
    await userEvent.click(screen.getByRole('button', { name: 'Compliance' }));
    await waitFor(() =>
      expect(api.getScorecard).toHaveBeenLastCalledWith(
        expect.objectContaining({
          orderBy: 'compliance',
          order: 'asc',
          offset: 0,
        }),
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Compliance' }));
    await waitFor(() =>
      expect(api.getScorecard).toHaveBeenLastCalledWith(
        expect.objectContaining({ orderBy: 'compliance', order: 'desc' }),
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Unapproved' }));
    await waitFor(() =>
      expect(api.getScorecard).toHaveBeenLastCalledWith(
        expect.objectContaining({ orderBy: 'unapproved' }),
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: /Waiting/ }));
    await waitFor(() =>
      expect(api.getScorecard).toHaveBeenLastCalledWith(
        expect.objectContaining({ orderBy: 'waiting' }),
      ),
    );
  });

  it('pages on the server and never asks for everything', async () => {
    const api = mockAiApprovalApi();
    api.getScorecard.mockResolvedValue(
      scorecard(
        Array.from({ length: 20 }, (_, i) =>
          scorecardRow({
            ref: `component:default/s${i}`,
            title: `Service ${i}`,
          }),
        ),
        { totalCount: 10000 },
      ),
    );
    await renderTable(api);
    await screen.findByText('Service 0');
    await userEvent.click(screen.getByRole('button', { name: /Next Page/i }));
    await waitFor(() =>
      expect(api.getScorecard).toHaveBeenLastCalledWith(
        expect.objectContaining({ limit: 20, offset: 20 }),
      ),
    );
    expect(screen.getAllByText('21-40 of 10000')).not.toHaveLength(0);
  });

  it('reports each page it shows', async () => {
    const api = mockAiApprovalApi();
    const page = scorecard([scorecardRow()]);
    api.getScorecard.mockResolvedValue(page);
    const onPageLoaded = jest.fn();
    await renderTable(api, { onPageLoaded });
    await waitFor(() => expect(onPageLoaded).toHaveBeenCalledWith(page));
  });

  it('shows the error', async () => {
    const api = mockAiApprovalApi();
    api.getScorecard.mockRejectedValue(new Error('scorecard down'));
    await renderTable(api);
    expect(await screen.findAllByText(/scorecard down/)).not.toHaveLength(0);
  });

  it('says when nothing was synced yet', async () => {
    const api = mockAiApprovalApi();
    api.getScorecard.mockResolvedValue(scorecard([]));
    await renderTable(api);
    expect(
      await screen.findByText('No entity with synced repositories yet.'),
    ).toBeInTheDocument();
  });
});

import { screen } from '@testing-library/react';
import { mockAiApprovalApi, repository } from '../../__testUtils__/fixtures';
import { renderComponent } from '../../__testUtils__/render';
import { formatDate } from '../format';
import { HistoryNotice, historyStart } from './HistoryNotice';

const now = new Date('2026-06-01T12:00:00Z');
const daysAgo = (days: number) =>
  new Date(now.getTime() - days * 86_400_000).toISOString();

describe('HistoryNotice', () => {
  it('takes the latest start of the repositories', () => {
    expect(
      historyStart([
        repository({ historySince: daysAgo(120) }),
        repository({ historySince: daysAgo(90) }),
        repository({ historySince: undefined }),
      ]),
    ).toBe(daysAgo(90));
    expect(historyStart([repository()])).toBeUndefined();
  });

  it('says where history starts when the window reaches back before it', async () => {
    const repositories = [repository({ historySince: daysAgo(90) })];
    await renderComponent(
      <HistoryNotice repositories={repositories} days={180} now={now} />,
      { api: mockAiApprovalApi() },
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      `The history read so far starts on ${formatDate(daysAgo(90))}`,
    );
  });

  it('stays quiet when the window is within the history', async () => {
    // the first sync's horizon, a little after the window's start
    const repositories = [repository({ historySince: daysAgo(90 - 0.01) })];
    await renderComponent(
      <>
        <HistoryNotice repositories={repositories} days={90} now={now} />
        <HistoryNotice repositories={repositories} days={30} now={now} />
        <HistoryNotice repositories={[repository()]} days={180} now={now} />
      </>,
      { api: mockAiApprovalApi() },
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

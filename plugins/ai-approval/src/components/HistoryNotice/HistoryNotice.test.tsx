import { screen } from '@testing-library/react';
import {
  windowRange,
  windowStartTime,
} from '@ai-approval/backstage-plugin-ai-approval-common';
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
      <HistoryNotice
        repositories={repositories}
        window={windowRange(180, now)}
      />,
      { api: mockAiApprovalApi() },
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      `The history read so far starts on ${formatDate(daysAgo(90))}`,
    );
  });

  it('stays quiet when the window is within the history', async () => {
    // the first sync read back to the start of the default window
    const since = windowStartTime(windowRange(90, now));
    const repositories = [repository({ historySince: since })];
    await renderComponent(
      <>
        <HistoryNotice
          repositories={repositories}
          window={windowRange(90, now)}
        />
        <HistoryNotice
          repositories={repositories}
          window={windowRange(30, now)}
        />
        <HistoryNotice
          repositories={[repository()]}
          window={windowRange(180, now)}
        />
      </>,
      { api: mockAiApprovalApi() },
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks up when the history starts a moment after the window', async () => {
    const window = windowRange(90, now);
    const repositories = [
      repository({
        historySince: new Date(
          Date.parse(windowStartTime(window)) + 1000,
        ).toISOString(),
      }),
    ];
    await renderComponent(
      <HistoryNotice repositories={repositories} window={window} />,
      { api: mockAiApprovalApi() },
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });
});

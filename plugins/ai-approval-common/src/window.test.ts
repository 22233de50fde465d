import {
  DEFAULT_WINDOW_DAYS,
  describeWindow,
  windowRange,
  windowStartTime,
} from './window';

describe('windowRange', () => {
  it('starts on the Monday of the week that holds the moment N days ago', () => {
    // Wednesday 9 Dec 2026, noon; 90 days earlier is Thursday 10 Sep
    expect(windowRange(90, '2026-12-09T12:00:00Z')).toEqual({
      windowDays: 90,
      since: '2026-09-07',
      until: '2026-12-09T12:00:00.000Z',
    });
    expect(DEFAULT_WINDOW_DAYS).toBe(90);
  });

  it('moves to the next Monday exactly when N days ago reaches it', () => {
    // 7 days before Monday 14 Sep 00:00 is Monday 7 Sep 00:00
    expect(windowRange(7, '2026-09-13T23:59:59.999Z').since).toBe('2026-08-31');
    expect(windowRange(7, '2026-09-14T00:00:00.000Z').since).toBe('2026-09-07');
    expect(windowRange(1, '2026-09-08T00:00:00.000Z').since).toBe('2026-09-07');
    expect(windowRange(1, '2026-09-07T23:59:59.999Z').since).toBe('2026-08-31');
  });

  it('reaches back at least N days and at most N + 6', () => {
    const start = Date.parse('2026-09-07T00:00:00Z');
    for (let hour = 0; hour < 14 * 24; hour += 5) {
      const now = start + hour * 3600_000;
      for (const days of [1, 7, 30, 90, 180, 730]) {
        const window = windowRange(days, now);
        const back = now - Date.parse(windowStartTime(window));
        expect(back).toBeGreaterThanOrEqual(days * 86_400_000);
        expect(back).toBeLessThan((days + 7) * 86_400_000);
        expect(new Date(windowStartTime(window)).getUTCDay()).toBe(1);
      }
    }
  });

  it('gives the moment the window starts as the store keeps times', () => {
    expect(windowStartTime({ since: '2026-09-07' })).toBe(
      '2026-09-07T00:00:00.000Z',
    );
  });
});

describe('describeWindow', () => {
  it('names the first Monday and counts the whole weeks before this one', () => {
    expect(describeWindow(windowRange(90, '2026-12-09T12:00:00Z'))).toBe(
      'Since Monday 7 Sep 2026 (13 whole weeks and this week so far)',
    );
    // on Sunday night the week that holds 90 days ago is one week later
    expect(describeWindow(windowRange(90, '2026-12-13T23:59:59Z'))).toBe(
      'Since Monday 14 Sep 2026 (12 whole weeks and this week so far)',
    );
    expect(describeWindow(windowRange(7, '2026-09-14T00:00:00Z'))).toBe(
      'Since Monday 7 Sep 2026 (1 whole week and this week so far)',
    );
    expect(describeWindow(windowRange(1, '2026-09-08T10:00:00Z'))).toBe(
      'Since Monday 7 Sep 2026 (this week so far)',
    );
  });

  it('writes the same day in every time zone', () => {
    expect(
      describeWindow({ since: '2026-01-05', until: '2026-01-07T00:00:00Z' }),
    ).toBe('Since Monday 5 Jan 2026 (this week so far)');
  });
});

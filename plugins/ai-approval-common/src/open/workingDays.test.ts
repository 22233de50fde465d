import { workingDaysBetween } from './workingDays';

describe('workingDaysBetween', () => {
  it.each([
    // 2026-12-04 is a Friday
    [
      'Friday 17:00 to Monday 09:00',
      '2026-12-04T17:00:00Z',
      '2026-12-07T09:00:00Z',
      16 / 24,
    ],
    [
      'Monday to Wednesday, same hour',
      '2026-12-07T10:00:00Z',
      '2026-12-09T10:00:00Z',
      2,
    ],
    ['a whole week', '2026-12-07T00:00:00Z', '2026-12-14T00:00:00Z', 5],
    ['Saturday to Sunday', '2026-12-05T08:00:00Z', '2026-12-06T20:00:00Z', 0],
    ['the future', '2026-12-09T10:00:00Z', '2026-12-07T10:00:00Z', 0],
  ])('%s', (_name, since, now, days) => {
    expect(workingDaysBetween(since, now)).toBeCloseTo(days, 6);
  });
});

import { toTrendPoints } from './trendPoints';

const week = (weekStart: string, aiChanges: number, compliant: number) => ({
  weekStart,
  totalChanges: aiChanges + 1,
  aiChanges,
  compliantChanges: compliant,
});

describe('toTrendPoints', () => {
  it('turns weekly counts into compliance percentages', () => {
    expect(
      toTrendPoints(
        [week('2026-02-16', 3, 2), week('2026-02-23', 0, 0)],
        new Date('2026-02-25T12:00:00Z'),
      ),
    ).toEqual([
      { week: '2026-02-16', aiChanges: 3, compliance: 67 },
      { week: '2026-02-23', aiChanges: 0, compliance: null },
    ]);
  });

  it('fills the weeks without changes up to this week, so the axis is even', () => {
    const points = toTrendPoints(
      [week('2026-03-02', 1, 0), week('2026-02-09', 2, 2)],
      // a Sunday: still the week of March 9
      new Date('2026-03-15T23:00:00Z'),
    );
    expect(points).toEqual([
      { week: '2026-02-09', aiChanges: 2, compliance: 100 },
      { week: '2026-02-16', aiChanges: 0, compliance: null },
      { week: '2026-02-23', aiChanges: 0, compliance: null },
      { week: '2026-03-02', aiChanges: 1, compliance: 0 },
      { week: '2026-03-09', aiChanges: 0, compliance: null },
    ]);
  });

  it('draws nothing without weeks', () => {
    expect(toTrendPoints([])).toEqual([]);
  });
});

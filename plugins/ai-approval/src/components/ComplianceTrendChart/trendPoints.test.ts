import { toTrendPoints } from './trendPoints';

describe('toTrendPoints', () => {
  it('turns weekly counts into compliance percentages', () => {
    expect(
      toTrendPoints([
        {
          weekStart: '2026-02-16',
          totalChanges: 9,
          aiChanges: 3,
          compliantChanges: 2,
        },
        {
          weekStart: '2026-02-23',
          totalChanges: 4,
          aiChanges: 0,
          compliantChanges: 0,
        },
      ]),
    ).toEqual([
      { week: '2026-02-16', aiChanges: 3, compliance: 67 },
      { week: '2026-02-23', aiChanges: 0, compliance: null },
    ]);
  });
});

import { weeksBetween, weekStart } from './weeks';

describe('weeks', () => {
  it('names a week by its Monday in UTC', () => {
    expect(weekStart('2026-03-02T00:00:00Z')).toBe('2026-03-02');
    expect(weekStart('2026-03-08T23:59:59Z')).toBe('2026-03-02');
    expect(weekStart('2026-03-09T00:00:00+01:00')).toBe('2026-03-02');
    expect(weekStart(Date.parse('2026-01-01T12:00:00Z'))).toBe('2025-12-29');
    expect(weekStart(new Date('2026-03-04'))).toBe('2026-03-02');
  });

  it('lists every week between two times, both ends included', () => {
    expect(weeksBetween('2026-02-12', '2026-03-04T10:00:00Z')).toEqual([
      '2026-02-09',
      '2026-02-16',
      '2026-02-23',
      '2026-03-02',
    ]);
    expect(weeksBetween('2026-03-03', '2026-03-08')).toEqual(['2026-03-02']);
    expect(weeksBetween('2026-03-09', '2026-03-02')).toEqual([]);
  });
});

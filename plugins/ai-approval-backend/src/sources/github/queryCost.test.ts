import { bestPageSize, pageRequests, pointsFor } from './queryCost';

describe('queryCost', () => {
  it('follows GitHub formula', () => {
    expect(pointsFor(1)).toBe(1);
    expect(pointsFor(149)).toBe(1);
    expect(pointsFor(150)).toBe(2);
    expect(pointsFor(pageRequests(100, 3))).toBe(3);
  });

  it('picks the page size with the most items per point', () => {
    expect(bestPageSize(3)).toBe(49);
    expect(pointsFor(pageRequests(49, 3))).toBe(1);
    expect(bestPageSize(1)).toBe(100);
    expect(bestPageSize(4)).toBe(37);
  });
});

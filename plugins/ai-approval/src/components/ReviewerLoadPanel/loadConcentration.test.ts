import { reviewer } from '../../__testUtils__/fixtures';
import { loadConcentration } from './loadConcentration';

const seniors = (...approvals: number[]) =>
  approvals.map((seniorApprovals, i) =>
    reviewer({ reviewer: `r${i}`, seniorApprovals }),
  );

describe('loadConcentration', () => {
  it('flags the top 20% carrying more than half the sign-offs', () => {
    // 10 reviewers: the top 2 gave 12 of 20
    const result = loadConcentration(seniors(7, 5, 1, 1, 1, 1, 1, 1, 1, 1));
    expect(result).toEqual({
      reviewers: 10,
      topCount: 2,
      topShare: 0.6,
      concentrated: true,
    });
  });

  it('does not flag an even spread', () => {
    const result = loadConcentration(seniors(3, 3, 3, 3, 3, 3, 3, 3, 3, 3));
    expect(result.concentrated).toBe(false);
    expect(result.topShare).toBeCloseTo(0.2);
  });

  it('does not flag exactly half', () => {
    expect(loadConcentration(seniors(5, 5)).concentrated).toBe(false);
  });

  it('counts at least one reviewer as the top group', () => {
    // 4 reviewers: 20% is 0.8 people, so the top group is the busiest one
    const result = loadConcentration(seniors(6, 2, 2, 1));
    expect(result.topCount).toBe(1);
    expect(result.topShare).toBeCloseTo(6 / 11);
    expect(result.concentrated).toBe(true);
  });

  it('flags a single reviewer who gives every sign-off', () => {
    expect(loadConcentration(seniors(4))).toMatchObject({
      reviewers: 1,
      topCount: 1,
      topShare: 1,
      concentrated: true,
    });
  });

  it('ignores reviewers who are not senior, in any order', () => {
    const items = [
      reviewer({ reviewer: 'a', senior: false, seniorApprovals: 0 }),
      ...seniors(1, 9, 1, 1, 1),
    ];
    expect(loadConcentration(items)).toMatchObject({
      reviewers: 5,
      topCount: 1,
      topShare: 9 / 13,
    });
  });

  it('does not flag when nobody signed off', () => {
    expect(loadConcentration([])).toEqual({
      reviewers: 0,
      topCount: 0,
      topShare: 0,
      concentrated: false,
    });
    expect(loadConcentration(seniors(0, 0)).concentrated).toBe(false);
  });

  it('takes other thresholds', () => {
    const items = seniors(4, 3, 3);
    expect(loadConcentration(items, { threshold: 0.3 }).concentrated).toBe(
      true,
    );
    expect(loadConcentration(items, { topFraction: 0.7 }).topCount).toBe(2);
  });
});

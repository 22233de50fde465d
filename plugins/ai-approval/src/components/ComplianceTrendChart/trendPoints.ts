import {
  WeeklyPoint,
  weeksBetween,
  weekStart,
} from '@ai-approval/backstage-plugin-ai-approval-common';

/** One week as drawn: compliance as a percentage, null when nothing to judge. */
export interface TrendPoint {
  week: string;
  aiChanges: number;
  compliance: number | null;
}

/**
 * The weekly history of a summary, in the shape the chart draws: every week
 * from the first one with a change up to this week, so that the axis is
 * even; a week without changes has none to show and no compliance.
 */
export function toTrendPoints(
  weekly: WeeklyPoint[],
  now: Date = new Date(),
): TrendPoint[] {
  if (weekly.length === 0) {
    return [];
  }
  const byWeek = new Map(weekly.map(w => [w.weekStart, w]));
  const starts = [...byWeek.keys(), weekStart(now)].sort();
  return weeksBetween(starts[0], starts[starts.length - 1]).map(week => {
    const counts = byWeek.get(week);
    const ai = counts?.aiChanges ?? 0;
    return {
      week,
      aiChanges: ai,
      compliance:
        counts && ai > 0
          ? Math.round((counts.compliantChanges / ai) * 100)
          : null,
    };
  });
}

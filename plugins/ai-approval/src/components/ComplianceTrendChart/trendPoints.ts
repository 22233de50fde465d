import { WeeklyPoint } from '@internal/plugin-ai-approval-common';

/** One week as drawn: compliance as a percentage, null when nothing to judge. */
export interface TrendPoint {
  week: string;
  aiChanges: number;
  compliance: number | null;
}

const DAY_MS = 86_400_000;

/** The Monday (UTC) of a time, as YYYY-MM-DD. */
function mondayOf(time: number): string {
  const day = Math.floor(time / DAY_MS);
  // 1970-01-01 was a Thursday: three days after a Monday
  const monday = day - ((day + 3) % 7);
  return new Date(monday * DAY_MS).toISOString().slice(0, 10);
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
  const starts = weekly.map(w => Date.parse(`${w.weekStart}T00:00:00Z`));
  const first = Math.min(...starts);
  const last = Math.max(
    ...starts,
    Date.parse(`${mondayOf(now.getTime())}T00:00:00Z`),
  );
  const points: TrendPoint[] = [];
  for (let time = first; time <= last; time += 7 * DAY_MS) {
    const week = mondayOf(time);
    const counts = byWeek.get(week);
    const ai = counts?.aiChanges ?? 0;
    points.push({
      week,
      aiChanges: ai,
      compliance:
        counts && ai > 0
          ? Math.round((counts.compliantChanges / ai) * 100)
          : null,
    });
  }
  return points;
}

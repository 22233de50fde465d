import { WeeklyPoint } from '@internal/plugin-ai-approval-common';

/** One week as drawn: compliance as a percentage, null when nothing to judge. */
export interface TrendPoint {
  week: string;
  aiChanges: number;
  compliance: number | null;
}

/** The weekly history of a summary, in the shape the chart draws. */
export function toTrendPoints(weekly: WeeklyPoint[]): TrendPoint[] {
  return weekly.map(w => ({
    week: w.weekStart,
    aiChanges: w.aiChanges,
    compliance:
      w.aiChanges > 0
        ? Math.round((w.compliantChanges / w.aiChanges) * 100)
        : null,
  }));
}

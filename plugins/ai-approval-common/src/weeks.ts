/**
 * Weeks as the plugin counts them: starting on Monday, in UTC, named by the
 * date of that Monday (YYYY-MM-DD).
 */

const WEEK_MS = 7 * 86_400_000;

/**
 * The Monday of the week of a time (an ISO string, milliseconds or a Date).
 * @public
 */
export function weekStart(time: string | number | Date): string {
  const date = new Date(time);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/**
 * Every week from the week of `first` to the week of `last`, oldest first.
 * @public
 */
export function weeksBetween(
  first: string | number | Date,
  last: string | number | Date,
): string[] {
  const end = weekStart(last);
  const weeks: string[] = [];
  for (
    let time = Date.parse(`${weekStart(first)}T00:00:00Z`);
    weekStart(time) <= end;
    time += WEEK_MS
  ) {
    weeks.push(weekStart(time));
  }
  return weeks;
}

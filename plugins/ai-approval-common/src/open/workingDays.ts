const DAY = 86_400_000;

/** Monday to Friday, in UTC. */
function isWorkingDay(ms: number): boolean {
  const day = new Date(ms).getUTCDay();
  return day !== 0 && day !== 6;
}

/**
 * Working days (Monday to Friday, UTC, in fractions of a day) from `since`
 * to `now`: a wait from Friday 17:00 to Monday 09:00 is 16 hours, not 64.
 * Public holidays are not known and count as working days.
 * @public
 */
export function workingDaysBetween(
  since: string | number | Date,
  now: string | number | Date,
): number {
  const from = new Date(since).getTime();
  const to = new Date(now).getTime();
  let total = 0;
  for (let start = from; start < to; ) {
    const dayEnd = (Math.floor(start / DAY) + 1) * DAY;
    const end = Math.min(dayEnd, to);
    if (isWorkingDay(start)) {
      total += end - start;
    }
    start = end;
  }
  return total / DAY;
}

/** The default warning for an open change's wait, in working days. @public */
export const DEFAULT_WAIT_WARNING_WORKING_DAYS = 2;

import { weekStart } from './weeks';

/**
 * The window every figure covers. "The last N days" means: from Monday
 * 00:00 UTC of the week that holds the moment N days ago, up to now. It
 * starts on a Monday so that the weekly rollups answer it (the scorecard
 * adds up a few rows per team instead of every change), and it ends now so
 * that this week's changes count; it reaches back at least N days and at
 * most N + 6. The tab, the card, the scorecard, its CSV, the API and the
 * command line's `--since 90d` all count this span.
 */

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/**
 * The days a window covers when nobody picked one: the default of the API,
 * of every page, and of the first sync's backfill.
 * @public
 */
export const DEFAULT_WINDOW_DAYS = 90;

/**
 * What a windowed answer covers; every windowed API answer carries it.
 * @public
 */
export interface ReportWindow {
  /** the days asked for: the window reaches back at least this far */
  windowDays: number;
  /**
   * The first day counted (YYYY-MM-DD, a Monday): the window starts at
   * 00:00 UTC that day.
   */
  since: string;
  /** the end of the window: the time the answer was made (ISO) */
  until: string;
}

/**
 * The window of the last `days` days as of `now`: whole weeks from the
 * week that holds `now` minus `days` days, up to `now`.
 * @public
 */
export function windowRange(
  days: number,
  now: string | number | Date = Date.now(),
): ReportWindow {
  const end = new Date(now).getTime();
  return {
    windowDays: days,
    since: weekStart(end - days * DAY_MS),
    until: new Date(end).toISOString(),
  };
}

/**
 * The moment a window starts, as the store keeps times (ISO, UTC): changes
 * that landed at or after it are in the window.
 * @public
 */
export function windowStartTime(window: Pick<ReportWindow, 'since'>): string {
  return `${window.since}T00:00:00.000Z`;
}

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * What a window covers, in the words every page and report uses:
 * "Since Monday 7 Sep 2026 (13 whole weeks and this week so far)". The day
 * is written the same in every locale and time zone, since it is a UTC day.
 * @public
 */
export function describeWindow(
  window: Pick<ReportWindow, 'since' | 'until'>,
): string {
  const start = Date.parse(windowStartTime(window));
  const date = new Date(start);
  const day = `${date.getUTCDate()} ${
    MONTHS[date.getUTCMonth()]
  } ${date.getUTCFullYear()}`;
  const thisWeek = Date.parse(`${weekStart(window.until)}T00:00:00Z`);
  const whole = Math.max(0, Math.round((thisWeek - start) / WEEK_MS));
  const weeks =
    whole === 0
      ? 'this week so far'
      : `${whole} whole ${whole === 1 ? 'week' : 'weeks'} and this week so far`;
  return `Since Monday ${day} (${weeks})`;
}

import { InputError } from '@backstage/errors';
import {
  ReportWindow,
  windowRange,
  windowStartTime,
} from '@ai-approval/backstage-plugin-ai-approval-common/domain';

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** `90d`, `12w`: days or weeks back from now, as a CI gate's window. */
const DAYS_BACK = /^(\d{1,5})\s*([dw])$/i;

function daysBack(value: string): number | undefined {
  const back = DAYS_BACK.exec(value.trim());
  if (!back) {
    return undefined;
  }
  return Number(back[1]) * (back[2].toLowerCase() === 'w' ? 7 : 1);
}

/**
 * The window a `since` option names when it counts days or weeks back
 * (`90d`, `12w`), as the portal counts "the last 90 days": from the Monday
 * (00:00 UTC) of the week that holds the moment that many days ago, up to
 * `now` (`windowRange`). Undefined for a date or no option.
 *
 * @public
 */
export function parseWindowOption(
  value: string | Date | undefined,
  now: Date = new Date(),
): ReportWindow | undefined {
  const days = typeof value === 'string' ? daysBack(value) : undefined;
  return days === undefined ? undefined : windowRange(days, now);
}

/**
 * Reads a `since` / `until` option: a Date, an ISO 8601 date
 * (`2025-01-31`, `2025-01-31T12:00:00Z`; UTC unless a zone is given), or a
 * number of days or weeks back from `now` (`90d`, `12w`). A bare date means
 * the start of that day (UTC) for `since` and its end for `until`, so both
 * ends are inclusive. Days back, for `since`, mean the start of that window
 * ({@link parseWindowOption}), a Monday; for `until`, that moment.
 *
 * @public
 */
export function parseDateOption(
  value: string | Date | undefined,
  option: 'since' | 'until',
  now: Date = new Date(),
): Date | undefined {
  if (value === undefined || value === '') {
    return undefined;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new InputError(`Invalid ${option} date: the Date is not valid`);
    }
    return value;
  }
  const text = value.trim();
  const window = option === 'since' ? parseWindowOption(text, now) : undefined;
  if (window) {
    return new Date(windowStartTime(window));
  }
  const days = daysBack(text);
  if (days !== undefined) {
    return new Date(now.getTime() - days * 24 * 3600 * 1000);
  }
  const match = ISO_DATE.exec(text);
  // a time without a zone is read as UTC, like a bare date
  const iso = match && match[4] && !match[7] ? `${text}Z` : text;
  const date = match ? new Date(iso.replace(' ', 'T')) : undefined;
  if (!match || !date || Number.isNaN(date.getTime())) {
    throw new InputError(
      `Invalid ${option} date '${value}': use an ISO 8601 date such as 2025-01-31 or 2025-01-31T12:00:00Z, or days or weeks back such as 90d or 12w`,
    );
  }
  if (!match[4] && option === 'until') {
    return new Date(date.getTime() + 24 * 3600 * 1000 - 1);
  }
  return date;
}

/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: four-digit years */
const EARLIEST = -62135596800;
const LATEST = 253402300799;

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
let cachedDay = NaN;
let cachedDate = '';

/**
 * ISO time of a git timestamp. Equal to `new Date(s * 1000).toISOString()`
 * but several times faster: commits of a day share the formatted date.
 * Git keeps whatever a broken tool wrote, and real histories hold commits
 * dated in the year 3 million; such a time is held to the years 1 to 9999
 * (the order of commits is kept, and every reader of ISO dates and every
 * database can take it) instead of failing the scan.
 */
export function isoTime(seconds: number): string {
  // NaN (no number at all) is read as git reads an unparsable date: 0
  const time = Math.min(Math.max(seconds || 0, EARLIEST), LATEST);
  const day = Math.floor(time / 86400);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDate = new Date(day * 86400000).toISOString().slice(0, 11);
  }
  const rest = time - day * 86400;
  const hours = Math.floor(rest / 3600);
  const minutes = Math.floor((rest % 3600) / 60);
  return `${cachedDate}${pad2(hours)}:${pad2(minutes)}:${pad2(rest % 60)}.000Z`;
}

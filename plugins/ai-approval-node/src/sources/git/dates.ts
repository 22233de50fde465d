import { InputError } from '@backstage/errors';

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Reads a `since` / `until` option: a Date, or an ISO 8601 date
 * (`2025-01-31`, `2025-01-31T12:00:00Z`; UTC unless a zone is given). A bare date means the start of
 * that day (UTC) for `since` and its end for `until`, so both ends are
 * inclusive.
 *
 * @public
 */
export function parseDateOption(
  value: string | Date | undefined,
  option: 'since' | 'until',
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
  const match = ISO_DATE.exec(text);
  // a time without a zone is read as UTC, like a bare date
  const iso = match && match[4] && !match[7] ? `${text}Z` : text;
  const date = match ? new Date(iso.replace(' ', 'T')) : undefined;
  if (!match || !date || Number.isNaN(date.getTime())) {
    throw new InputError(
      `Invalid ${option} date '${value}': use an ISO 8601 date such as 2025-01-31 or 2025-01-31T12:00:00Z`,
    );
  }
  if (!match[4] && option === 'until') {
    return new Date(date.getTime() + 24 * 3600 * 1000 - 1);
  }
  return date;
}

import { ResponseError } from '@backstage/errors';

const DASH = '–';

/** A share as a whole percentage, or a dash when there is nothing to share. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) {
    return DASH;
  }
  return `${Math.round(value * 100)}%`;
}

/** A count with its noun, in the singular for one: `1 change`, `3 changes`. */
export function countOf(count: number, noun: string, plural = `${noun}s`) {
  return `${count} ${count === 1 ? noun : plural}`;
}

/** A duration given in hours, in the unit a person reads best. */
export function formatHours(hours: number | null | undefined): string {
  if (hours === null || hours === undefined) {
    return DASH;
  }
  if (hours < 1) {
    return `${Math.max(1, Math.round(hours * 60))} min`;
  }
  if (hours < 48) {
    return `${Number(hours.toFixed(1))} h`;
  }
  return `${Number((hours / 24).toFixed(1))} days`;
}

/** How every date is written: `Mar 2, 2026` in English. */
const DATE: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
};

/** A date (no time) in the reader's locale. */
export function formatDate(iso: string | undefined): string {
  return iso ? new Date(iso).toLocaleDateString(undefined, DATE) : DASH;
}

/**
 * A calendar day given as YYYY-MM-DD (a week's Monday), in the reader's
 * locale: read as that day everywhere, not as UTC midnight moved into the
 * reader's time zone (which is the day before west of Greenwich).
 */
export function formatDay(day: string | undefined): string {
  return day
    ? new Date(`${day.slice(0, 10)}T00:00:00Z`).toLocaleDateString(undefined, {
        ...DATE,
        timeZone: 'UTC',
      })
    : DASH;
}

/** A date and time in the reader's locale. */
export function formatDateTime(iso: string | undefined): string {
  return iso
    ? new Date(iso).toLocaleString(undefined, {
        ...DATE,
        hour: 'numeric',
        minute: '2-digit',
      })
    : DASH;
}

/** The sentence the backend wrote for a failed request, not the HTTP status. */
export function errorMessage(error: unknown): string {
  if (error instanceof ResponseError) {
    return error.cause?.message || error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

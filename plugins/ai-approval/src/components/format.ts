import { ResponseError } from '@backstage/errors';

const DASH = '–';

/** A share as a whole percentage, or a dash when there is nothing to share. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) {
    return DASH;
  }
  return `${Math.round(value * 100)}%`;
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

/** A date (no time) in the reader's locale. */
export function formatDate(iso: string | undefined): string {
  if (!iso) {
    return DASH;
  }
  return new Date(iso).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/** A date and time in the reader's locale. */
export function formatDateTime(iso: string | undefined): string {
  return iso ? new Date(iso).toLocaleString() : DASH;
}

/** The sentence the backend wrote for a failed request, not the HTTP status. */
export function errorMessage(error: unknown): string {
  if (error instanceof ResponseError) {
    return error.cause?.message || error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

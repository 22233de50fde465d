/** A share as a whole percentage, or a dash when there is nothing to share. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) {
    return '–';
  }
  return `${Math.round(value * 100)}%`;
}

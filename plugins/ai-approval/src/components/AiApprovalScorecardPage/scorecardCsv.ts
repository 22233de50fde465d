import { parseEntityRef } from '@backstage/catalog-model';
import { ScorecardResponse } from '@ai-approval/backstage-plugin-ai-approval-common';
import { toCsv } from '../csv';
import { formatPercent } from '../format';
import { GROUP_TITLES } from '../ScorecardTable';

/** File name of the scorecard export: the window's first day in it. */
export function scorecardCsvFile(page: ScorecardResponse): string {
  return `ai-approval-scorecard-since-${page.since}.csv`;
}

const percent = (value: number | null) =>
  value === null ? '' : formatPercent(value);

/** The name part of an entity ref (`payments` of `group:default/payments`). */
function nameOf(ref: string): string {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

/**
 * The rows on screen as CSV, with the columns the table shows and the
 * first day of the window they count (a Monday; the window runs to when
 * the page was read).
 */
export function scorecardCsv(page: ScorecardResponse): string {
  const withCount = page.groupBy !== 'entity';
  const header = [
    GROUP_TITLES[page.groupBy],
    'Entity ref',
    'Compliance',
    'AI-assisted',
    'Unapproved',
    'AI share',
    'Waiting',
    ...(withCount ? ['Services'] : []),
    'Since',
  ];
  const rows = page.items.map(row => [
    row.title ?? nameOf(row.ref),
    row.ref,
    percent(row.compliance),
    row.aiChanges,
    row.unapproved,
    percent(row.aiShare),
    row.waiting,
    ...(withCount ? [row.entityCount] : []),
    page.since,
  ]);
  return toCsv(header, rows);
}

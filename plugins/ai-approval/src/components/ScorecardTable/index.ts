export { ScorecardTable } from './ScorecardTable';
export type { ScorecardTableProps } from './ScorecardTable';
export { GROUP_TITLES } from './scorecardColumns';
export type { GroupBy, OrderBy } from './scorecardColumns';

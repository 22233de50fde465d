import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import { ChangeListQuery } from '@ai-approval/backstage-plugin-ai-approval-common';
import { useFieldLabelStyles } from '../fieldLabels';
import { VERDICT_FILTER_OPTIONS } from '../verdicts';

/** The verdict filter value; empty = every AI-assisted change. */
export type VerdictFilter = NonNullable<ChangeListQuery['verdict']> | '';

/** Verdict filter and search box of the changes table. */
export function ChangeFilters(props: {
  verdict: VerdictFilter;
  onVerdictChange: (verdict: VerdictFilter) => void;
  search: string;
  onSearchChange: (search: string) => void;
}) {
  const classes = useFieldLabelStyles();
  return (
    <Box display="flex" flexWrap="wrap" mb={2} style={{ gap: 16 }}>
      <TextField
        id="ai-approval-verdict-filter"
        select
        label="Verdict"
        variant="outlined"
        size="small"
        value={props.verdict}
        onChange={e => props.onVerdictChange(e.target.value as VerdictFilter)}
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true, className: classes.label }}
        style={{ minWidth: 240 }}
      >
        {VERDICT_FILTER_OPTIONS.map(option => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </TextField>
      <TextField
        id="ai-approval-change-search"
        type="search"
        label="Search"
        placeholder="Title, author, number or commit"
        variant="outlined"
        size="small"
        value={props.search}
        onChange={e => props.onSearchChange(e.target.value)}
        InputLabelProps={{ className: classes.label }}
        style={{ minWidth: 280 }}
      />
    </Box>
  );
}

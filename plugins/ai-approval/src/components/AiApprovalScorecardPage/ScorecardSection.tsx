import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import GetAppIcon from '@material-ui/icons/GetApp';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { ScorecardResponse } from '@ai-approval/backstage-plugin-ai-approval-common';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { downloadCsv } from '../csv';
import { useFieldLabelStyles } from '../fieldLabels';
import { GROUP_TITLES, GroupBy, ScorecardTable } from '../ScorecardTable';
import { scorecardCsv, scorecardCsvFile } from './scorecardCsv';

/** The scorecard with its grouping, filter and CSV export. */
export function ScorecardSection(props: { days: number }) {
  const [groupBy, setGroupBy] = useState<GroupBy>('owner');
  const [filter, setFilter] = useState('');
  const debouncedFilter = useDebouncedValue(filter.trim());
  const [page, setPage] = useState<ScorecardResponse>();
  const classes = useFieldLabelStyles();

  return (
    <>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        mb={2}
        style={{ gap: 16 }}
      >
        <ToggleButtonGroup
          exclusive
          size="small"
          value={groupBy}
          onChange={(_e, value: GroupBy | null) => value && setGroupBy(value)}
          aria-label="Group by"
        >
          <ToggleButton value="owner">By team</ToggleButton>
          <ToggleButton value="system">By system</ToggleButton>
          <ToggleButton value="entity">By service</ToggleButton>
        </ToggleButtonGroup>
        <TextField
          id="ai-approval-scorecard-filter"
          type="search"
          label="Filter"
          placeholder="Name or entity ref"
          variant="outlined"
          size="small"
          value={filter}
          onChange={e => setFilter(e.target.value)}
          InputLabelProps={{ className: classes.label }}
        />
        <Button
          variant="outlined"
          startIcon={<GetAppIcon />}
          disabled={!page || page.items.length === 0}
          onClick={() =>
            page && downloadCsv(scorecardCsvFile(page), scorecardCsv(page))
          }
        >
          Download CSV
        </Button>
      </Box>
      <ScorecardTable
        title={`Compliance by ${GROUP_TITLES[groupBy].toLocaleLowerCase(
          'en-US',
        )}`}
        groupBy={groupBy}
        days={props.days}
        filter={debouncedFilter}
        onPageLoaded={setPage}
      />
    </>
  );
}

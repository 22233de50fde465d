import { useState } from 'react';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { DEFAULT_WINDOW_DAYS } from '@ai-approval/backstage-plugin-ai-approval-common';
import { useFieldLabelStyles } from '../fieldLabels';

/** The windows on offer, the default among them. */
export const WINDOW_CHOICES = [...new Set([30, DEFAULT_WINDOW_DAYS, 180])].sort(
  (a, b) => a - b,
);

/** The window a page shows, starting at the default. */
export function useWindowDays() {
  return useState(DEFAULT_WINDOW_DAYS);
}

/** Picks the window (in days) the figures cover. */
export function WindowPicker(props: {
  days: number;
  onChange: (days: number) => void;
}) {
  const classes = useFieldLabelStyles();
  return (
    <FormControl variant="outlined" size="small" style={{ minWidth: 160 }}>
      <InputLabel id="ai-approval-window" className={classes.label}>
        Window
      </InputLabel>
      <Select
        labelId="ai-approval-window"
        label="Window"
        // named by its label and its value: "Window Last 90 days"
        SelectDisplayProps={{ id: 'ai-approval-window-value' }}
        value={props.days}
        onChange={e => props.onChange(Number(e.target.value))}
      >
        {WINDOW_CHOICES.map(d => (
          <MenuItem key={d} value={d}>
            Last {d} days
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}

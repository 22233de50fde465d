import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { useFieldLabelStyles } from '../fieldLabels';

const WINDOWS = [30, 90, 180];

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
        {WINDOWS.map(d => (
          <MenuItem key={d} value={d}>
            Last {d} days
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}

import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';

const WINDOWS = [30, 90, 180];

/** Picks the window (in days) the figures cover. */
export function WindowPicker(props: {
  days: number;
  onChange: (days: number) => void;
}) {
  return (
    <FormControl variant="outlined" size="small" style={{ minWidth: 160 }}>
      <InputLabel id="ai-approval-window">Window</InputLabel>
      <Select
        labelId="ai-approval-window"
        label="Window"
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

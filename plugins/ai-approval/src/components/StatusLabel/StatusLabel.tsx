import { ReactNode } from 'react';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import ScheduleIcon from '@material-ui/icons/Schedule';
import WarningIcon from '@material-ui/icons/Warning';

/** How something stands: fine, waived or degraded, broken, or not yet known. */
export type Severity = 'ok' | 'warning' | 'error' | 'pending';

const ICONS = {
  ok: CheckCircleIcon,
  warning: WarningIcon,
  error: ErrorIcon,
  pending: ScheduleIcon,
};

const useStyles = makeStyles(theme => ({
  root: { display: 'inline-flex', alignItems: 'center', gap: 4 },
  icon: { fontSize: '1.1em' },
  ok: { color: theme.palette.success.main },
  warning: { color: theme.palette.warning.main },
  error: { color: theme.palette.error.main },
  pending: { color: theme.palette.text.secondary },
}));

/**
 * A status icon with its words. Unlike the core `Status*` components, the
 * words stay visible to screen readers.
 */
export function StatusLabel(props: {
  severity: Severity;
  children: ReactNode;
}) {
  const classes = useStyles();
  const Icon = ICONS[props.severity];
  return (
    <Typography variant="body2" component="span" className={classes.root}>
      <Icon
        aria-hidden
        className={`${classes.icon} ${classes[props.severity]}`}
      />
      {props.children}
    </Typography>
  );
}

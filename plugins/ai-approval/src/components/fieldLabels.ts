import { makeStyles } from '@material-ui/core/styles';

/**
 * The labels of this plugin's fields. They sit on the page background,
 * where the theme's secondary text colour falls just short of the WCAG AA
 * contrast (4.47:1 in the light theme); the primary text colour does not.
 * A focused label keeps the theme's focus colour.
 */
export const useFieldLabelStyles = makeStyles(theme => ({
  label: { color: theme.palette.text.primary },
}));

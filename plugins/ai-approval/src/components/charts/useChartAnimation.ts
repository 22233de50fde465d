import useMediaQuery from '@material-ui/core/useMediaQuery';

/**
 * Whether charts draw themselves in: not for people who ask their system
 * for less motion (`prefers-reduced-motion`), who then see the final chart
 * at once.
 */
export function useChartAnimation(): boolean {
  return !useMediaQuery('(prefers-reduced-motion: reduce)', { noSsr: true });
}

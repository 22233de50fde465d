export { useChartAnimation } from './useChartAnimation';

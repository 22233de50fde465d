export { SummaryFigures } from './SummaryFigures';

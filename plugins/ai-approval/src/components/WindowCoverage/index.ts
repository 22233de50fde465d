export { WindowCoverage } from './WindowCoverage';

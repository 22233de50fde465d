export { TrendSparkline } from './TrendSparkline';

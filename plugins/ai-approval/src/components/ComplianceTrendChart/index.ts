export { ComplianceTrendChart } from './ComplianceTrendChart';

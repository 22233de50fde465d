export { VerdictCell } from './VerdictCell';

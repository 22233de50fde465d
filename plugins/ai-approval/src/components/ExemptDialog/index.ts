export { ExemptDialog } from './ExemptDialog';

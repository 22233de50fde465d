export { StatusLabel } from './StatusLabel';
export type { Severity } from './StatusLabel';

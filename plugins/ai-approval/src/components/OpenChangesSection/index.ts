export { OpenChangesSection } from './OpenChangesSection';

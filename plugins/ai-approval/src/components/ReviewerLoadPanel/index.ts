export { ReviewerLoadPanel } from './ReviewerLoadPanel';

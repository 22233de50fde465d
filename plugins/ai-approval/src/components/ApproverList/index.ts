export { ApproverList } from './ApproverList';

export { ChangeActions } from './ChangeActions';

export { WindowPicker } from './WindowPicker';

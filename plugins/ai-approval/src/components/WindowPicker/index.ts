export { useWindowDays, WINDOW_CHOICES, WindowPicker } from './WindowPicker';

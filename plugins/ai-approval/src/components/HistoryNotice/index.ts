export { HistoryNotice, historyStart } from './HistoryNotice';

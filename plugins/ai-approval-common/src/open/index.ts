export { judgeOpenChange } from './judgeOpenChange';
export type {
  JudgeOpenChangeInput,
  OpenChangeJudgement,
} from './judgeOpenChange';
export { OPEN_CHANGE_STATES, WAITING_STATES } from './types';
export type { OpenChange, OpenChangeState, RequestedReviewer } from './types';
export type {
  OpenChangeCounts,
  OpenChangeListResponse,
  OpenChangeRow,
} from './api';
export {
  DEFAULT_WAIT_WARNING_WORKING_DAYS,
  workingDaysBetween,
} from './workingDays';

import {
  DEFAULT_WINDOW_DAYS,
  ReportWindow,
  windowRange,
} from '@ai-approval/backstage-plugin-ai-approval-common';

/** The window a request asks for with `days`, or the default one. */
export function requestWindow(days: number | undefined): ReportWindow {
  return windowRange(days ?? DEFAULT_WINDOW_DAYS);
}

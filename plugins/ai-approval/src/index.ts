/**
 * Frontend of the ai-approval plugins: entity tab, overview card and the
 * org scorecard (legacy frontend system; the new one is in `./alpha`).
 *
 * @packageDocumentation
 */

export {
  aiApprovalPlugin,
  AiApprovalScorecardPage,
  EntityAiApprovalCard,
  EntityAiApprovalContent,
} from './plugin';
export { isAiApprovalAvailable } from './isAiApprovalAvailable';
export * from './api';

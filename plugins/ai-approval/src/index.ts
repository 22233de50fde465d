/**
 * Frontend of the ai-approval plugins: entity tab, overview card, team tab
 * and the org scorecard (legacy frontend system; the new one is in `./alpha`).
 *
 * @packageDocumentation
 */

export {
  aiApprovalPlugin,
  AiApprovalScorecardPage,
  EntityAiApprovalCard,
  EntityAiApprovalContent,
  EntityTeamAiApprovalContent,
} from './plugin';
export { isAiApprovalAvailable } from './isAiApprovalAvailable';
export * from './api';

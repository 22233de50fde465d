export { createDetector } from './createDetector';
export type { Detector } from './createDetector';
export type { CustomSignalConfig, DetectionConfig } from './config';
export { BUILT_IN_SIGNALS } from './signals';
export type { BuiltInSignal } from './signals';
export { compareConfidence } from './confidence';
export {
  DEFAULT_AI_LABELS,
  DEFAULT_AGENT_BRANCH_PREFIXES,
} from './metadataRules';

import {
  Change,
  ChangeCommit,
  Detection,
  DetectionOverride,
  Evidence,
} from '../types';
import {
  collectChangeEvidence,
  collectCommitEvidence,
} from './collectEvidence';
import { DetectionConfig, validateDetectionConfig } from './config';
import { EvidenceList, summarise } from './evidenceList';
import { compileRules } from './ruleSet';

/**
 * Decides whether changes were AI-assisted, with the evidence.
 * @public
 */
export interface Detector {
  /**
   * Detection for a whole change. An override beats the detector; the
   * evidence then starts with an `override` entry (`line` = `by: reason`)
   * followed by whatever the detector found.
   */
  detect(change: Change, override?: DetectionOverride): Detection;
  /** Detection for a single commit, for per-commit reports. */
  detectCommit(commit: ChangeCommit): Detection;
  /** Ids of the active signals, built-in and custom. */
  readonly signalIds: string[];
}

function applyOverride(
  detected: Detection,
  override: DetectionOverride,
): Detection {
  const entry: Evidence = {
    signal: 'override',
    source: 'override',
    line: `${override.by}: ${override.reason}`,
    // A person's yes is certain; a person's no leaves nothing to weigh.
    confidence: override.aiAssisted ? 'high' : 'none',
  };
  return {
    aiAssisted: override.aiAssisted,
    confidence: override.aiAssisted ? 'high' : 'none',
    evidence: [entry, ...detected.evidence],
  };
}

/**
 * Creates a detector. Regexes are compiled once here, so build one detector
 * per configuration and reuse it for every change.
 *
 * @throws Error when the configuration has a bad regex, an unknown
 *   disabled signal id, a duplicate signal id or a bad threshold.
 * @public
 */
export function createDetector(config?: DetectionConfig): Detector {
  const rules = compileRules(validateDetectionConfig(config));
  return {
    signalIds: [...rules.signalIds],
    detectCommit(commit) {
      const out = new EvidenceList();
      collectCommitEvidence(commit, rules, out);
      return summarise(out.items, rules.threshold);
    },
    detect(change, override) {
      const out = new EvidenceList();
      for (const commit of change.commits ?? []) {
        collectCommitEvidence(commit, rules, out);
      }
      if (change.mergeCommit) {
        collectCommitEvidence(change.mergeCommit, rules, out);
      }
      collectChangeEvidence(change, rules, out);
      const detected = summarise(out.items, rules.threshold);
      return override ? applyOverride(detected, override) : detected;
    },
  };
}

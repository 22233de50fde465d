import {
  ApprovalPolicy,
  Change,
  createDetector,
  createSeniorSet,
  DetectionConfig,
  DetectionOverride,
  Detector,
  Exemption,
  judgeApproval,
  SeniorSet,
} from '@internal/plugin-ai-approval-common';
import { JudgedChange } from '../database/changeRows';

/** What a stored change already carries that a person decided. */
export interface PersonDecisions {
  override?: DetectionOverride;
  exemption?: Exemption;
}

/**
 * The one place that turns a change into a detection and a verdict, with
 * the policy and senior set of this sync.
 */
export class ChangeJudge {
  private readonly detector: Detector;
  readonly seniors: SeniorSet;

  constructor(
    detection: DetectionConfig,
    private readonly policy: ApprovalPolicy,
    seniorIdentities: string[],
  ) {
    this.detector = createDetector(detection);
    this.seniors = createSeniorSet(seniorIdentities);
  }

  /**
   * Judges without the exemption, so removing one restores the verdict;
   * the store marks exempted changes.
   */
  judge(change: Change, decisions: PersonDecisions = {}): JudgedChange {
    const detection = this.detector.detect(change, decisions.override);
    const verdict = detection.aiAssisted
      ? judgeApproval({ change, policy: this.policy, seniors: this.seniors })
      : undefined;
    return {
      change,
      detection,
      verdict,
      override: decisions.override,
      exempt: Boolean(decisions.exemption),
    };
  }
}

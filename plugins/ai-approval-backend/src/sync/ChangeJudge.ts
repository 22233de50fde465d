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
  judgeOpenChange,
  OpenChange,
  SeniorSet,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { JudgedChange } from '../database/changeRows';
import { JudgedOpenChange } from '../database/openChangeRows';

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

  /**
   * @param emailsByLogin - catalog Users' e-mails by login, so that a
   * reviewer named by login is recognised in a co-author line (which names
   * people by e-mail) and cannot approve what they co-wrote
   */
  constructor(
    detection: DetectionConfig,
    private readonly policy: ApprovalPolicy,
    seniorIdentities: string[],
    private readonly emailsByLogin: ReadonlyMap<string, string> = new Map(),
    /** the GitHub logins of a team (`org/team-slug`), from the catalog */
    private readonly teamMembers: (team: string) => string[] = () => [],
  ) {
    this.detector = createDetector(detection);
    this.seniors = createSeniorSet(seniorIdentities);
  }

  private withKnownEmails(change: Change): Change {
    const reviews = change.reviews.map(review => {
      const { login, email } = review.reviewer;
      const known = login && this.emailsByLogin.get(login.trim().toLowerCase());
      return known && !email
        ? { ...review, reviewer: { ...review.reviewer, email: known } }
        : review;
    });
    return { ...change, reviews };
  }

  /**
   * Judges without the exemption, so removing one restores the verdict;
   * the store marks exempted changes.
   */
  judge(change: Change, decisions: PersonDecisions = {}): JudgedChange {
    const detection = this.detector.detect(change, decisions.override);
    const verdict = detection.aiAssisted
      ? judgeApproval({
          change: this.withKnownEmails(change),
          policy: this.policy,
          seniors: this.seniors,
        })
      : undefined;
    return {
      change,
      detection,
      verdict,
      override: decisions.override,
      exempt: Boolean(decisions.exemption),
    };
  }

  /**
   * Judges an open pull request as if it merged now, then gives its live
   * state against the current head.
   */
  judgeOpen(change: OpenChange): JudgedOpenChange {
    const detection = this.detector.detect(change);
    if (!detection.aiAssisted) {
      return { change, detection };
    }
    const verdict = judgeApproval({
      change: this.withKnownEmails(change),
      policy: this.policy,
      seniors: this.seniors,
    });
    const judgement = judgeOpenChange({
      change,
      verdict,
      seniors: this.seniors,
      teamMembers: this.teamMembers,
    });
    return { change, detection, verdict, judgement };
  }
}

import { Entity } from '@backstage/catalog-model';
import {
  AI_APPROVAL_REQUIRED_APPROVALS_ANNOTATION,
  AI_APPROVAL_SENIOR_REVIEWERS_ANNOTATION,
  RULES_VERSION,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { createHash } from 'crypto';
import { OrgDirectory } from '../catalog/OrgDirectory';
import { AiApprovalConfig } from '../config';
import { ChangeJudge } from './ChangeJudge';

/** The per-entity policy overrides an entity's annotations carry. */
export interface EntityOverrides {
  seniors?: string[];
  requiredSeniorApprovals?: number;
}

export function readOverrides(entity: Entity): EntityOverrides {
  const annotations = entity.metadata.annotations ?? {};
  const seniors = annotations[AI_APPROVAL_SENIOR_REVIEWERS_ANNOTATION];
  const required = Number(
    annotations[AI_APPROVAL_REQUIRED_APPROVALS_ANNOTATION],
  );
  return {
    seniors: seniors ? seniors.split(/[\s,]+/).filter(Boolean) : undefined,
    requiredSeniorApprovals:
      Number.isInteger(required) && required >= 1 ? required : undefined,
  };
}

/**
 * Builds one ChangeJudge per distinct policy (the global one, and one per
 * set of entity overrides) and fingerprints them, so a policy or senior-set
 * change, or an upgrade to new built-in rules, is noticed and stored
 * verdicts are judged again.
 */
export class JudgeFactory {
  private readonly judges = new Map<string, ChangeJudge>();
  private readonly prints: string[] = [];
  private readonly emailsByLogin: Map<string, string>;

  constructor(
    private readonly config: AiApprovalConfig,
    private readonly org: OrgDirectory,
    /** of the built-in rules: a new one judges stored changes again too */
    private readonly rulesVersion: string = RULES_VERSION,
  ) {
    this.emailsByLogin = org.emailsByLogin();
  }

  /** The judge for a repository linked to entities with these overrides. */
  judgeFor(overrides: EntityOverrides[]): ChangeJudge {
    const distinct = new Set(overrides.map(o => JSON.stringify(o)));
    // a repository shared by entities that disagree falls back to the global policy
    const chosen: EntityOverrides = distinct.size === 1 ? overrides[0] : {};
    const key = JSON.stringify(chosen);
    if (!this.judges.has(key)) {
      const seniors = this.org.seniorIdentities(
        chosen.seniors ?? [
          ...this.config.seniors.groups,
          ...this.config.seniors.users,
        ],
      );
      const policy = {
        ...this.config.policy,
        requiredSeniorApprovals:
          chosen.requiredSeniorApprovals ??
          this.config.policy.requiredSeniorApprovals,
      };
      this.judges.set(
        key,
        new ChangeJudge(
          this.config.detection,
          policy,
          seniors,
          this.emailsByLogin,
          team => this.org.teamLogins(team),
        ),
      );
      this.prints.push(JSON.stringify([key, seniors.sort(), policy]));
    }
    return this.judges.get(key)!;
  }

  /** A digest of every policy and senior set in use. */
  fingerprint(): string {
    return createHash('sha256')
      .update(
        JSON.stringify([
          this.rulesVersion,
          this.config.detection,
          [...this.prints].sort(),
          [...this.emailsByLogin].sort(),
        ]),
      )
      .digest('hex');
  }
}

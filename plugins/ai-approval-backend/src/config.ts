import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  ApprovalPolicy,
  createDetector,
  DEFAULT_APPROVAL_POLICY,
  DEFAULT_WAIT_WARNING_WORKING_DAYS,
  DEFAULT_WINDOW_DAYS,
  DetectionConfig,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import path from 'path';

/** The plugin's settings, read once from `aiApproval`. */
export interface AiApprovalConfig {
  schedule: SchedulerServiceTaskScheduleDefinition;
  backfillDays: number;
  entityKinds: string[];
  detection: DetectionConfig;
  policy: ApprovalPolicy;
  seniors: { groups: string[]; users: string[] };
  git: { baseDir: string; cacheDir: string };
  /** a wait for a senior longer than this, in working days, is flagged */
  waitWarningWorkingDays: number;
  /** post the senior sign-off check on open pull requests' heads */
  statusChecks: boolean;
  /** repositories read at once (they share each host's rate budget) */
  concurrency: number;
  /** the app's base URL, for the checks' links to the entity tab */
  appBaseUrl: string;
}

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  // the safety net: webhooks bring changes within seconds
  frequency: { hours: 1 },
  timeout: { minutes: 60 },
  initialDelay: { seconds: 15 },
};

const DEFAULT_CONCURRENCY = 4;

function readConcurrency(config: Config | undefined): number {
  const value =
    config?.getOptionalNumber('github.concurrency') ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `aiApproval.github.concurrency must be a whole number >= 1, got ${value}`,
    );
  }
  return value;
}

/** Reads and validates `aiApproval`; throws with the offending key. */
export function readAiApprovalConfig(root: Config): AiApprovalConfig {
  const config = root.getOptionalConfig('aiApproval');
  const detection = (config?.getOptional<DetectionConfig>('detection') ??
    {}) as DetectionConfig;
  createDetector(detection); // validates patterns, ids and threshold
  const policy = config?.getOptionalConfig('policy');
  const required =
    policy?.getOptionalNumber('requiredSeniorApprovals') ??
    DEFAULT_APPROVAL_POLICY.requiredSeniorApprovals;
  if (!Number.isInteger(required) || required < 1) {
    throw new Error(
      `aiApproval.policy.requiredSeniorApprovals must be a whole number >= 1, got ${required}`,
    );
  }
  const backfillDays =
    config?.getOptionalNumber('backfillDays') ?? DEFAULT_WINDOW_DAYS;
  if (!(backfillDays > 0)) {
    throw new Error(`aiApproval.backfillDays must be > 0, got ${backfillDays}`);
  }
  const baseDir = config?.getOptionalString('git.baseDir') ?? '.';
  const waitWarningWorkingDays =
    config?.getOptionalNumber('openChanges.waitWarningWorkingDays') ??
    DEFAULT_WAIT_WARNING_WORKING_DAYS;
  if (!(waitWarningWorkingDays >= 0)) {
    throw new Error(
      `aiApproval.openChanges.waitWarningWorkingDays must be >= 0, got ${waitWarningWorkingDays}`,
    );
  }
  return {
    schedule: config?.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          config.getConfig('schedule'),
        )
      : DEFAULT_SCHEDULE,
    backfillDays,
    entityKinds: config?.getOptionalStringArray('entityKinds') ?? ['Component'],
    detection,
    policy: {
      requiredSeniorApprovals: required,
      allowStaleApprovals:
        policy?.getOptionalBoolean('allowStaleApprovals') ??
        DEFAULT_APPROVAL_POLICY.allowStaleApprovals,
      allowBaseBranchUpdates:
        policy?.getOptionalBoolean('allowBaseBranchUpdates') ??
        DEFAULT_APPROVAL_POLICY.allowBaseBranchUpdates,
      twoPass:
        policy?.getOptionalBoolean('twoPass') ??
        DEFAULT_APPROVAL_POLICY.twoPass,
      botReviewers: policy?.getOptionalStringArray('botReviewers') ?? [],
    },
    seniors: {
      groups: config?.getOptionalStringArray('seniors.groups') ?? [],
      users: config?.getOptionalStringArray('seniors.users') ?? [],
    },
    waitWarningWorkingDays,
    statusChecks: config?.getOptionalBoolean('github.statusChecks') ?? false,
    concurrency: readConcurrency(config),
    appBaseUrl: (
      root.getOptionalString('app.baseUrl') ?? 'http://localhost:3000'
    ).replace(/\/+$/, ''),
    git: {
      baseDir: path.resolve(baseDir),
      cacheDir: path.resolve(
        config?.getOptionalString('git.cacheDir') ??
          path.join(baseDir, '.ai-approval-cache'),
      ),
    },
  };
}

import { InputError } from '@backstage/errors';
import {
  ApprovalPolicy,
  Change,
  ChangeCommit,
  createDetector,
  createSeniorSet,
  DEFAULT_APPROVAL_POLICY,
  Detection,
  DetectionConfig,
  judgeApproval,
  SeniorSet,
  VerdictResult,
} from '@ai-approval/backstage-plugin-ai-approval-common/domain';

/**
 * What a scan judges with. Everything is optional: without seniors no AI
 * change can be compliant, which is the honest answer.
 *
 * @public
 */
export interface ScanConfig {
  detection?: DetectionConfig;
  policy?: Partial<ApprovalPolicy>;
  /** logins and e-mails of senior engineers, or a ready set */
  seniors?: Iterable<string> | SeniorSet;
  /** also detect each commit on its own ({@link ChangeScanResult.commits}) */
  perCommit?: boolean;
}

/** One judged change. @public */
export interface ChangeScanResult {
  change: Change;
  detection: Detection;
  /** the senior-approval verdict; only AI-assisted changes are judged */
  verdict?: VerdictResult;
  /** with `perCommit`: each commit of the change with its own detection */
  commits?: CommitScanResult[];
}

/** One commit's detection, for per-commit reports. @public */
export interface CommitScanResult {
  commit: ChangeCommit;
  detection: Detection;
}

const POLICY_TYPES: Record<keyof ApprovalPolicy, string> = {
  requiredSeniorApprovals: 'number',
  allowStaleApprovals: 'boolean',
  allowBaseBranchUpdates: 'boolean',
  twoPass: 'boolean',
  botReviewers: 'string[]',
};

/**
 * The default policy with the given settings over it.
 *
 * @throws InputError for unknown settings or values of the wrong type
 * @public
 */
export function resolveApprovalPolicy(
  policy: Partial<ApprovalPolicy> = {},
): ApprovalPolicy {
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) {
    throw new InputError('The approval policy must be an object');
  }
  for (const [key, value] of Object.entries(policy)) {
    const type = POLICY_TYPES[key as keyof ApprovalPolicy];
    if (!type) {
      throw new InputError(
        `Unknown approval policy setting '${key}'; known settings are ${Object.keys(
          POLICY_TYPES,
        ).join(', ')}`,
      );
    }
    const ok =
      type === 'string[]'
        ? Array.isArray(value) && value.every(v => typeof v === 'string')
        : typeof value === type;
    if (!ok) {
      throw new InputError(
        `Approval policy setting '${key}' must be a ${type}, got ${JSON.stringify(
          value,
        )}`,
      );
    }
  }
  return { ...DEFAULT_APPROVAL_POLICY, ...policy };
}

function toSeniorSet(seniors: ScanConfig['seniors']): SeniorSet {
  if (seniors && typeof (seniors as SeniorSet).isSenior === 'function') {
    return seniors as SeniorSet;
  }
  return createSeniorSet((seniors as Iterable<string> | undefined) ?? []);
}

/** The detector, policy and seniors of a scan, built (and validated) once. */
function scanner(config: ScanConfig) {
  const detector = createDetector(config.detection);
  const policy = resolveApprovalPolicy(config.policy);
  const seniors = toSeniorSet(config.seniors);
  return (change: Change): ChangeScanResult => {
    const detection = detector.detect(change);
    const result: ChangeScanResult = { change, detection };
    if (detection.aiAssisted) {
      result.verdict = judgeApproval({ change, policy, seniors });
    }
    if (config.perCommit) {
      // a merge commit is reported too, so every commit appears once
      const commits = change.mergeCommit
        ? [change.mergeCommit, ...change.commits]
        : change.commits;
      result.commits = commits.map(commit => ({
        commit,
        detection: detector.detectCommit(commit),
      }));
    }
    return result;
  };
}

/**
 * Detects AI assistance in each change and judges the AI-assisted ones
 * against the approval policy, as the changes stream in (and, with
 * `perCommit`, each of their commits). The detector and
 * the policy are built (and validated) once, before the first change is read.
 *
 * @public
 */
export async function* scanChanges(
  changes: AsyncIterable<Change> | Iterable<Change>,
  config: ScanConfig = {},
): AsyncGenerator<ChangeScanResult> {
  const scan = scanner(config);
  for await (const change of changes) {
    yield scan(change);
  }
}

/**
 * {@link scanChanges} over batches of changes, yielding a batch of results
 * per batch: the same results, with one asynchronous step per batch
 * instead of per change.
 *
 * @public
 */
export async function* scanChangeBatches(
  batches: AsyncIterable<Change[]> | Iterable<Change[]>,
  config: ScanConfig = {},
): AsyncGenerator<ChangeScanResult[]> {
  const scan = scanner(config);
  for await (const batch of batches) {
    yield batch.map(scan);
  }
}

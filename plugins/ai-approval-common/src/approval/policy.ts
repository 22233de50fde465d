import { parseGithubNoreply } from '../git/githubNoreply';
import { Identity } from '../types';

/**
 * How senior approval is judged.
 * @public
 */
export interface ApprovalPolicy {
  /** distinct senior approvals needed; default 1 (values below 1 count as 1) */
  requiredSeniorApprovals: number;
  /** default false: an approval on a commit other than the head at merge does not count */
  allowStaleApprovals: boolean;
  /**
   * default false: an approval followed only by merges of the base branch
   * into the change (GitHub's "Update branch", `git merge main`) still
   * counts, as GitHub keeps approvals when such a merge leaves the diff as
   * it was. A merge that resolved conflicts is excused too: its message
   * does not tell.
   */
  allowBaseBranchUpdates: boolean;
  /** default false: at least two distinct eligible approvers, at least one senior */
  twoPass: boolean;
  /** extra logins treated as bots / AI reviewers (case-insensitive); the built-ins always apply */
  botReviewers: string[];
}

/** @public */
export const DEFAULT_APPROVAL_POLICY: ApprovalPolicy = Object.freeze({
  requiredSeniorApprovals: 1,
  allowStaleApprovals: false,
  allowBaseBranchUpdates: false,
  twoPass: false,
  botReviewers: [],
}) as ApprovalPolicy;

/**
 * Bots and AI reviewers known by login, for sources that do not say an
 * account is a bot (GitLab, trailers). GitHub bots are also caught by their
 * `[bot]` suffix or type `Bot`. First names (`claude`, `devin`) are left
 * out on purpose: people use them as logins.
 */
export const BUILT_IN_BOT_REVIEWERS: readonly string[] = [
  'copilot',
  'copilot-pull-request-reviewer',
  'copilot-swe-agent',
  'coderabbitai',
  'gemini-code-assist',
  'github-actions',
  'sourcery-ai',
  'codeant-ai',
  'greptile-apps',
  'qodo-merge-pro',
  'qodo-code-review',
  'codium-pr-agent',
  'ellipsis-dev',
  'korbit-ai',
  'graphite-app',
  'bito-code-review',
  'devin-ai-integration',
  'chatgpt-codex-connector',
  'openai-codex',
  'amazon-q-developer',
  'google-labs-jules',
  'claude-code-action',
  'dependabot',
  'renovate',
  'mergify',
  'kodiakhq',
  'sonarqubecloud',
  'deepsource-autofix',
];

function baseLogin(login: string): string {
  return login
    .trim()
    .toLowerCase()
    .replace(/\[bot\]$/, '');
}

/** Whether a reviewer is a bot or AI reviewer whose review never counts. */
export function isBotReviewer(
  identity: Identity,
  policy: ApprovalPolicy,
): boolean {
  if (identity.type?.toLowerCase() === 'bot') {
    return true;
  }
  const login = identity.login ?? parseGithubNoreply(identity.email)?.login;
  if (!login) {
    return false;
  }
  if (/\[bot\]$/i.test(login.trim())) {
    return true;
  }
  const key = baseLogin(login);
  return (
    BUILT_IN_BOT_REVIEWERS.includes(key) ||
    (policy.botReviewers ?? []).some(bot => baseLogin(bot) === key)
  );
}

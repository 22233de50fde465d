import { ChangeKind } from '@ai-approval/backstage-plugin-ai-approval-common/domain';
import { otherMergeFormat } from './mergeFormats';
import { restOf, titleAndBody, titleAndBodyAfter } from './messageParts';

/** What the message of a commit that landed on the branch says about it. */
export interface LandingInfo {
  kind: ChangeKind;
  /** PR / MR number */
  number?: number;
  /** source branch named by a merge commit */
  headRef?: string;
  /** target branch named by a GitLab merge commit */
  baseRef?: string;
  /** the PR / MR title, or the commit subject */
  title: string;
  /** what a merge commit says beyond its title (the PR / MR description) */
  body?: string;
  /** logins a merge bot records as the PR's approvers (`r=alice`) */
  approvedBy?: string[];
}

const GITHUB_MERGE = /^Merge pull request #(\d+) from (\S+)/;
const GITLAB_MERGE = /^Merge branch '(.+)' into '(.+)'$/;
const GITLAB_MR_REF = /^[ \t]*See merge request (\S+?)!(\d+)[ \t\r]*$/m;
const SQUASH_SUFFIX = /\s*\(#(\d+)\)$/;

/**
 * Classifies a first-parent commit: a GitHub merge ("Merge pull request #N
 * from owner/branch"), a GitLab merge ("See merge request group/proj!N"), a
 * merge by a merge bot or another host ({@link otherMergeFormat}), a squash
 * merge (subject ending in "(#N)"), or a direct push.
 */
export function classifyLandingCommit(
  message: string,
  isMerge: boolean,
): LandingInfo {
  const end = message.indexOf('\n');
  const subject = (end < 0 ? message : message.slice(0, end)).trim();
  const github = GITHUB_MERGE.exec(subject);
  if (github) {
    const from = github[2];
    const slash = from.indexOf('/');
    const { title, body } = titleAndBodyAfter(message, end);
    return {
      kind: 'pull_request',
      number: Number(github[1]),
      headRef: slash < 0 ? from : from.slice(slash + 1),
      title: title ?? subject,
      body,
    };
  }
  const gitlab = message.includes('See merge request')
    ? GITLAB_MR_REF.exec(message)
    : null;
  if (gitlab) {
    const branches = GITLAB_MERGE.exec(subject);
    const { title, body } = isMerge
      ? titleAndBody(restOf(message, end), line => GITLAB_MR_REF.test(line))
      : { title: subject, body: undefined };
    return {
      kind: 'merge_request',
      number: Number(gitlab[2]),
      headRef: branches?.[1],
      baseRef: branches?.[2],
      title: title ?? subject,
      body,
    };
  }
  const other = otherMergeFormat(subject, message, end);
  if (other) {
    return other;
  }
  // the suffix ends the subject: most subjects fail this before the regex
  const squash = subject.endsWith(')') ? SQUASH_SUFFIX.exec(subject) : null;
  if (squash) {
    return {
      kind: 'pull_request',
      number: Number(squash[1]),
      title: subject.slice(0, squash.index).trim() || subject,
    };
  }
  return { kind: 'direct_push', title: subject };
}

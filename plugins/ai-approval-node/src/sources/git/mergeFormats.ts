/**
 * Landing commits written by merge bots and by hosts other than GitHub and
 * GitLab. Real public histories are full of them: homu ("Auto merge of #N -
 * user:branch, r=reviewer", rust-lang), bors-ng ("Merge #N" with "N: title
 * r=reviewer a=author"), Azure DevOps ("Merged PR N: title"), Bitbucket
 * Cloud ("Merged in branch (pull request #N)"), Bitbucket Server ("Pull
 * request #N: title" / "Merge pull request #N in P/r from a to b") and
 * Gitea / Forgejo ("Merge pull request 'title' (#N) from a into b").
 */
import type { LandingInfo } from './landingCommit';
import { bodyAfter, titleAndBodyAfter } from './messageParts';

const HOMU = /^(?:Auto|Rollup) merge of #(\d+) - (\S+?), r=(.*)$/;
const BORS_NG = /^Merge #(\d+)((?:[ ,]+#\d+)*)$/;
const BORS_NG_ENTRY = /^(\d+): (.*?)(?: r=(\S+))?(?: a=\S+)?[ \t\r]*$/gm;
const AZURE = /^Merged PR (\d+): (.*)$/;
const BITBUCKET_CLOUD = /^Merged in (\S+) \(pull request #(\d+)\)$/;
const BITBUCKET_SERVER_MERGE =
  /^Merge pull request #(\d+) in \S+ from (\S+) to (\S+)$/;
const BITBUCKET_SERVER_TITLE = /^Pull request #(\d+): (.*)$/;
const BITBUCKET_SERVER_BRANCHES =
  /^[ \t]*Merge in \S+ from (\S+) to (\S+?)[ \t\r]*$/m;
const GITEA = /^Merge pull request '(.*)' \(#(\d+)\) from (\S+) into (\S+)$/;
/** a GitHub login, as merge bots write reviewers */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/** The reviewers of an `r=` value: `alice`, `alice,bob`, `@alice`. */
export function reviewerLogins(value: string | undefined): string[] {
  if (!value) {
    return [];
  }
  return value
    .split(/[,\s]+/)
    .map(login => login.replace(/^[@`]+|`+$/g, ''))
    .filter(login => LOGIN.test(login));
}

/** The branch of homu's `user:branch`. */
function branchOf(userAndBranch: string): string {
  const colon = userAndBranch.indexOf(':');
  return colon < 0 ? userAndBranch : userAndBranch.slice(colon + 1);
}

function pullRequest(
  number: string,
  fields: Omit<LandingInfo, 'kind' | 'number'>,
): LandingInfo {
  return { kind: 'pull_request', number: Number(number), ...fields };
}

function homu(subject: string, message: string, end: number) {
  const match = HOMU.exec(subject);
  if (!match) {
    return undefined;
  }
  const { title, body } = titleAndBodyAfter(message, end);
  return pullRequest(match[1], {
    headRef: branchOf(match[2]),
    title: title ?? subject,
    body,
    approvedBy: reviewerLogins(match[3]),
  });
}

/**
 * bors-ng merges one or more PRs at once; each has a `N: title r=x a=y`
 * line. A batch is one change: its number and title are those of the first
 * PR, and only a reviewer who approved every PR of it approved the change.
 */
function borsNg(subject: string, message: string, end: number) {
  const match = BORS_NG.exec(subject);
  if (!match) {
    return undefined;
  }
  const numbers = [match[1], ...(match[2].match(/\d+/g) ?? [])];
  const entries = new Map<string, { title: string; reviewers: string[] }>();
  for (const entry of message.matchAll(BORS_NG_ENTRY)) {
    if (numbers.includes(entry[1]) && !entries.has(entry[1])) {
      entries.set(entry[1], {
        title: entry[2].trim(),
        reviewers: reviewerLogins(entry[3]),
      });
    }
  }
  const approvals = numbers.map(n => entries.get(n)?.reviewers ?? []);
  return pullRequest(match[1], {
    title: entries.get(match[1])?.title || subject,
    body: bodyAfter(message, end),
    approvedBy: approvals[0].filter(login =>
      approvals.every(list => list.includes(login)),
    ),
  });
}

function bitbucketServer(subject: string, message: string) {
  const match = BITBUCKET_SERVER_TITLE.exec(subject);
  if (!match) {
    return undefined;
  }
  const branches = BITBUCKET_SERVER_BRANCHES.exec(message);
  return pullRequest(match[1], {
    title: match[2].trim() || subject,
    headRef: branches?.[1],
    baseRef: branches?.[2],
  });
}

function azure(subject: string, message: string, end: number) {
  const match = AZURE.exec(subject);
  return match
    ? pullRequest(match[1], {
        title: match[2].trim() || subject,
        body: bodyAfter(message, end),
      })
    : undefined;
}

function bitbucketCloud(subject: string, message: string, end: number) {
  const match = BITBUCKET_CLOUD.exec(subject);
  if (!match) {
    return undefined;
  }
  const { title, body } = titleAndBodyAfter(message, end);
  return pullRequest(match[2], {
    headRef: match[1],
    title: title ?? subject,
    body,
  });
}

function bitbucketServerMerge(subject: string) {
  const match = BITBUCKET_SERVER_MERGE.exec(subject);
  return match
    ? pullRequest(match[1], {
        headRef: match[2],
        baseRef: match[3],
        title: subject,
      })
    : undefined;
}

function gitea(subject: string, message: string, end: number) {
  const match = GITEA.exec(subject);
  return match
    ? pullRequest(match[2], {
        headRef: match[3],
        baseRef: match[4],
        title: match[1] || subject,
        body: bodyAfter(message, end),
      })
    : undefined;
}

/**
 * The landing info of a subject (and message, whose first line break is at
 * `end`) in one of the formats above; undefined for any other.
 */
export function otherMergeFormat(
  subject: string,
  message: string,
  end: number,
): LandingInfo | undefined {
  const first = subject[0];
  if (first === 'A' || first === 'R') {
    return homu(subject, message, end);
  }
  if (first === 'P') {
    return bitbucketServer(subject, message);
  }
  if (first !== 'M') {
    return undefined;
  }
  if (subject.startsWith('Merge #')) {
    return borsNg(subject, message, end);
  }
  return (
    azure(subject, message, end) ??
    bitbucketCloud(subject, message, end) ??
    bitbucketServerMerge(subject) ??
    gitea(subject, message, end)
  );
}

import { ChangeKind } from '@ai-approval/backstage-plugin-ai-approval-common/domain';

/** A repository on a host whose web pages we know how to link to. */
export interface RepositoryWebLocation {
  host: 'github' | 'gitlab';
  /** `https://github.com/owner/repo` */
  baseUrl: string;
}

const URL_FORM =
  /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+)$/i;
const SCP_FORM = /^[\w.-]+@([^:]+):(?!\/)(.+)$/;

/**
 * Where a remote (`https://github.com/o/r.git`, `git@github.com:o/r.git`,
 * `ssh://git@gitlab.example.com/g/p.git`) lives on the web, when its host is
 * GitHub or GitLab (including self-hosted ones named so).
 */
export function webLocation(
  remoteUrl: string | undefined,
): RepositoryWebLocation | undefined {
  if (!remoteUrl) {
    return undefined;
  }
  const match = URL_FORM.exec(remoteUrl) ?? SCP_FORM.exec(remoteUrl);
  if (!match) {
    return undefined;
  }
  const hostname = match[1].toLowerCase();
  const repoPath = match[2].replace(/\/+$/, '').replace(/\.git$/, '');
  const host = ['github', 'gitlab'].find(name => hostname.includes(name));
  if (!host || !repoPath.includes('/')) {
    return undefined;
  }
  return {
    host: host as RepositoryWebLocation['host'],
    baseUrl: `https://${hostname}/${repoPath}`,
  };
}

/** Web page of a change: the PR / MR, or the commit for direct pushes. */
export function changeWebUrl(
  location: RepositoryWebLocation | undefined,
  kind: ChangeKind,
  number: number | undefined,
  sha: string,
): string | undefined {
  if (!location) {
    return undefined;
  }
  const { host, baseUrl } = location;
  if (host === 'github') {
    return kind === 'pull_request' && number !== undefined
      ? `${baseUrl}/pull/${number}`
      : `${baseUrl}/commit/${sha}`;
  }
  return kind === 'merge_request' && number !== undefined
    ? `${baseUrl}/-/merge_requests/${number}`
    : `${baseUrl}/-/commit/${sha}`;
}

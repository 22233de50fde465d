import {
  GithubCredentialsProvider,
  ScmIntegrationRegistry,
} from '@backstage/integration';
import { CustomErrorBase } from '@backstage/errors';
import { Octokit } from '@octokit/rest';
import { NoIntegrationError } from './errors';
import { GithubRepositoryRef } from './types';

/** The context (commit status) and name (check run) of the check. @public */
export const STATUS_CHECK_CONTEXT = 'ai-approval/senior-sign-off';

/** What the check says about one head commit. @public */
export interface StatusCheck {
  state: 'success' | 'pending';
  /** at most 140 characters, as GitHub allows for a commit status */
  description: string;
  /** the entity's AI approval tab */
  targetUrl: string;
}

/**
 * GitHub refused to take the check: the credentials lack the permission.
 * @public
 */
export class StatusCheckPermissionError extends CustomErrorBase {
  name = 'StatusCheckPermissionError' as const;
}

function permissionHint(app: boolean): string {
  return app
    ? "the GitHub App needs the 'Checks: Read and write' permission"
    : "the token needs the 'repo:status' scope (classic) or 'Commit statuses: Read and write' (fine-grained)";
}

/**
 * Posts the senior sign-off check on a commit with the credentials of the
 * `integrations.github` entry: a check run for a GitHub App, a commit
 * status for a token (check runs can only be created by Apps).
 * @public
 */
export class GithubStatusPublisher {
  constructor(
    private readonly deps: {
      integrations: ScmIntegrationRegistry;
      credentialsProvider: GithubCredentialsProvider;
      fetch?: typeof fetch;
    },
  ) {}

  async publish(
    repo: GithubRepositoryRef,
    sha: string,
    check: StatusCheck,
  ): Promise<void> {
    const integration = this.deps.integrations.github.byHost(repo.host);
    if (!integration) {
      throw new NoIntegrationError(repo.host);
    }
    const url = `https://${repo.host}/${repo.owner}/${repo.name}`;
    const credentials = await this.deps.credentialsProvider.getCredentials({
      url,
    });
    const octokit = new Octokit({
      baseUrl: integration.config.apiBaseUrl ?? `https://${repo.host}/api/v3`,
      auth: credentials.token,
      request: this.deps.fetch ? { fetch: this.deps.fetch } : undefined,
    });
    const app = credentials.type === 'app';
    try {
      if (app) {
        await octokit.rest.checks.create({
          owner: repo.owner,
          repo: repo.name,
          name: STATUS_CHECK_CONTEXT,
          head_sha: sha,
          details_url: check.targetUrl,
          ...(check.state === 'success'
            ? { status: 'completed', conclusion: 'success' }
            : { status: 'in_progress' }),
          output: { title: check.description, summary: check.description },
        });
      } else {
        await octokit.rest.repos.createCommitStatus({
          owner: repo.owner,
          repo: repo.name,
          sha,
          state: check.state,
          target_url: check.targetUrl,
          description: check.description.slice(0, 140),
          context: STATUS_CHECK_CONTEXT,
        });
      }
    } catch (error: any) {
      if (error?.status === 403 || error?.status === 404) {
        throw new StatusCheckPermissionError(
          `GitHub refused the ${STATUS_CHECK_CONTEXT} check on ${repo.owner}/${
            repo.name
          } (${error.status}: ${error.message}); ${permissionHint(app)}`,
        );
      }
      throw error;
    }
  }
}

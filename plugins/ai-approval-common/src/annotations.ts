/**
 * The one place that knows the names of the annotations the plugins read.
 */

/** GitHub repository of an entity, `owner/repo`. @public */
export const GITHUB_PROJECT_SLUG_ANNOTATION = 'github.com/project-slug';

/** Source location, a URL on an integration host. @public */
export const SOURCE_LOCATION_ANNOTATION = 'backstage.io/source-location';

/** Where the entity was read from. @public */
export const MANAGED_BY_LOCATION_ANNOTATION =
  'backstage.io/managed-by-location';

/**
 * Several repositories of one entity: comma or newline separated URLs
 * (`https://github.com/o/r`) or GitHub slugs (`o/r`).
 * @public
 */
export const AI_APPROVAL_REPOSITORIES_ANNOTATION = 'ai-approval/repositories';

/**
 * Repositories read with the plain git source: comma or newline separated
 * clone URLs, or paths relative to `aiApproval.git.baseDir`.
 * @public
 */
export const AI_APPROVAL_GIT_REPOSITORIES_ANNOTATION =
  'ai-approval/git-repositories';

/**
 * Per-entity override of the senior reviewers: comma separated entity refs
 * of Users or Groups (`group:default/payments-seniors`, `user:default/ada`).
 * @public
 */
export const AI_APPROVAL_SENIOR_REVIEWERS_ANNOTATION =
  'ai-approval/senior-reviewers';

/** Per-entity override of the number of senior approvals required. @public */
export const AI_APPROVAL_REQUIRED_APPROVALS_ANNOTATION =
  'ai-approval/required-senior-approvals';

/**
 * `disabled` keeps the backend from posting the senior sign-off status
 * check to the entity's repositories when status checks are on.
 * @public
 */
export const AI_APPROVAL_STATUS_CHECKS_ANNOTATION = 'ai-approval/status-checks';

/** SCM login of a catalog User. @public */
export const GITHUB_USER_LOGIN_ANNOTATION = 'github.com/user-login';

/** SCM login of a catalog User on GitLab. @public */
export const GITLAB_USER_LOGIN_ANNOTATION = 'gitlab.com/user-login';

/** Every annotation that links an entity to repositories. @public */
export const REPOSITORY_ANNOTATIONS = [
  GITHUB_PROJECT_SLUG_ANNOTATION,
  AI_APPROVAL_REPOSITORIES_ANNOTATION,
  AI_APPROVAL_GIT_REPOSITORIES_ANNOTATION,
] as const;

import { Entity } from '@backstage/catalog-model';
import { REPOSITORY_ANNOTATIONS } from '@ai-approval/backstage-plugin-ai-approval-common';

/**
 * Whether an entity names a repository the ai-approval backend can read;
 * use with `EntitySwitch` or as an entity content filter.
 * @public
 */
export function isAiApprovalAvailable(entity: Entity): boolean {
  const annotations = entity.metadata.annotations ?? {};
  return REPOSITORY_ANNOTATIONS.some(name => Boolean(annotations[name]));
}

import { createPermission } from '@backstage/plugin-permission-common';

/** Read compliance, changes, reviewer load and sync status. @public */
export const aiApprovalReadPermission = createPermission({
  name: 'ai-approval.read',
  attributes: { action: 'read' },
});

/** Create or remove an exemption, or override a detection. @public */
export const aiApprovalExemptPermission = createPermission({
  name: 'ai-approval.exempt',
  attributes: { action: 'update' },
});

/** Trigger a refresh of an entity's repositories. @public */
export const aiApprovalRefreshPermission = createPermission({
  name: 'ai-approval.refresh',
  attributes: { action: 'update' },
});

/** @public */
export const aiApprovalPermissions = [
  aiApprovalReadPermission,
  aiApprovalExemptPermission,
  aiApprovalRefreshPermission,
];

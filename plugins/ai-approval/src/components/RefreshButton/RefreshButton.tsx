import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Button from '@material-ui/core/Button';
import RefreshIcon from '@material-ui/icons/Refresh';
import { aiApprovalRefreshPermission } from '@ai-approval/backstage-plugin-ai-approval-common';
import { aiApprovalApiRef } from '../../api';
import { errorMessage } from '../format';

/**
 * Queues a sync of an entity's repositories; shown only to people allowed
 * to trigger one.
 */
export function RefreshButton(props: { entityRef: string }) {
  const api = useApi(aiApprovalApiRef);
  const alertApi = useApi(alertApiRef);
  const { allowed } = usePermission({
    permission: aiApprovalRefreshPermission,
  });
  const [state, setState] = useState<'idle' | 'sending' | 'queued'>('idle');

  if (!allowed) {
    return null;
  }
  const refresh = async () => {
    setState('sending');
    try {
      await api.refreshEntity(props.entityRef);
      setState('queued');
      alertApi.post({
        message:
          'Refresh queued: the repositories will be read again shortly. Reload the page in a few minutes to see the result.',
        severity: 'success',
        display: 'transient',
      });
    } catch (error) {
      setState('idle');
      alertApi.post({
        message: `Could not queue a refresh: ${errorMessage(error)}`,
        severity: 'error',
      });
    }
  };
  return (
    <Button
      startIcon={<RefreshIcon />}
      disabled={state !== 'idle'}
      onClick={refresh}
    >
      {state === 'queued' ? 'Refresh queued' : 'Refresh'}
    </Button>
  );
}

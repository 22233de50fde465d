import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import { ChangeRow } from '@ai-approval/backstage-plugin-ai-approval-common';
import { aiApprovalApiRef } from '../../api';
import { ExemptDialog } from '../ExemptDialog';
import { errorMessage } from '../format';

function RemoveExemptionButton(props: {
  row: ChangeRow;
  onChanged: (row: ChangeRow) => void;
}) {
  const api = useApi(aiApprovalApiRef);
  const alertApi = useApi(alertApiRef);
  const [sending, setSending] = useState(false);
  const { row, onChanged } = props;

  const remove = async () => {
    setSending(true);
    try {
      const updated = await api.removeExemption(row.id);
      alertApi.post({
        message: `Removed the exemption of “${row.title}”.`,
        severity: 'success',
        display: 'transient',
      });
      onChanged(updated);
    } catch (error) {
      alertApi.post({
        message: `Could not remove the exemption: ${errorMessage(error)}`,
        severity: 'error',
      });
    } finally {
      setSending(false);
    }
  };
  return (
    <Button
      size="small"
      disabled={sending}
      onClick={remove}
      aria-label={`Remove exemption of change ${row.title}`}
    >
      Remove exemption
    </Button>
  );
}

function ExemptButton(props: {
  row: ChangeRow;
  onChanged: (row: ChangeRow) => void;
}) {
  const api = useApi(aiApprovalApiRef);
  const alertApi = useApi(alertApiRef);
  const [open, setOpen] = useState(false);
  const { row, onChanged } = props;

  const exempt = async (reason: string) => {
    const updated = await api.exemptChange(row.id, reason);
    setOpen(false);
    alertApi.post({
      message: `Exempted “${row.title}”.`,
      severity: 'success',
      display: 'transient',
    });
    onChanged(updated);
  };
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        onClick={() => setOpen(true)}
        aria-label={`Exempt change ${row.title}`}
      >
        Exempt
      </Button>
      <ExemptDialog
        open={open}
        changeTitle={row.title}
        onCancel={() => setOpen(false)}
        onConfirm={exempt}
      />
    </>
  );
}

/**
 * What someone allowed to exempt can do with a change: exempt it when it
 * lacks a sign-off, or remove its exemption.
 */
export function ChangeActions(props: {
  row: ChangeRow;
  onChanged: (row: ChangeRow) => void;
}) {
  if (props.row.exemption) {
    return <RemoveExemptionButton {...props} />;
  }
  if (props.row.compliant === false) {
    return <ExemptButton {...props} />;
  }
  return null;
}

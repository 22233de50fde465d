import { FormEvent, useState } from 'react';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { errorMessage } from '../format';

/**
 * Asks for the reason of an exemption. `onConfirm` records it; the dialog
 * stays open with the error if that fails.
 */
export function ExemptDialog(props: {
  open: boolean;
  changeTitle: string;
  onCancel: () => void;
  onConfirm: (reason: string) => Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    setError(undefined);
    try {
      await props.onConfirm(reason.trim());
      setReason('');
    } catch (e) {
      setError(e);
    } finally {
      setSending(false);
    }
  };
  return (
    <Dialog open={props.open} onClose={props.onCancel} fullWidth maxWidth="sm">
      <form onSubmit={submit}>
        <DialogTitle>Exempt change</DialogTitle>
        <DialogContent>
          <DialogContentText>
            An exemption waives the senior sign-off for “{props.changeTitle}”.
            It is recorded with your name and the reason, and shown to everyone.
          </DialogContentText>
          {Boolean(error) && (
            <Alert severity="error">{errorMessage(error)}</Alert>
          )}
          <TextField
            id="ai-approval-exemption-reason"
            label="Reason"
            value={reason}
            onChange={e => setReason(e.target.value)}
            required
            fullWidth
            multiline
            minRows={2}
            margin="normal"
            variant="outlined"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onCancel}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={sending || reason.trim() === ''}
          >
            Exempt
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

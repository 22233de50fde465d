import Typography from '@material-ui/core/Typography';
import { ChangeRow, Exemption } from '@internal/plugin-ai-approval-common';
import { formatDate } from '../format';
import { StatusLabel } from '../StatusLabel';
import { VERDICT_LABELS, verdictStatus } from '../verdicts';

function ExemptionNote(props: { exemption: Exemption }) {
  const { by, at, reason } = props.exemption;
  return (
    <Typography variant="body2" color="textSecondary">
      Exempted by {by} on {formatDate(at)}: “{reason}”
    </Typography>
  );
}

/** The verdict in words, with the backend's reasons a person can act on. */
export function VerdictCell(props: { row: ChangeRow }) {
  const { row } = props;
  if (!row.verdict) {
    return <Typography variant="body2">Not AI-assisted</Typography>;
  }
  return (
    <>
      <StatusLabel severity={verdictStatus(row.verdict)}>
        {VERDICT_LABELS[row.verdict]}
      </StatusLabel>
      {row.exemption ? (
        <ExemptionNote exemption={row.exemption} />
      ) : (
        row.reasons.map(reason => (
          <Typography key={reason} variant="body2" color="textSecondary">
            {reason}
          </Typography>
        ))
      )}
    </>
  );
}

import Typography from '@material-ui/core/Typography';
import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ChangeRow,
  Exemption,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { formatDate } from '../format';
import { People, TextWithPeople } from '../PersonName';
import { StatusLabel } from '../StatusLabel';
import { VERDICT_LABELS, verdictStatus } from '../verdicts';

/** Who exempted: the signed-in User (an entity ref), or a service. */
function Exempter(props: { by: string }) {
  const { by } = props;
  try {
    const ref = parseEntityRef(by);
    return <EntityRefLink entityRef={ref} disableTooltip underline="always" />;
  } catch {
    return <>{by}</>;
  }
}

function ExemptionNote(props: { exemption: Exemption }) {
  const { by, at, reason } = props.exemption;
  return (
    <Typography variant="body2" color="textSecondary">
      Exempted by <Exempter by={by} /> on {formatDate(at)}: “{reason}”
    </Typography>
  );
}

/**
 * The verdict in words, with the backend's reasons a person can act on;
 * the people they name are shown by their catalog User where `people`
 * knows them.
 */
export function VerdictCell(props: { row: ChangeRow; people?: People }) {
  const { row, people } = props;
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
            <TextWithPeople text={reason} people={people} />
          </Typography>
        ))
      )}
    </>
  );
}

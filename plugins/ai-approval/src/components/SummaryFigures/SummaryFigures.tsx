import { InfoCard } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { ComplianceCounts } from '@ai-approval/backstage-plugin-ai-approval-common';
import { formatPercent } from '../format';

/** The header figures of a compliance summary. */
export function SummaryFigures(props: { counts: ComplianceCounts }) {
  const { counts } = props;
  const figures = [
    { label: 'Compliance', value: formatPercent(counts.compliance) },
    { label: 'AI-assisted changes', value: String(counts.aiChanges) },
    { label: 'Unapproved', value: String(counts.unapproved) },
    { label: 'Exempt', value: String(counts.exempt) },
    { label: 'AI share of all changes', value: formatPercent(counts.aiShare) },
  ];
  return (
    <Grid container spacing={2}>
      {figures.map(f => (
        <Grid item xs={6} md key={f.label}>
          <InfoCard variant="gridItem">
            <Typography variant="h4" component="p">
              {f.value}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {f.label}
            </Typography>
          </InfoCard>
        </Grid>
      ))}
    </Grid>
  );
}

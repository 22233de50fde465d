import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { ReviewerLoadPanel } from '../ReviewerLoadPanel';
import { ScorecardTable } from '../ScorecardTable';
import { useWindowDays, WindowPicker } from '../WindowPicker';

/**
 * The AI approval tab of a Group: compliance of the team's services and
 * the load its senior reviewers carry.
 * @public
 */
export function EntityTeamAiApprovalContent() {
  const { entity } = useEntity();
  const groupRef = stringifyEntityRef(entity);
  const [days, setDays] = useWindowDays();

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <WindowPicker days={days} onChange={setDays} />
      </Grid>
      <Grid item xs={12}>
        <ScorecardTable
          title="Services of this team"
          groupBy="entity"
          owner={groupRef}
          days={days}
        />
      </Grid>
      <Grid item xs={12}>
        <Typography variant="h5" component="h2">
          Reviewer load of the team's members
        </Typography>
        {/* on the page background, secondary text is short of AA contrast */}
        <Typography variant="body2" paragraph>
          Reviews by members of this team on AI-assisted changes of every
          service, not only the services above.
        </Typography>
        <ReviewerLoadPanel days={days} group={groupRef} />
      </Grid>
    </Grid>
  );
}

import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { ApproverAssessment } from '@ai-approval/backstage-plugin-ai-approval-common';
import { People, PersonName } from '../PersonName';

type Ineligible = NonNullable<ApproverAssessment['ineligible']>;

const INELIGIBLE_WORDS: Record<Ineligible, string> = {
  author: 'is the author',
  co_author: 'co-authored it',
  initiator: 'started the agent',
  bot: 'is a bot',
  stale: 'approved an earlier commit',
  dismissed: 'approval dismissed',
  not_senior: 'not senior',
};

function Approver(props: { approver: ApproverAssessment; people?: People }) {
  const { identity, senior, ineligible } = props.approver;
  return (
    <div style={{ marginBottom: 4 }}>
      <Typography variant="body2" component="span">
        <PersonName identity={identity} people={props.people} />
      </Typography>
      {senior && (
        <Chip
          size="small"
          color="primary"
          label="Senior"
          style={{ marginLeft: 4 }}
        />
      )}
      {ineligible && (
        <Typography variant="caption" color="textSecondary" component="div">
          does not count: {INELIGIBLE_WORDS[ineligible]}
        </Typography>
      )}
    </div>
  );
}

/**
 * The people who approved a change, seniors badged, named by their catalog
 * User where `people` knows them.
 */
export function ApproverList(props: {
  approvers: ApproverAssessment[];
  people?: People;
}) {
  if (props.approvers.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        None
      </Typography>
    );
  }
  return (
    <>
      {props.approvers.map(approver => (
        <Approver
          key={approver.identity}
          approver={approver}
          people={props.people}
        />
      ))}
    </>
  );
}

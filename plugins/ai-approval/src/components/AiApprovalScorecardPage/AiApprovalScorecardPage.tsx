import {
  Content,
  ContentHeader,
  Header,
  Page,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import { ReviewerLoadPanel } from '../ReviewerLoadPanel';
import { useWindowDays, WindowPicker } from '../WindowPicker';
import { ScorecardSection } from './ScorecardSection';

const QUESTION = 'Are AI-assisted changes signed off by a senior engineer?';

/**
 * The scorecard and the reviewer load without a page header, for an app
 * that draws the header itself (the new frontend system's page layout).
 */
export function AiApprovalScorecardContent() {
  const [days, setDays] = useWindowDays();

  return (
    <Content>
      <ContentHeader title="Scorecard" description={QUESTION}>
        <WindowPicker days={days} onChange={setDays} />
      </ContentHeader>
      <ScorecardSection days={days} />
      <Box mt={4}>
        <ContentHeader title="Reviewer load" />
        <ReviewerLoadPanel days={days} />
      </Box>
    </Content>
  );
}

/**
 * The org-wide scorecard: compliance with the senior-approval rule by team,
 * system or service, and how the sign-offs are spread over the seniors.
 * @public
 */
export function AiApprovalScorecardPage() {
  return (
    <Page themeId="tool">
      <Header title="AI change approvals" subtitle={QUESTION} />
      <AiApprovalScorecardContent />
    </Page>
  );
}

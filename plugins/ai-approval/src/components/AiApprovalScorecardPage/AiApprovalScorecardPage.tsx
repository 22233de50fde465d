import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import {
  Content,
  ContentHeader,
  Header,
  Page,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { ScorecardRow } from '@internal/plugin-ai-approval-common';
import { aiApprovalApiRef } from '../../api';
import { formatPercent } from '../format';
import { WindowPicker } from '../WindowPicker';

type GroupBy = 'owner' | 'system' | 'entity';

const GROUP_TITLES: Record<GroupBy, string> = {
  owner: 'Team',
  system: 'System',
  entity: 'Service',
};

function columns(groupBy: GroupBy): TableColumn<ScorecardRow>[] {
  return [
    {
      title: GROUP_TITLES[groupBy],
      render: row => <EntityRefLink entityRef={row.ref} />,
    },
    { title: 'Compliance', render: row => formatPercent(row.compliance) },
    { title: 'AI-assisted', field: 'aiChanges', type: 'numeric' },
    { title: 'Unapproved', field: 'unapproved', type: 'numeric' },
    { title: 'AI share', render: row => formatPercent(row.aiShare) },
    { title: 'Services', field: 'entityCount', type: 'numeric' },
  ];
}

/**
 * The org-wide scorecard: compliance with the senior-approval rule by team,
 * system or service.
 * @public
 */
export function AiApprovalScorecardPage() {
  const api = useApi(aiApprovalApiRef);
  const [groupBy, setGroupBy] = useState<GroupBy>('owner');
  const [days, setDays] = useState(90);

  return (
    <Page themeId="tool">
      <Header
        title="AI change approvals"
        subtitle="Are AI-assisted changes signed off by a senior engineer?"
      />
      <Content>
        <ContentHeader title="Scorecard">
          <ToggleButtonGroup
            exclusive
            size="small"
            value={groupBy}
            onChange={(_e, v) => v && setGroupBy(v)}
            aria-label="Group by"
          >
            <ToggleButton value="owner">By team</ToggleButton>
            <ToggleButton value="system">By system</ToggleButton>
            <ToggleButton value="entity">By service</ToggleButton>
          </ToggleButtonGroup>
          <WindowPicker days={days} onChange={setDays} />
        </ContentHeader>
        <Table<ScorecardRow>
          key={`${groupBy}-${days}`}
          title={`Compliance by ${GROUP_TITLES[groupBy].toLowerCase()}`}
          options={{ search: false, pageSize: 20, padding: 'dense' }}
          columns={columns(groupBy)}
          emptyContent={
            <div style={{ padding: 16 }}>
              No services with repositories have been synced yet.
            </div>
          }
          data={async query => {
            const response = await api.getScorecard({
              groupBy,
              days,
              limit: query.pageSize,
              offset: query.page * query.pageSize,
            });
            return {
              data: response.items,
              page: query.page,
              totalCount: response.totalCount,
            };
          }}
        />
      </Content>
    </Page>
  );
}

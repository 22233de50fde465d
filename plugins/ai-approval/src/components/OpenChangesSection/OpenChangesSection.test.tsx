import { screen, within } from '@testing-library/react';
import {
  mockAiApprovalApi,
  openChangeRow as openRow,
} from '../../__testUtils__/fixtures';
import { renderComponent } from '../../__testUtils__/render';
import { OpenChangesSection } from './OpenChangesSection';

const entityRef = 'component:default/payments-api';
async function renderSection(api = mockAiApprovalApi()) {
  await renderComponent(<OpenChangesSection entityRef={entityRef} />, { api });
  return api;
}

describe('OpenChangesSection', () => {
  it('shows progress while loading', async () => {
    const api = mockAiApprovalApi();
    api.getOpenChanges.mockReturnValue(new Promise(() => {}));
    await renderSection(api);
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error', async () => {
    const api = mockAiApprovalApi();
    api.getOpenChanges.mockRejectedValue(new Error('backend down'));
    await renderSection(api);
    expect(
      await screen.findByText(/Could not load the open pull requests/),
    ).toBeInTheDocument();
  });

  it('says that plain git cannot know, instead of showing none', async () => {
    const api = mockAiApprovalApi();
    api.getOpenChanges.mockResolvedValue({
      supported: false,
      unsupportedRepositories: ['repos/tools'],
      totalCount: 0,
      items: [],
    });
    await renderSection(api);
    expect(
      await screen.findByText(/repos\/tools is read as plain git/),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/nothing needs a senior/),
    ).not.toBeInTheDocument();
  });

  it('says when nothing waits', async () => {
    const api = mockAiApprovalApi();
    api.getOpenChanges.mockResolvedValue({
      supported: true,
      unsupportedRepositories: [],
      totalCount: 0,
      items: [],
    });
    await renderSection(api);
    expect(
      await screen.findByText(/nothing needs a senior before merge/),
    ).toBeInTheDocument();
  });

  it.each([
    ['waiting_for_senior', 'Waiting for a senior'],
    ['stale_approval', 'Approval is out of date'],
    ['changes_requested', 'Changes requested'],
    ['ready', 'Ready: a senior approved the head'],
    ['draft', 'Draft'],
  ] as const)('shows the %s state in words', async (state, words) => {
    const api = mockAiApprovalApi();
    api.getOpenChanges.mockResolvedValue({
      supported: true,
      unsupportedRepositories: [],
      totalCount: 1,
      items: [
        openRow({
          state,
          ...(state === 'draft' ? { readyAt: undefined, waitingOn: [] } : {}),
        }),
      ],
    });
    await renderSection(api);
    expect(await screen.findByText(words)).toBeInTheDocument();
  });

  it('lists each pull request with its link, wait, evidence, reason and the seniors it waits on', async () => {
    const api = mockAiApprovalApi();
    api.getOpenChanges.mockResolvedValue({
      supported: true,
      unsupportedRepositories: ['repos/tools'],
      totalCount: 2,
      items: [
        openRow(),
        openRow({
          id: '2',
          number: 9,
          title: 'Draft of the ledger export',
          state: 'draft',
          readyAt: undefined,
          requested: [],
          waitingOn: [],
          reason: 'A draft: mark it ready for review.',
        }),
      ],
    });
    await renderSection(api);
    const link = await screen.findByRole('link', { name: /Add retry budget/ });
    expect(link).toHaveAttribute(
      'href',
      'https://github.com/acme/payments-api/pull/7',
    );
    expect(
      screen.getByText(
        /2 open AI-assisted pull requests, the longest wait first\. Not known for repos\/tools/,
      ),
    ).toBeInTheDocument();
    const rows = screen.getAllByRole('row');
    const first = within(rows[1]);
    expect(first.getByText('3 days')).toBeInTheDocument();
    expect(first.getByText('Claude Code')).toBeInTheDocument();
    expect(first.getByText(/Waiting on @grace/)).toBeInTheDocument();
    expect(first.getByText('@grace')).toBeInTheDocument();
    expect(first.getByText('@acme/web')).toBeInTheDocument();
    const second = within(rows[2]);
    expect(second.getByText('Not ready for review')).toBeInTheDocument();
    expect(second.getByText('Nobody requested')).toBeInTheDocument();
  });
});

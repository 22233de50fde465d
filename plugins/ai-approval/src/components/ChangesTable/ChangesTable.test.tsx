import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  changeList,
  changeRow,
  mockAiApprovalApi,
} from '../../__testUtils__/fixtures';
import { renderComponent } from '../../__testUtils__/render';
import { ChangesTable } from './ChangesTable';

const entityRef = 'component:default/payments-api';

/** The caption under a change's title: who and when. */
function byline(title: string): string | null {
  const link = screen.getByRole('link', { name: new RegExp(`^${title}`) });
  const cell = link.closest('td')!;
  const captions = cell.querySelectorAll('.MuiTypography-caption');
  return captions[captions.length - 1].textContent;
}

function renderTable(
  api = mockAiApprovalApi(),
  props: { allow?: string[]; onChanged?: () => void } = {},
) {
  return renderComponent(
    <ChangesTable
      entityRef={entityRef}
      days={90}
      onChanged={props.onChanged}
    />,
    { api, allow: props.allow },
  );
}

describe('ChangesTable', () => {
  it('names the people the catalog knows by their User, linked to its page', async () => {
    const api = mockAiApprovalApi();
    api.getChanges.mockResolvedValue(
      changeList({
        totalCount: 1,
        items: [changeRow()],
        people: {
          ada: { userRef: 'user:default/ada', displayName: 'Ada Lovelace' },
          grace: { userRef: 'user:default/grace' },
        },
      }),
    );
    await renderTable(api);
    const ada = await screen.findByRole('link', { name: 'Ada Lovelace' });
    expect(ada).toHaveAttribute('href', '/catalog/default/user/ada');
    expect(byline('Add refund endpoint')).toMatch(/^Ada Lovelace · merged /);
    // no display name: the login, linked (as approver and in the reason);
    // unknown to the catalog: not linked
    const grace = screen.getAllByRole('link', { name: '@grace' });
    expect(grace).toHaveLength(2);
    for (const link of grace) {
      expect(link).toHaveAttribute('href', '/catalog/default/user/grace');
    }
    const reason = screen.getByText(/on an earlier commit \(abc1234\)/);
    expect(grace.filter(link => reason.contains(link))).toHaveLength(1);
    expect(screen.getByText('@bob')).toBeInTheDocument();
    expect(screen.getByTitle('@ada')).toContainElement(ada);
  });

  it('lists the first page of AI-assisted changes', async () => {
    const api = mockAiApprovalApi();
    api.getChanges.mockResolvedValue(
      changeList({
        totalCount: 1,
        items: [changeRow()],
        people: {},
      }),
    );
    await renderTable(api);
    expect(
      screen.getByRole('heading', { name: 'AI-assisted changes' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: /^Add refund endpoint/ }),
    ).toHaveAttribute('href', 'https://github.com/acme/payments-api/pull/42');
    expect(screen.getByText('PR #42 in acme/payments-api')).toBeInTheDocument();
    expect(byline('Add refund endpoint')).toMatch(/^@ada · merged /);
    expect(screen.getByText('Claude Code')).toBeInTheDocument();
    expect(
      screen.getByText('Approval is out of date', { selector: 'span' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/3 commits were pushed after/)).toBeInTheDocument();
    expect(screen.getByText('@grace')).toBeInTheDocument();
    expect(api.getChanges).toHaveBeenCalledWith(entityRef, {
      days: 90,
      verdict: undefined,
      search: undefined,
      limit: 20,
      offset: 0,
    });
  });

  it('filters by verdict on the server', async () => {
    const api = mockAiApprovalApi();
    api.getChanges.mockResolvedValue(
      changeList({ totalCount: 0, items: [], people: {} }),
    );
    await renderTable(api);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Verdict' }),
      'unapproved',
    );
    await waitFor(() =>
      expect(api.getChanges).toHaveBeenLastCalledWith(
        entityRef,
        expect.objectContaining({ verdict: 'unapproved', offset: 0 }),
      ),
    );
    expect(
      await screen.findByText('No AI-assisted change matches these filters.'),
    ).toBeInTheDocument();
  });

  it('searches on the server once typing stops', async () => {
    const api = mockAiApprovalApi();
    api.getChanges.mockResolvedValue(
      changeList({ totalCount: 0, items: [], people: {} }),
    );
    await renderTable(api);
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search' }),
      'refund',
    );
    await waitFor(() =>
      expect(api.getChanges).toHaveBeenLastCalledWith(
        entityRef,
        expect.objectContaining({ search: 'refund' }),
      ),
    );
    const searches = api.getChanges.mock.calls.map(([, q]) => q?.search);
    expect(searches).not.toContain('r');
  });

  it('pages on the server', async () => {
    const api = mockAiApprovalApi();
    api.getChanges.mockResolvedValue(
      changeList({
        totalCount: 45,
        items: Array.from({ length: 20 }, (_, i) =>
          changeRow({ id: `c${i}`, title: `Change ${i}` }),
        ),
        people: {},
      }),
    );
    await renderTable(api);
    await screen.findByText('Change 0');
    await userEvent.click(screen.getByRole('button', { name: /Next Page/i }));
    await waitFor(() =>
      expect(api.getChanges).toHaveBeenLastCalledWith(
        entityRef,
        expect.objectContaining({ limit: 20, offset: 20 }),
      ),
    );
  });

  it('shows the error', async () => {
    const api = mockAiApprovalApi();
    api.getChanges.mockRejectedValue(new Error('changes unavailable'));
    await renderTable(api);
    expect(await screen.findAllByText(/changes unavailable/)).not.toHaveLength(
      0,
    );
  });

  it('says when the window has no AI-assisted change', async () => {
    const api = mockAiApprovalApi();
    api.getChanges.mockResolvedValue(
      changeList({ totalCount: 0, items: [], people: {} }),
    );
    await renderTable(api);
    expect(
      await screen.findByText('No AI-assisted changes in this window.'),
    ).toBeInTheDocument();
  });

  it('offers no exemption without the permission', async () => {
    const api = mockAiApprovalApi();
    api.getChanges.mockResolvedValue(
      changeList({
        totalCount: 1,
        items: [changeRow()],
        people: {},
      }),
    );
    await renderTable(api);
    await screen.findByText('Approval is out of date', { selector: 'span' });
    expect(screen.queryByRole('button', { name: /^Exempt change/ })).toBeNull();
  });

  it('lets an allowed person exempt a change and reloads', async () => {
    const api = mockAiApprovalApi();
    api.getChanges.mockResolvedValue(
      changeList({
        totalCount: 1,
        items: [changeRow()],
        people: {},
      }),
    );
    api.exemptChange.mockResolvedValue(changeRow({ verdict: 'exempt' }));
    const onChanged = jest.fn();
    await renderTable(api, { allow: ['ai-approval.exempt'], onChanged });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Exempt change Add refund endpoint',
      }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Pairing',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Exempt' }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
  });
});

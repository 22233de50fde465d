import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Evidence } from '@ai-approval/backstage-plugin-ai-approval-common';
import { EvidenceChips, groupEvidence } from './EvidenceChips';

const claude: Evidence = {
  signal: 'claude-coauthor',
  tool: 'Claude Code',
  source: 'commit_message',
  commitSha: 'abc1234def',
  line: 'Co-Authored-By: Claude <noreply@anthropic.com>',
  confidence: 'high',
};
const label: Evidence = {
  signal: 'ai-label',
  source: 'label',
  line: 'ai-assisted',
  confidence: 'medium',
};

describe('EvidenceChips', () => {
  it('groups evidence by tool, else by signal', () => {
    const groups = groupEvidence([
      claude,
      label,
      { ...claude, commitSha: 'f' },
    ]);
    expect([...groups.keys()]).toEqual(['Claude Code', 'ai-label']);
    expect(groups.get('Claude Code')).toHaveLength(2);
  });

  it('shows a chip per tool and the matched line on hover', async () => {
    render(<EvidenceChips evidence={[claude, claude, label]} />);
    expect(screen.getByText('Claude Code ×2')).toBeInTheDocument();
    await userEvent.hover(screen.getByText('ai-label'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'ai-assisted (label)',
    );
  });

  it('names the commit the line was found in', async () => {
    render(<EvidenceChips evidence={[claude]} />);
    await userEvent.hover(screen.getByText('Claude Code'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Co-Authored-By: Claude <noreply@anthropic.com> (commit message of abc1234)',
    );
  });

  it('shows the share of AI lines from line attribution on the chip', () => {
    const note: Evidence = {
      signal: 'ai-line-attribution',
      tool: 'Claude',
      source: 'commit_note',
      commitSha: 'def5678abc',
      line: 'git-ai: claude (claude-opus-4-6), 42 AI lines of 60 added (70%)',
      confidence: 'high',
      aiLineShare: 0.7,
    };
    render(
      <EvidenceChips
        evidence={[note, { ...note, commitSha: 'f', aiLineShare: 0.4 }]}
      />,
    );
    expect(
      screen.getByText('Claude ×2 · 40%–70% AI lines'),
    ).toBeInTheDocument();
  });

  it('names a git note as the place of line attribution', async () => {
    const note: Evidence = {
      signal: 'ai-line-attribution',
      tool: 'Cursor',
      source: 'commit_note',
      commitSha: 'def5678abc',
      line: 'Agent Trace: cursor, 26 AI lines of 26 attributed (100%)',
      confidence: 'high',
      aiLineShare: 1,
    };
    render(<EvidenceChips evidence={[note]} />);
    await userEvent.hover(screen.getByText('Cursor · 100% AI lines'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      '(git note of def5678)',
    );
  });

  it('renders nothing without evidence', () => {
    const { container } = render(<EvidenceChips evidence={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

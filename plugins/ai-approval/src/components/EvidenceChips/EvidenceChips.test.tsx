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

  it('renders nothing without evidence', () => {
    const { container } = render(<EvidenceChips evidence={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

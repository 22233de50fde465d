import { render, screen } from '@testing-library/react';
import { ApproverList } from './ApproverList';

describe('ApproverList', () => {
  it('badges seniors and says why an approval does not count', () => {
    render(
      <ApproverList
        approvers={[
          { identity: 'grace', senior: true },
          { identity: 'bob', senior: false, ineligible: 'not_senior' },
          { identity: 'ada@example.com', senior: true, ineligible: 'author' },
        ]}
      />,
    );
    expect(screen.getByText('@grace')).toBeInTheDocument();
    expect(screen.getAllByText('Senior')).toHaveLength(2);
    expect(screen.getByText('@bob')).toBeInTheDocument();
    expect(screen.getByText(/does not count: not senior/)).toBeInTheDocument();
    expect(screen.getByText('ada@example.com')).toBeInTheDocument();
    expect(
      screen.getByText(/does not count: is the author/),
    ).toBeInTheDocument();
  });

  it('says when nobody approved', () => {
    render(<ApproverList approvers={[]} />);
    expect(screen.getByText('None')).toBeInTheDocument();
  });
});

import { screen } from '@testing-library/react';
import { mockAiApprovalApi } from '../../__testUtils__/fixtures';
import { renderComponent } from '../../__testUtils__/render';
import { People } from './PersonName';
import { TextWithPeople } from './TextWithPeople';

const people: People = {
  'Carol-Shaw': { userRef: 'user:default/carol', displayName: 'Carol Shaw' },
  'dan@example.com': { userRef: 'user:default/dan' },
};

async function renderText(text: string, known: People = people) {
  const { container } = await renderComponent(
    <TextWithPeople text={text} people={known} />,
    { api: mockAiApprovalApi() },
  );
  return container;
}

describe('TextWithPeople', () => {
  it('names the people the catalog knows by their User, in place', async () => {
    const text = await renderText(
      'Approved by @carol-shaw on an earlier commit (abc1234); 1 commit was pushed after.',
    );
    expect(screen.getByRole('link', { name: 'Carol Shaw' })).toHaveAttribute(
      'href',
      '/catalog/default/user/carol',
    );
    expect(text).toHaveTextContent(
      /^Approved by Carol Shaw on an earlier commit \(abc1234\); 1 commit was pushed after\.$/,
    );
  });

  it('links e-mail addresses, at the start and at the end of a sentence', async () => {
    const text = await renderText(
      'dan@example.com cannot approve: the reviewer was dan@example.com.',
    );
    const links = screen.getAllByRole('link', { name: 'dan@example.com' });
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link).toHaveAttribute('href', '/catalog/default/user/dan');
    }
    expect(text).toHaveTextContent(
      /^dan@example\.com cannot approve: the reviewer was dan@example\.com\.$/,
    );
  });

  it('leaves alone whoever the catalog does not know, and look-alikes', async () => {
    const text = await renderText(
      'Approved by @carol-shaw-bot, @bob and mail@carol-shaw.example, and Carol-Shaw.',
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(text).toHaveTextContent(
      'Approved by @carol-shaw-bot, @bob and mail@carol-shaw.example, and Carol-Shaw.',
    );
  });

  it('keeps the text as it is when nobody is known', async () => {
    const text = await renderText('No review at all.', {});
    expect(text).toHaveTextContent(/^No review at all\.$/);
  });
});

import { Identity } from '../types';
import { DEFAULT_APPROVAL_POLICY, isBotReviewer } from './policy';

describe('isBotReviewer', () => {
  const policy = {
    ...DEFAULT_APPROVAL_POLICY,
    botReviewers: ['Acme-Reviewer'],
  };

  it.each<[Identity, boolean]>([
    [{ login: 'coderabbitai[bot]' }, true],
    [{ login: 'coderabbitai' }, true],
    [{ login: 'gemini-code-assist' }, true],
    [{ login: 'copilot-pull-request-reviewer', type: 'Bot' }, true],
    [{ login: 'Copilot', type: 'Bot' }, true],
    [{ login: 'some-new-thing', type: 'Bot' }, true],
    [{ email: '123+sweep[bot]@users.noreply.github.com' }, true],
    [{ login: 'acme-reviewer' }, true],
    [{ login: 'alice', type: 'User' }, false],
    [{ login: 'claude', type: 'User' }, false],
    [{ name: 'Jane', email: 'jane@example.com' }, false],
  ])('%j -> %s', (identity, bot) => {
    expect(isBotReviewer(identity, policy)).toBe(bot);
  });

  it('has the documented defaults and cannot be changed by accident', () => {
    expect(DEFAULT_APPROVAL_POLICY).toEqual({
      requiredSeniorApprovals: 1,
      allowStaleApprovals: false,
      allowBaseBranchUpdates: false,
      twoPass: false,
      botReviewers: [],
    });
    expect(Object.isFrozen(DEFAULT_APPROVAL_POLICY)).toBe(true);
  });
});

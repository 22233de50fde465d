import { Identity } from '../types';
import { identityKey, sameIdentity } from './identity';
import { createSeniorSet } from './seniorSet';

describe('identityKey', () => {
  it.each<[Identity, string]>([
    [{ login: 'Ada', email: 'ada@example.com', name: 'Ada' }, 'ada'],
    [{ email: ' Ada@Example.com ', name: 'Ada' }, 'ada@example.com'],
    [{ name: 'Ada Lovelace' }, 'Ada Lovelace'],
    [{}, ''],
  ])('%j -> %s', (identity, key) => {
    expect(identityKey(identity)).toBe(key);
  });
});

describe('sameIdentity', () => {
  it.each<[string, Identity, Identity, boolean]>([
    ['same login, any case', { login: 'Ada' }, { login: 'ada' }, true],
    [
      'same e-mail, any case',
      { email: 'Ada@Example.com' },
      { email: 'ada@example.com' },
      true,
    ],
    [
      'noreply address of the login',
      { login: 'ada' },
      { email: '1234+Ada@users.noreply.github.com' },
      true,
    ],
    [
      'old noreply address of the login',
      { email: 'ada@users.noreply.github.com' },
      { login: 'ADA' },
      true,
    ],
    [
      'noreply id matches account id',
      { id: 1234, login: 'ada-renamed' },
      { email: '1234+ada@users.noreply.github.com' },
      true,
    ],
    [
      'bot login with and without suffix',
      { login: 'dependabot[bot]' },
      { login: 'dependabot' },
      true,
    ],
    ['different logins', { login: 'ada' }, { login: 'bob' }, false],
    ['two deleted accounts', { login: 'ghost' }, { login: 'Ghost' }, false],
    ['same name only', { name: 'Ada' }, { name: 'Ada' }, false],
    ['nothing known', {}, {}, false],
    [
      'different noreply logins',
      { email: '1+ada@users.noreply.github.com' },
      { email: '2+bob@users.noreply.github.com' },
      false,
    ],
  ])('%s', (_, a, b, same) => {
    expect(sameIdentity(a, b)).toBe(same);
    expect(sameIdentity(b, a)).toBe(same);
  });
});

describe('createSeniorSet', () => {
  const seniors = createSeniorSet([
    ' Alice ',
    '@Bob',
    'Carol@Example.com',
    '',
    '  ',
  ]);

  it.each<[Identity, boolean]>([
    [{ login: 'alice' }, true],
    [{ login: 'ALICE' }, true],
    [{ login: 'bob' }, true],
    [{ email: 'carol@example.com' }, true],
    [{ login: 'carol' }, false],
    [{ email: 'alice@example.com' }, false],
    [{ name: 'Alice' }, false],
    [{ email: '99+alice@users.noreply.github.com' }, true],
    [{ login: 'dave', email: 'dave@example.com' }, false],
  ])('%j -> %s', (identity, senior) => {
    expect(seniors.isSenior(identity)).toBe(senior);
  });

  it('accepts any iterable', () => {
    expect(createSeniorSet(new Set(['ada'])).isSenior({ login: 'ada' })).toBe(
      true,
    );
  });
});

import { repository } from '../../__testUtils__/fixtures';
import { describeSync, explainSyncError } from './describeSync';

const now = Date.parse('2026-03-01T12:00:00Z');

describe('describeSync', () => {
  it('says a synced repository is up to date', () => {
    expect(describeSync(repository(), now)).toEqual({
      severity: 'ok',
      text: 'Up to date.',
    });
  });

  it('says a repository that was never read is not synced yet', () => {
    const repo = repository({
      lastSuccessAt: undefined,
      lastSyncAt: undefined,
    });
    expect(describeSync(repo, now).text).toBe('Not synced yet.');
  });

  it('explains a failure after an earlier success', () => {
    const state = describeSync(
      repository({
        lastError: 'HttpError: Bad credentials',
        lastErrorAt: '2026-03-01T11:00:00Z',
      }),
      now,
    );
    expect(state.severity).toBe('error');
    expect(state.text).toMatch(
      /^The last sync failed: The host rejected the credentials; check the integration token\. \(HttpError: Bad credentials\) Figures are from the sync of /,
    );
  });

  it('explains a failure when nothing was ever read', () => {
    const state = describeSync(
      repository({
        lastSuccessAt: undefined,
        lastError: 'Not Found',
        lastErrorAt: '2026-03-01T11:00:00Z',
      }),
      now,
    );
    expect(state.text).toBe(
      'Could not be read yet: The repository was not found, or the integration token cannot see it. (Not Found)',
    );
  });

  it('ignores an error that a later sync fixed', () => {
    const repo = repository({
      lastError: 'timeout',
      lastErrorAt: '2026-02-28T10:00:00Z',
    });
    expect(describeSync(repo, now).severity).toBe('ok');
  });

  it('reports an active rate limit', () => {
    const repo = repository({ rateLimitedUntil: '2026-03-01T13:00:00Z' });
    expect(describeSync(repo, now)).toMatchObject({ severity: 'warning' });
    expect(describeSync(repo, now).text).toMatch(/rate limit was reached/);
    const past = repository({ rateLimitedUntil: '2026-03-01T11:00:00Z' });
    expect(describeSync(past, now).severity).toBe('ok');
  });

  it('keeps unknown errors as they are', () => {
    expect(explainSyncError('disk full')).toBe('disk full');
  });

  it('warns when the status check could not be posted, though the read worked', () => {
    expect(
      describeSync(
        repository({ statusCheckError: 'GitHub refused the check (403)' }),
      ),
    ).toEqual({
      severity: 'warning',
      text: 'Up to date, but the senior sign-off check could not be posted: GitHub refused the check (403)',
    });
  });
});

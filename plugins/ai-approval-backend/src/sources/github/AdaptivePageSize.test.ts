import { AdaptivePageSize, withTimeoutRetries } from './AdaptivePageSize';
import { GithubApiError, GithubTimeoutError } from './errors';

const retry = { maxAttempts: 2, sleep: async () => {}, random: () => 0 };

describe('AdaptivePageSize', () => {
  it('halves on timeouts and grows back after successes', async () => {
    const size = new AdaptivePageSize(49);
    const sizes: number[] = [];
    let failures = 2;
    await withTimeoutRetries(
      size,
      async n => {
        sizes.push(n);
        if (failures-- > 0) {
          throw new GithubTimeoutError('timeout');
        }
      },
      retry,
    );
    expect(sizes).toEqual([49, 24, 12]);
    size.succeeded();
    expect(size.current).toBe(24);
    size.succeeded();
    size.succeeded();
    expect(size.current).toBe(48);
    size.succeeded();
    size.succeeded();
    expect(size.current).toBe(49);
  });

  it('gives up at the smallest size after maxAttempts timeouts', async () => {
    const size = new AdaptivePageSize(2);
    const run = jest.fn(async (_size: number) => {
      throw new GithubTimeoutError('timeout');
    });
    await expect(withTimeoutRetries(size, run, retry)).rejects.toThrow(
      GithubApiError,
    );
    expect(run.mock.calls.map(c => c[0])).toEqual([2, 1]);
  });

  it('passes other errors through', async () => {
    const size = new AdaptivePageSize(2);
    await expect(
      withTimeoutRetries(
        size,
        async () => Promise.reject(new Error('boom')),
        retry,
      ),
    ).rejects.toThrow('boom');
  });
});

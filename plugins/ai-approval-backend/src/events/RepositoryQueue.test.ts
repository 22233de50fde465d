import { RepositoryQueue } from './RepositoryQueue';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>(r => (resolve = r));
  return { promise, resolve };
}

describe('RepositoryQueue', () => {
  it('reads a repository once at a time, and once more for a burst of requests meanwhile, with the newest request', async () => {
    const queue = new RepositoryQueue();
    const gate = deferred();
    const runs: string[] = [];
    queue.request(1, async () => {
      runs.push('first');
      await gate.promise;
    });
    queue.request(1, async () => {
      runs.push('second');
    });
    queue.request(1, async () => {
      runs.push('third');
    });
    queue.request(2, async () => {
      runs.push('other repository');
    });
    expect(runs).toEqual(['first', 'other repository']);
    gate.resolve();
    await queue.idle();
    expect(runs).toEqual(['first', 'other repository', 'third']);
  });

  it('reads again on the next request after a failed read', async () => {
    const queue = new RepositoryQueue();
    await expect(
      queue.request(1, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const read = jest.fn(async () => {});
    await queue.request(1, read);
    expect(read).toHaveBeenCalledTimes(1);
  });
});

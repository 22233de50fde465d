import { collect, startSimulatorSource } from './__testUtils__/simulatorSource';

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('one rate budget per host and token', () => {
  it('makes every read of the budget wait out a secondary limit that one met', async () => {
    const clock = { nowMs: 0 };
    const sleeps: Array<{ ms: number; atMs: number }> = [];
    // a wait of fake time that takes a little real time, so another read runs meanwhile
    const sleep = async (ms: number) => {
      sleeps.push({ ms, atMs: clock.nowMs });
      await pause(300);
      clock.nowMs += ms;
    };
    const setup = await startSimulatorSource(
      { dataset: { repositories: 2, mergedPullRequestsPerRepository: 10 } },
      { sleep, now: () => clock.nowMs },
    );
    clock.nowMs = setup.clock.nowMs;
    const { simulator, source, repo } = setup;
    try {
      simulator.injectFault({
        kind: 'secondary-rate-limit',
        retryAfterSeconds: 30,
      });
      const backfillSince = '2000-01-01T00:00:00Z';
      let other: Promise<unknown> | undefined;
      const stop = simulator.onRequest(() => {
        stop();
        // the other repository's read starts once the first was limited
        other = pause(100).then(() =>
          collect(
            source.readMergedPullRequests(
              { ...repo, name: 'service-1' },
              { backfillSince },
            ),
          ),
        );
      });
      await collect(source.readMergedPullRequests(repo, { backfillSince }));
      await other;
      // both waited for the same end of the pause, the second without asking
      expect(sleeps.length).toBe(2);
      expect(sleeps[0].ms).toBe(30_000);
      expect(sleeps[1].atMs + sleeps[1].ms).toBe(sleeps[0].atMs + 30_000);
      const limited = simulator.requests.filter(r => r.status !== 200);
      expect(limited.length).toBe(1);
    } finally {
      await simulator.close();
    }
  });
});

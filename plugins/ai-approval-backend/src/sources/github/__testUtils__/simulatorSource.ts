import { ConfigReader } from '@backstage/config';
import {
  GithubSimulator,
  GithubSimulatorOptions,
  startGithubSimulator,
} from '@internal/github-simulator';
import {
  GithubChangeSource,
  GithubChangeSourceOptions,
} from '../GithubChangeSource';
import { GithubRead, GithubRepositoryRef } from '../types';

/** A fake clock: `sleep` advances it instead of waiting. */
export function fakeClock(startMs = Date.parse('2025-06-01T00:00:00Z')) {
  const clock = {
    nowMs: startMs,
    sleeps: [] as number[],
    now: () => clock.nowMs,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.nowMs += ms;
    },
  };
  return clock;
}

export interface SimulatorSetup {
  simulator: GithubSimulator;
  source: GithubChangeSource;
  repo: GithubRepositoryRef;
  clock: ReturnType<typeof fakeClock>;
}

/** Starts a simulator and a source configured with a token for it. */
export async function startSimulatorSource(
  simulatorOptions: GithubSimulatorOptions = {},
  sourceOptions: GithubChangeSourceOptions & { token?: string | null } = {},
): Promise<SimulatorSetup> {
  const clock = fakeClock();
  const simulator = await startGithubSimulator({
    now: clock.now,
    ...simulatorOptions,
  });
  const { token = 'test-token', ...options } = sourceOptions;
  const config = new ConfigReader({
    integrations: {
      github: [
        {
          host: simulator.host,
          apiBaseUrl: simulator.url,
          ...(token ? { token } : {}),
        },
      ],
    },
  });
  const source = GithubChangeSource.fromConfig(config, {
    sleep: clock.sleep,
    now: clock.now,
    random: () => 0.5,
    ...options,
  });
  const repo = { host: simulator.host, owner: 'acme', name: 'service-0' };
  return { simulator, source, repo, clock };
}

/** Drains a read. */
export async function collect<T>(read: GithubRead<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of read) {
    items.push(item);
  }
  return items;
}

import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { startGithubSimulator } from '@internal/github-simulator';

/**
 * Demo only: serves generated GitHub data (merged and open pull requests of
 * one repository, `demo/service-0`) from the GitHub simulator on
 * 127.0.0.1, when `demo.githubSimulator.port` is set. The demo's
 * `integrations.github` entry for that host points the plugin at it, so its
 * open pull requests go through the real sync. Not GitHub, and not part of
 * the plugins.
 */
export default createBackendModule({
  pluginId: 'ai-approval',
  moduleId: 'demo-github-simulator',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
      },
      async init({ config, logger, lifecycle }) {
        const port = config.getOptionalNumber('demo.githubSimulator.port');
        if (!port) {
          return;
        }
        const simulator = await startGithubSimulator({
          port,
          dataset: {
            seed: 7,
            owner: 'demo',
            repositories: 1,
            mergedPullRequestsPerRepository: 40,
            openPullRequestsPerRepository: 8,
            directPushesPerRepository: 2,
            spanDays: 60,
            now: new Date().toISOString(),
          },
          graphqlPointsPerHour: 100_000,
        });
        logger.info(
          `Demo data: a GitHub simulator (generated data, not GitHub) serves demo/service-0 on ${simulator.url}`,
        );
        lifecycle.addShutdownHook(() => simulator.close());
      },
    });
  },
});

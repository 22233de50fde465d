import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import path from 'path';
import { createDemoRepositories } from './createDemoRepositories';

/**
 * Demo only: creates small git repositories for the example catalog before
 * the ai-approval plugin's first sync, so the portal shows computed data on
 * first start with no network. Not part of the plugins.
 */
export default createBackendModule({
  pluginId: 'ai-approval',
  moduleId: 'demo-repositories',
  register(reg) {
    reg.registerInit({
      deps: { config: coreServices.rootConfig, logger: coreServices.logger },
      async init({ config, logger }) {
        const baseDir = config.getOptionalString('aiApproval.git.baseDir');
        if (baseDir) {
          createDemoRepositories(path.resolve(baseDir), logger);
        }
      },
    });
  },
});

import { defineConfig } from '@playwright/test';
import { generateProjects } from '@backstage/e2e-test-utils/playwright';
import { chromiumLaunchOptions } from './scripts/lib/chromium';

/*
 * End-to-end tests in a real headless Chromium, the system's.
 * `scripts/e2e.sh` starts the portal and runs these tests against it.
 */
export default defineConfig({
  timeout: 240_000,
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],
  use: {
    actionTimeout: 0,
    baseURL: process.env.PLAYWRIGHT_URL ?? 'http://localhost:3000',
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  outputDir: 'node_modules/.cache/e2e-test-results',
  projects: generateProjects().map(project => ({
    ...project,
    use: {
      ...project.use,
      channel: undefined,
      // charts draw at once (prefers-reduced-motion): screenshots show them whole
      reducedMotion: 'reduce' as const,
      launchOptions: chromiumLaunchOptions,
    },
  })),
});

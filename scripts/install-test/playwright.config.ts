import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium';

/*
 * Checks the freshly generated app that scripts/lib/install-test.sh installs
 * the packed plugins into, in the same system Chromium as the other
 * end-to-end tests.
 */
export default defineConfig({
  testDir: '.',
  timeout: 240_000,
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  workers: 1,
  outputDir: '../../node_modules/.cache/install-test-results',
  use: {
    baseURL: 'http://localhost:3000',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});

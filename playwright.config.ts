import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

// Debian's Chromium where it is installed (our build machines cannot download Playwright's
// own browser); elsewhere Playwright's bundled Chromium.
const systemChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: './test',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: true,
  // One journey per core: each runs a host, a Chromium and the test runner's own work, so
  // more than the cores only queues them (2 on CI's 2-core machines). No retries: a retried
  // pass would hide a real race; each flake's cause is found and fixed instead.
  workers: process.env.CI ? availableParallelism() : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
  use: {
    browserName: 'chromium',
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});

import { defineConfig, devices } from '@playwright/test';
import { e2eEnv } from './env.ts';

const { baseURL, ci } = e2eEnv();

/**
 * Runs against an already running Quarry stack (`./quarry up`, or `./quarry test`, which starts the test stack and then this suite); it starts no
 * servers itself. Uses Debian's Chromium: never `npx playwright install` (downloads are blocked).
 */
export default defineConfig({
  testDir: './tests',
  outputDir: 'test-results',
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  // The stack is shared state (one admin account): keep runs serial and predictable.
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
});

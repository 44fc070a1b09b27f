// End-to-end tests in Debian's Chromium (never a downloaded browser) against the real stack.
//   E2E_BASE_URL (default http://127.0.0.1:5173), E2E_ADMIN_USERNAME / E2E_ADMIN_PASSWORD,
//   CHROMIUM_PATH (default /usr/bin/chromium). Screenshots: e2e/screenshots/ (git-ignored).
import { defineConfig, devices } from '@playwright/test';

const baseURL = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5173').replace(/\/$/, '');

export default defineConfig({
  testDir: './e2e',
  outputDir: './e2e/test-results',
  // One stack, shared by every test: one worker, tests in file order.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { outputFolder: 'e2e/report', open: 'never' }]],
  use: {
    baseURL,
    locale: 'en-GB',
    timezoneId: 'UTC',
    viewport: { width: 1366, height: 860 },
    actionTimeout: 15_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    // launch() (not launchPersistentContext) starts the browser on a fresh temporary user-data-dir every run.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 860 }, deviceScaleFactor: 1 } }],
});

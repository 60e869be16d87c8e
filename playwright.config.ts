import { chromium, defineConfig, devices } from '@playwright/test';
import { findBrowser, localSearch } from './scripts/browser';

/**
 * Which Chromium to drive: the system's Chromium or Chrome, then CHROMIUM_PATH, then
 * Playwright's own browser (scripts/browser.ts; `npm run test:e2e` installs or explains first).
 */
const executablePath = findBrowser(localSearch(chromium.executablePath())) ?? undefined;
const port = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath,
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
  webServer: {
    command: `node scripts/build-digits.mjs && npx vite build --logLevel warn && npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});

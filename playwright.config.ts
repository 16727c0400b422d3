import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the production build (`npm run build`, then our server.ts) on a
 * database of their own that e2e/prepare.ts migrates and seeds. Chromium is Debian's (`apt-get install -y
 * chromium`), or the browser at CHROMIUM_PATH; Playwright's own browser download is never used.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? 'data-e2e';
const distDir = process.env.E2E_DIST_DIR ?? '.next-e2e';
const build = process.env.E2E_SKIP_BUILD ? 'true' : 'npm run build';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  // CI has 90 minutes in all; a hung run must fail well before that, not time out silently.
  globalTimeout: process.env.CI ? 70 * 60_000 : undefined,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    trace: 'on-first-retry',
    locale: 'en-GB',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
  // The service worker (docs/offline.md) would answer requests that page.route() expects to see;
  // e2e/offline.spec.ts allows it for its own tests.
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined, serviceWorkers: 'block' } }],
  webServer: {
    command: `tsx --conditions=react-server e2e/prepare.ts && ${build} && tsx server.ts`,
    url: `${baseURL}/api/health`,
    timeout: 420_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    env: {
      DATA_DIR: E2E_DATA_DIR,
      NEXT_DIST_DIR: distDir,
      NODE_ENV: 'production',
      PORT: String(PORT),
      REPORT_HIDE_THRESHOLD: '2',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});

import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);

/** Specs that measure main-thread long tasks during sandbox runs: they run alone, after the rest. */
const timing = [/contract\.spec\.ts$/, /sandbox\.spec\.ts$/];

// Tests run against the built static export (npm run build), served as any static host would. Two
// workers share the machine's two cores for most specs (a spec file's tests stay in order in one
// worker); the specs that time the main thread then run with one worker and the machine to themselves:
// `npm run test:e2e` runs the two projects one after the other (scripts/e2e.mjs), and both always run.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // The book's service worker answers requests before the network, where page.route() and request
    // counts cannot see them: specs run without it, except offline.spec.ts, which allows it.
    serviceWorkers: 'block',
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
  projects: [
    { name: 'site', testIgnore: timing, use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'timing', testMatch: timing, workers: 1, use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: {
    command: `node scripts/serve.mjs out ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});

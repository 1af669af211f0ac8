import { defineConfig } from '@playwright/test';

/**
 * Two projects. `harness`: the built renderer in Debian's Chromium with window.desktop bound to the real
 * main-process handlers (see e2e/harness). `electron`: smoke tests of the real shell, which skip with their reason
 * where no Electron binary exists. `npm test` builds first; run `npm run build` before `npx playwright test` alone.
 */
export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI_JSON ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]] : [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'harness', testDir: 'e2e/specs' },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { assertChromium, chromiumArgs, chromiumEnv, chromiumPath } from './chromium';
import { bindDesktop, type HarnessRecord } from './desktop-binding';
import { startHarnessServer } from './harness-server';

const rendererDir = join(import.meta.dirname, '..', '..', 'out', 'renderer');

export interface HarnessApp {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly record: HarnessRecord;
  /** The temp folder standing in for Electron's userData (settings, saved files). */
  readonly userDataDir: string;
  /** The browser profile (IndexedDB): the kill test finds this browser's processes by it. */
  readonly profileDir: string;
  readonly origin: string;
  /**
   * Closes the browser and opens it again on the same profile and user data, as after a laptop restart.
   * `hapusProfil` deletes the browser profile (IndexedDB) in between, as a wiped or recreated profile would.
   */
  restart(opts?: { hapusProfil?: boolean }): Promise<void>;
}

/**
 * One app as an officer's laptop: its own browser profile (IndexedDB), its own user-data folder (settings, device
 * id, saved files), on the shared harness server. `dispose` closes it and deletes both folders.
 */
async function launchApp(origin: string): Promise<{ app: HarnessApp; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'koplindung-e2e-'));
  const userDataDir = join(dir, 'user-data');
  const profileDir = join(dir, 'profile');
  const open = async () => {
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      env: chromiumEnv,
      viewport: { width: 1366, height: 768 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
    const record = await bindDesktop(context, { userDataDir, origin });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${origin}/index.html`);
    return { context, page, record };
  };
  let current = await open();
  const app: HarnessApp = {
    get page() {
      return current.page;
    },
    get context() {
      return current.context;
    },
    get record() {
      return current.record;
    },
    userDataDir,
    profileDir,
    origin,
    restart: async (opts) => {
      // After a kill the browser is gone: closing what is left must not fail the restart.
      await current.context.close().catch(() => undefined);
      if (opts?.hapusProfil) await rm(profileDir, { recursive: true, force: true });
      current = await open();
    },
  };
  const dispose = async () => {
    await current.context.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  return { app, dispose };
}

/**
 * Each test gets its own browser profile (IndexedDB) and user-data folder (settings), so tests never share data;
 * `restart()` proves what survives a browser restart. A test about several laptops (data exchange) asks for
 * `openApp` instead and calls it once per laptop: each call is another independent app on the same server, and
 * all of them are closed and deleted when the test ends.
 */
export const test = base.extend<{ app: HarnessApp; openApp: () => Promise<HarnessApp> }, { server: { origin: string } }>({
  server: [
    // Playwright reads a fixture's dependencies from this destructuring; this one needs none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      assertChromium();
      const server = await startHarnessServer(rendererDir);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ server }, use) => {
    const { app, dispose } = await launchApp(server.origin);
    await use(app);
    await dispose();
  },
  openApp: async ({ server }, use) => {
    const opened: (() => Promise<void>)[] = [];
    await use(async () => {
      const { app, dispose } = await launchApp(server.origin);
      opened.push(dispose);
      return app;
    });
    for (const dispose of opened) await dispose();
  },
});

export { expect } from '@playwright/test';

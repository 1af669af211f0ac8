import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { ipcChannels } from '../../shared/ipc/channels';
import { contentSecurityPolicy } from '../../shared/security/csp';

/**
 * What only the real Electron shell can show: the built app (out/main/index.js) opens its window from app://, the
 * preload exposes exactly the facade, the page has no Node, and navigation away is refused. Runs wherever an
 * Electron binary is installed; elsewhere every test is skipped with the reason.
 */
const root = join(import.meta.dirname, '..', '..');
const binary = findElectronBinary();
const skipReason = `Electron smoke tests skipped: ${binary.missing ?? ''}`;

// The runner loads this file before its workers do; log from the runner only, so the reason prints once.
if (binary.missing !== undefined && process.env.TEST_WORKER_INDEX === undefined) console.log(skipReason);

type DesktopShape = Record<string, Record<string, unknown>>;

test.describe('KopLindung in Electron', () => {
  test.skip(binary.path === undefined, skipReason);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let userDataDir: string;

  test.beforeAll(async () => {
    if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
      throw new Error('out/main/index.js is missing: run `npm run build` before the Electron smoke tests.');
    }
    // A throwaway user-data folder, so the tests never touch a real office's settings or IndexedDB.
    userDataDir = mkdtempSync(join(tmpdir(), 'koplindung-electron-'));
    app = await electron.launch({
      executablePath: binary.path,
      // On Linux Playwright adds --no-sandbox itself: these tests cannot prove the OS sandbox, only what the page sees.
      args: [root, `--user-data-dir=${userDataDir}`],
      timeout: 60_000,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  test('opens one window titled KopLindung, served from app://koplindung', async () => {
    expect(app.windows()).toHaveLength(1);
    await expect(page).toHaveTitle(/KopLindung/);
    expect(page.url()).toMatch(/^app:\/\/koplindung\//);
  });

  test("replaces Electron's default menu with the Indonesian one, without Reload or DevTools", async () => {
    const menu = await app.evaluate(({ Menu }) => {
      const walk = (items: Electron.MenuItem[]): Array<{ label: string; role: string }> =>
        items.flatMap((item) => [{ label: item.label, role: String(item.role ?? '') }, ...walk(item.submenu?.items ?? [])]);
      return walk(Menu.getApplicationMenu()?.items ?? []);
    });
    expect(menu.slice(0, 1).map((item) => item.label)).toEqual(['Berkas']);
    const roles = menu.map((item) => item.role.toLowerCase());
    expect(roles).not.toContain('toggledevtools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forcereload');
  });

  test('keeps its data in the user-data folder it was given', async () => {
    const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    expect(userData).toBe(userDataDir);
  });

  test("exposes window.desktop with exactly the contract's namespaces and functions", async () => {
    const shape = await page.evaluate(() => {
      const desktop = (window as unknown as { desktop?: DesktopShape }).desktop;
      if (desktop === undefined) return undefined;
      return Object.fromEntries(
        Object.entries(desktop).map(([ns, methods]) => [ns, Object.fromEntries(Object.entries(methods).map(([name, fn]) => [name, typeof fn]))]),
      );
    });
    const expected = Object.fromEntries(
      Object.entries(ipcChannels).map(([ns, methods]) => [ns, Object.fromEntries(Object.keys(methods).map((name) => [name, 'function']))]),
    );
    expect(shape).toEqual(expected);
  });

  test('answers through the preload and main handlers', async () => {
    const info = await page.evaluate(() =>
      (
        window as unknown as {
          desktop: { app: { getInfo(): Promise<unknown> } };
        }
      ).desktop.app.getInfo(),
    );
    expect(info).toMatchObject({ ok: true, value: { name: 'KopLindung', shell: 'electron' } });
  });

  test('gives the page no Node: require, process and Buffer are undefined', async () => {
    const types = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return [typeof scope.require, typeof scope.process, typeof scope.Buffer, typeof scope.module, typeof scope.global];
    });
    expect(types).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });

  test('sends the shared Content-Security-Policy with the page', async () => {
    const policy = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
    expect(policy).toBe(contentSecurityPolicy);
  });

  test('refuses to navigate to an outside URL', async () => {
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1_000);
    expect(page.url()).toBe(before);
  });

  test('refuses to open a new window', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    await page.waitForTimeout(500);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });
});

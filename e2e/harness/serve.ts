import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { assertChromium, chromiumArgs, chromiumEnv, chromiumPath } from './chromium';
import { bindDesktop } from './desktop-binding';
import { pesanTanpaLayar } from '../../scripts/harness-messages.mjs';
import { HarnessSudahBerjalan, startHarnessServer } from './harness-server';

/**
 * `npm run harness` (and `npm start` where no Electron binary can be had): the real UI with the real main-process
 * handlers, in Debian's Chromium instead of Electron's window. Data stays between runs in `.harness/` (the browser
 * profile holds IndexedDB, `user-data/` holds settings), like an installed app's profile. Pass `--headless` to run
 * without a window (on a machine with no display), e.g. to script it.
 */
const root = join(import.meta.dirname, '..', '..');
const stateDir = join(root, '.harness');
const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && process.platform === 'linux');
const port = Number(process.env.HARNESS_PORT ?? 5183);

assertChromium();
await mkdir(stateDir, { recursive: true });
const server = await startHarnessServer(join(root, 'out', 'renderer'), port).catch((error: unknown) => {
  // A second start: say where the first one is, not Node's EADDRINUSE stack trace.
  if (!(error instanceof HarnessSudahBerjalan)) throw error;
  console.error(error.message);
  process.exit(1);
});
const context = await chromium.launchPersistentContext(join(stateDir, 'profile'), {
  executablePath: chromiumPath,
  headless,
  args: [...chromiumArgs, `--app=${server.origin}/index.html`],
  env: chromiumEnv,
  viewport: null,
  locale: 'id-ID',
  timezoneId: 'Asia/Jakarta',
});
await bindDesktop(context, { userDataDir: join(stateDir, 'user-data'), origin: server.origin });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${server.origin}/index.html`);
if (!process.argv.includes('--headless') && headless) console.log(`${pesanTanpaLayar(server.origin)}\n`);
console.log(`KopLindung (harness) berjalan di ${server.origin}${headless ? ' tanpa jendela (headless)' : ''}. Tutup jendela atau tekan Ctrl+C untuk berhenti.`);
console.log(`KopLindung (harness) is running at ${server.origin}${headless ? ' without a window (headless)' : ''}. Close the window or press Ctrl+C to stop.`);

const stop = async () => {
  await context.close().catch(() => undefined);
  await server.close();
  process.exit(0);
};
context.on('close', () => void stop());
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

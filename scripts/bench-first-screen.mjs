/**
 * The first screen at district size (issue 16 §5), run by scripts/bench.mjs after the bench page has loaded the
 * district under the app's database name (`koplindung`) and kept it. The built app (out/renderer) is served on the
 * bench's origin — IndexedDB belongs to an origin, so the app opens the very database the bench loaded — with the
 * e2e harness's desktop binding (settings, dialogs) on the same browser context. After the first-run setup
 * (untimed), it times:
 *
 * - cold: a fresh tab navigating to the app, until Beranda is interactive;
 * - warm: a reload of that tab, until the same;
 * - cold again: that tab closed, then a fresh one as for cold (is the cold cost paid once, or every launch?);
 *
 * "Interactive": Beranda's heading shown and its six counts read from the database (no "…" left), checked every
 * animation frame in the page and timed by the page's own clock from navigation start (performance.now()). Then it
 * opens each main page from the menu and reads the renderer's JS heap (Runtime.getHeapUsage over the DevTools
 * protocol: the page's main thread) once the page has settled, before and after a forced garbage collection.
 */
/* global document -- berandaInteractive and the "Memuat…" check run in the page. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bindDesktop } from '../e2e/harness/desktop-binding.ts';
import { SetupPageObject } from '../e2e/pages/setup-page.ts';
import { AWALAN_TANDA_MULAI } from '../renderer/app/tandai-mulai.ts';

/** The menu's entries (renderer/i18n/id.ts nav.*), in the order an officer meets them. */
export const MAIN_PAGES = ['Beranda', 'Koperasi', 'Data Perorangan', 'Kepesertaan BPJS', 'Kegiatan', 'Program', 'Pertukaran Data', 'Pengaturan'];

/**
 * Runs in the page every animation frame: Beranda's heading and its counts filled in; the time since navigation.
 * A function, not a string: the app's CSP forbids eval, which a string predicate would need.
 */
function berandaInteractive() {
  const h1 = document.querySelector('main h1');
  const stats = [...document.querySelectorAll('.stats .stat-value')];
  const ready = h1?.textContent?.trim() === 'Beranda' && stats.length === 6 && stats.every((s) => s.textContent && s.textContent !== '…');
  return ready ? performance.now() : false;
}

/**
 * Runs in the page after Beranda is interactive: when each step of start-up was marked (renderer/app/tandai-mulai.ts),
 * by the page's clock from navigation start, so a slow open shows which step took the time. The marks' prefix is
 * passed in: a function run in the page closes over nothing of this module.
 * @param {string} awalan
 */
function langkahMulai(awalan) {
  return Object.fromEntries(
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith(awalan))
      .map((m) => [m.name.slice(awalan.length), Math.round(m.startTime)]),
  );
}

/** @param {Record<string, number>} langkah @param {number} ms */
const urutanLangkah = (langkah, ms) => [...Object.entries(langkah).map(([k, v]) => `${k} ${v}`), `interactive ${ms}`].join(', ');

const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Longer than Chromium's grace period before it closes an origin's IndexedDB store with no connection left. */
const BACKING_STORE_CLOSED_MS = 5000;

/** @param {import('playwright-core').Page} page */
async function untilBeranda(page) {
  const handle = await page.waitForFunction(berandaInteractive, undefined, { polling: 'raf', timeout: 120_000 });
  return Math.round(await handle.jsonValue());
}

/**
 * Closes the app's tab and waits until the origin's IndexedDB store is closed and Chromium idle, as at a launch:
 * Chromium closes the store a few seconds after its last connection, and until then an open meets the store's
 * upkeep (LevelDB work on the bench's deletions when the store falls idle or closes). An app quits with its
 * connection open and never meets that state at launch.
 * @param {import('playwright-core').Page} page
 * @param {() => Promise<unknown>} quiet
 */
async function closeTillStoreClosed(page, quiet) {
  await page.close();
  await settle(BACKING_STORE_CLOSED_MS);
  await quiet();
}

/**
 * A cold open: a fresh tab navigates to the app; the time to an interactive Beranda and the start-up steps.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} origin
 */
async function openCold(context, origin) {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`first screen page error: ${error.message}`));
  await page.goto(`${origin}/index.html`, { waitUntil: 'commit' });
  const ms = await untilBeranda(page);
  return { page, ms, langkah: await page.evaluate(langkahMulai, AWALAN_TANDA_MULAI) };
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} origin the bench's origin, now serving out/renderer
 * @param {{ min: number, max: number }} people the people the bench loaded, and at most how many more an officer's month
 *   (the delta section, which runs before) added: Beranda must show a number between, or the app opened another database
 * @param {() => Promise<unknown>} quiet resolves once this Chromium is nearly idle (scripts/bench-quiet.mjs): the
 *   restore or check-ins before leave LevelDB compacting, which is not the first screen's cost
 * @returns {Promise<{ coldMs: number, warmMs: number, coldAgainMs: number, langkah: Record<'cold' | 'warm' | 'coldAgain', Record<string, number>>, berandaCounts: string[], heap: { page: string, usedMB: number, afterGcMB: number }[] }>}
 */
export async function firstScreenBench(context, origin, people, quiet) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'koplindung-bench-userdata-'));
  try {
    await bindDesktop(context, { userDataDir, origin });
    // First-run setup, untimed: an office opens its district database long after it set the office up. It waits for
    // an idle Chromium too, and as long as the timed opens may: after the backups section (1.4 million records
    // written into and deleted from this origin's LevelDB) a full run once saw no setup screen within 60 s.
    await quiet();
    const setupPage = await context.newPage();
    await setupPage.goto(`${origin}/index.html`);
    const setup = new SetupPageObject(/** @type {never} */ (setupPage));
    await setup.heading().waitFor({ timeout: 120_000 });
    await setup.completeForTangsel();
    await untilBeranda(setupPage);
    // Closed as for cold again: opened right after the setup tab left, within Chromium's grace period, the cold tab
    // waited on the store's upkeep: a full run saw 6.2 s in the first IndexedDB call, then 384 ms cold again.
    await closeTillStoreClosed(setupPage, quiet);

    const { page, ms: coldMs, langkah: langkahCold } = await openCold(context, origin);
    // Koperasi, aktif, BPJS, people, terdaftar, menunggu: the fourth must be the district's people.
    const berandaCounts = await page.locator('.stats .stat-value').allTextContents();
    const shown = Number((berandaCounts[3] ?? '').replace(/\D/g, ''));
    if (!(shown >= people.min && shown <= people.max))
      throw new Error(
        `first screen: Beranda shows ${berandaCounts[3]} people, the bench loaded ${people.min} (up to ${people.max} with the month): the app did not open the district database`,
      );
    await quiet();
    await page.reload({ waitUntil: 'commit' });
    const warmMs = await untilBeranda(page);
    const langkahWarm = await page.evaluate(langkahMulai, AWALAN_TANDA_MULAI);
    // Once more from closed: whether the first cold open paid a one-time cost (LevelDB opening its files again after
    // the bench's big writes and deletes) or pays it every launch. Chromium closes an origin's store a few seconds
    // after its last connection.
    await closeTillStoreClosed(page, quiet);
    const { page: again, ms: coldAgainMs, langkah: langkahColdAgain } = await openCold(context, origin);
    console.info(`bench: first screen: interactive Beranda cold ${coldMs} ms, warm ${warmMs} ms, cold again ${coldAgainMs} ms`);
    console.info(
      `bench: first screen: start-up steps (ms from navigation): cold ${urutanLangkah(langkahCold, coldMs)}; warm ${urutanLangkah(langkahWarm, warmMs)}; cold again ${urutanLangkah(langkahColdAgain, coldAgainMs)}`,
    );

    const cdp = await context.newCDPSession(again);
    const heap = [];
    const nav = again.getByRole('navigation', { name: 'Navigasi utama' });
    for (const name of MAIN_PAGES) {
      await nav.getByRole('link', { name, exact: true }).click();
      await again.locator('h1').first().waitFor();
      // Settled: nothing says "Memuat…" (the pages' loading text) and the network is quiet.
      await again.waitForFunction(() => !document.body.innerText.includes('Memuat…'), undefined, { timeout: 60_000 }).catch(() => undefined);
      await again.waitForLoadState('networkidle');
      await settle(1000);
      const before = await cdp.send('Runtime.getHeapUsage');
      await cdp.send('HeapProfiler.collectGarbage');
      const after = await cdp.send('Runtime.getHeapUsage');
      heap.push({ page: name, usedMB: mb(before.usedSize), afterGcMB: mb(after.usedSize) });
      console.info(`bench: first screen: heap after opening ${name} ${mb(before.usedSize)} MB (${mb(after.usedSize)} MB after GC)`);
    }
    await cdp.detach();
    await again.close();
    return { coldMs, warmMs, coldAgainMs, langkah: { cold: langkahCold, warm: langkahWarm, coldAgain: langkahColdAgain }, berandaCounts, heap };
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
}

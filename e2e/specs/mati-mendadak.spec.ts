import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, test, type HarnessApp } from '../harness/fixtures';
import { killBrowser } from '../harness/kill-browser';
import { CadanganSectionObject } from '../pages/cadangan-pages';
import { ImporExcelObject } from '../pages/impor-excel-pages';
import { KoperasiDetailObject, KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { EksporTabObject, ImporTabObject, PertukaranPageObject } from '../pages/pertukaran-pages';
import { SetupPageObject } from '../pages/setup-page';

/**
 * Kill tests: the harness's browser is killed with SIGKILL (a crash, a power cut: no shutdown runs) at a random
 * moment while it saves cooperatives one by one, applies an imported bundle, applies a spreadsheet import
 * (*Terapkan*), or writes a backup; then it starts again on the same profile. Every write the UI reported as saved
 * must be there, an import (bundle or spreadsheet) is there whole or not at all, and every backup file is whole and
 * readable or absent.
 *
 * `npm test` runs KILL_RUNS runs (default 4, one of each kind); a longer run: `KILL_RUNS=30 npx playwright test
 * e2e/specs/mati-mendadak.spec.ts --project=harness`. KILL_SEED replays a run.
 */
const RUNS = Number(process.env.KILL_RUNS ?? 4);
const SEED = Number(process.env.KILL_SEED ?? Date.now() % 100_000);
const SANDI = 'kata-sandi-uji-2026';
const KIRIMAN = ['Koperasi Kiriman Satu', 'Koperasi Kiriman Dua', 'Koperasi Kiriman Tiga'];

/** A small deterministic PRNG (mulberry32), so a failing run is replayed with its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function tambahKoperasi(page: Page, nama: string) {
  await new KoperasiListObject(page).open();
  await new KoperasiListObject(page).add();
  const form = new KoperasiFormObject(page);
  await form.fillBasics({ nama, jenis: 'Simpan pinjam', kelompok: 'KPRI', kecamatan: 'Setu', nomorBadanHukum: 'AHU-0001248.AH.01.26.TAHUN 2024' });
  await form.save();
  await expect(new KoperasiDetailObject(page).heading(nama)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Koperasi tersimpan.' })).toBeVisible();
}

/** Rows of each spreadsheet: enough that applying them takes a moment the kill can fall into. */
const BARIS_LEMBAR = 150;

/** A spreadsheet of cooperatives for run `run`, each named with a token of its own ("L4x17"), so a search counts them. */
async function lembarKoperasi(dir: string, run: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Koperasi');
  ws.addRow(['No', 'Nama Koperasi', 'Kec.']);
  for (let i = 1; i <= BARIS_LEMBAR; i++) ws.addRow([i, `Koperasi Lembar L${run}x${i}`, 'Setu']);
  const path = join(dir, `koperasi-${run}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

/** How many cooperatives a search for `kata` finds, from the list's own count ("150 koperasi"). */
async function jumlahKoperasi(page: Page, kata: string): Promise<number> {
  const list = new KoperasiListObject(page);
  await list.open();
  await list.search().fill(kata);
  await page.waitForTimeout(300);
  const teks = await page.getByText(/^[\d.]+ koperasi$/).innerText();
  return Number(teks.replace(/\D/g, ''));
}

/** The cooperatives the registry lists whose name starts with `awal`. */
async function namaKoperasi(page: Page, awal: string): Promise<string[]> {
  const list = new KoperasiListObject(page);
  await list.open();
  await list.search().fill(awal);
  await page.waitForTimeout(300);
  return (await list.rows().allInnerTexts()).map((row) => row.split('\n')[0]!.trim()).filter((n) => n.startsWith(awal));
}

/**
 * Every backup file is whole: it has its description (written only after the bundle was decoded and compared in
 * the worker, and read back equal by main), and its bytes are still the ones described. Nothing half-written is
 * left once the app listed the folder.
 */
async function periksaCadangan(app: HarnessApp): Promise<number> {
  const dir = join(app.userDataDir, 'cadangan');
  const names = await readdir(dir).catch(() => [] as string[]);
  let checked = 0;
  for (const name of names) {
    expect(name.endsWith('.tmp'), name).toBe(false);
    if (!name.endsWith('.kopl')) continue;
    expect(names, `${name} has its description`).toContain(`${name}.json`);
    const info = JSON.parse(await readFile(join(dir, `${name}.json`), 'utf8')) as { ukuran: number; sha256: string };
    const bytes = await readFile(join(dir, name));
    expect(bytes.byteLength, name).toBe(info.ukuran);
    expect(createHash('sha256').update(bytes).digest('hex'), name).toBe(info.sha256);
    checked++;
  }
  return checked;
}

test('a browser killed mid-write, mid-import or mid-backup loses nothing it reported as saved', async ({ app, openApp }) => {
  test.setTimeout(60_000 + RUNS * 60_000);
  const random = prng(SEED);
  const counts = { runs: 0, kills: 0, writesChecked: 0, lost: 0, importsWhole: 0, lembarWhole: 0, lembarApplied: 0, backupsChecked: 0 };
  const saved: string[] = [];
  let bundlePath = '';

  await test.step(`prepare (seed ${SEED}): an office, and a bundle from another laptop`, async () => {
    await new SetupPageObject(app.page).completeForTangsel();
    const other = await openApp();
    await new SetupPageObject(other.page).completeForTangsel();
    for (const nama of KIRIMAN) await tambahKoperasi(other.page, nama);
    await new PertukaranPageObject(other.page).openTab('Ekspor');
    bundlePath = await new EksporTabObject(other.page).export({ tujuan: 'Kantor Dinas', jenis: 'semua', sandi: SANDI });
  });

  for (let run = 0; run < RUNS; run++) {
    const kind = (['tulis', 'impor', 'lembar', 'cadangan'] as const)[run % 4]!;
    await test.step(`run ${run + 1}: kill during ${kind}`, async () => {
      // Long enough that some writes, imports and backups finish before the kill and some are cut short. The
      // spreadsheet's delay runs from the press of Terapkan (its backup first, then the rows in one transaction).
      const delay = Math.floor(random() * { tulis: 8000, impor: 6000, lembar: 4000, cadangan: 8000 }[kind]) + (kind === 'tulis' ? 1000 : 0);
      let terapkanDitekan: () => void = () => undefined;
      const mulai = kind === 'lembar' ? new Promise<void>((resolve) => (terapkanDitekan = resolve)) : Promise.resolve();
      let ditekan = false;
      const lembar = kind === 'lembar' ? await lembarKoperasi(app.userDataDir, run + 1) : '';
      const work = (async () => {
        if (kind === 'tulis') {
          for (let i = 0; ; i++) {
            const nama = `Koperasi Uji ${run + 1}-${i + 1}`;
            await tambahKoperasi(app.page, nama);
            saved.push(nama);
          }
        } else if (kind === 'impor') {
          await new PertukaranPageObject(app.page).openTab('Impor');
          await new ImporTabObject(app).importFile(bundlePath, SANDI);
        } else if (kind === 'lembar') {
          const impor = new ImporExcelObject(app);
          await impor.open('Koperasi');
          await impor.pilihBerkas(lembar);
          await expect(impor.pemetaan()).toBeVisible();
          await impor.periksa();
          await expect(impor.saring(new RegExp(`^Baru \\(${BARIS_LEMBAR}\\)`))).toBeVisible({ timeout: 30_000 });
          ditekan = true;
          terapkanDitekan();
          await impor.terapkan();
          await expect(impor.selesai()).toBeVisible({ timeout: 60_000 });
        } else {
          await new CadanganSectionObject(app.page).open();
          await new CadanganSectionObject(app.page).cadangkanSekarang();
        }
      })().catch(() => undefined);
      await Promise.race([mulai, work]);
      await new Promise((resolve) => setTimeout(resolve, delay));
      counts.kills += killBrowser(app.profileDir) > 0 ? 1 : 0;
      await work;
      await app.restart();
      counts.runs++;

      // What the UI called saved is there; the import is whole or absent; backups are whole or absent.
      const found = new Set(await namaKoperasi(app.page, 'Koperasi Uji'));
      for (const nama of saved) {
        counts.writesChecked++;
        if (!found.has(nama)) counts.lost++;
      }
      const kiriman = await namaKoperasi(app.page, 'Koperasi Kiriman');
      expect([0, KIRIMAN.length], `import whole or absent: ${kiriman.join(', ')}`).toContain(kiriman.length);
      if (kind === 'impor') counts.importsWhole++;
      if (kind === 'lembar') {
        expect(ditekan, 'the spreadsheet reached Terapkan before the kill').toBe(true);
        const jumlah = await jumlahKoperasi(app.page, `L${run + 1}x`);
        expect([0, BARIS_LEMBAR], `spreadsheet import whole or absent: ${jumlah} of ${BARIS_LEMBAR} rows`).toContain(jumlah);
        counts.lembarWhole++;
        if (jumlah === BARIS_LEMBAR) counts.lembarApplied++;
      }
      await new CadanganSectionObject(app.page).open();
      counts.backupsChecked += await periksaCadangan(app);
    });
  }

  console.info(
    `kill test (seed ${SEED}): ${counts.runs} runs, ${counts.kills} kills, ${counts.writesChecked} writes checked, ${counts.lost} lost; ${counts.importsWhole} imports whole or absent; ${counts.lembarWhole} spreadsheet imports whole or absent (${counts.lembarApplied} applied); ${counts.backupsChecked} backup files checked`,
  );
  expect(counts.lost).toBe(0);
  expect(counts.kills).toBe(RUNS);
});

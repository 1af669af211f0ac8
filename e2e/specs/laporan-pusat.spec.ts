import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import { zipEntries } from '../harness/zip-entries';
import { AnggotaDetailObject, AnggotaFormObject, AnggotaListObject } from '../pages/anggota-pages';
import { KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { LaporanPusatSectionObject } from '../pages/laporan-pusat-section';
import { SetupPageObject } from '../pages/setup-page';

const KOPERASI = 'Koperasi Karyawan Sejahtera Pamulang';
const KOPERASI_RUMUS = '=HYPERLINK("http://contoh.invalid","klik")';
const SITI = { nik: '3674064509950003', nama: 'Siti Rahmawati' };

/** A workbook as a test reads it: ExcelJS's reader (not the streaming writer main wrote it with), and its raw parts. */
async function bacaWorkbook(file: string) {
  const bytes = await readFile(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const rows = (sheet: string) => {
    const out: unknown[][] = [];
    workbook.getWorksheet(sheet)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
    return out;
  };
  return { workbook, rows, parts: zipEntries(bytes) };
}

async function addKoperasi(page: Page, nama: string) {
  const list = new KoperasiListObject(page);
  const form = new KoperasiFormObject(page);
  await list.open();
  await list.add();
  await form.fillBasics({ nama, kecamatan: 'Pamulang' });
  await form.save();
  await expect(page.getByRole('heading', { level: 1, name: nama })).toBeVisible();
}

test('the central office workbook: six sheets, NIKs masked, formulas neutralised; full NIKs only after a confirmation', async ({ app }) => {
  const { page } = app;
  await test.step('two cooperatives, and Siti employed and enrolled', async () => {
    await new SetupPageObject(page).completeForTangsel();
    await addKoperasi(page, KOPERASI);
    await addKoperasi(page, KOPERASI_RUMUS);

    const list = new AnggotaListObject(page);
    const form = new AnggotaFormObject(page);
    const detail = new AnggotaDetailObject(page);
    await list.open();
    await list.add();
    await form.nik().fill(SITI.nik);
    await form.field('Nama lengkap').fill(SITI.nama);
    await form.save();
    await expect(detail.heading(SITI.nama)).toBeVisible();
    await detail.addRole({ koperasi: KOPERASI, peran: 'Karyawan', jabatan: 'Kasir', mulai: '2024-01-02' });
    await detail.enrollments().getByRole('link', { name: 'Daftarkan ke BPJS Ketenagakerjaan' }).click();
    await page.getByLabel('Upah per bulan (Rp)').fill('3000000');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Kepesertaan tersimpan.')).toBeVisible();
  });

  const laporan = new LaporanPusatSectionObject(page);
  await test.step('masked by default: six sheets, formulas neutralised', async () => {
    await laporan.open();
    await expect(page.getByText('Hanya yang diperlukan kantor pusat yang ditulis', { exact: false })).toBeVisible();
    await expect(laporan.nikLengkap()).not.toBeChecked();

    // Masked by default; saved where the dialog answered (the harness: userData/saved/<suggested name>).
    const masked = await laporan.make();
    const suggested = app.record.dialogRequests.at(-1)!.suggestedName;
    expect(suggested).toMatch(/^laporan-pusat-kota-tangerang-selatan-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(masked).toBe(join(app.userDataDir, 'saved', suggested));
    await expect(page.getByText('Pengiriman ini tercatat di riwayat ekspor dengan nomor 1.')).toBeVisible();
    await expect(page.getByText('Berisi 2 koperasi, 1 kepesertaan, 0 kegiatan, dan 0 baris kehadiran.')).toBeVisible();

    const first = await bacaWorkbook(masked);
    expect(first.workbook.worksheets.map((w) => w.name)).toEqual(['Koperasi', 'Peserta', 'Kegiatan', 'Kehadiran', 'Capaian', 'Target']);
    const peserta = first.rows('Peserta');
    expect(peserta[0]!.slice(0, 3)).toEqual(['No', 'NIK', 'Nama']);
    expect(peserta[1]!.slice(0, 3)).toEqual([1, '3674********0003', SITI.nama]);
    expect(peserta[1]![10]).toBe(3_000_000);
    expect(first.rows('Koperasi').map((r) => r[1])).toContain(`'${KOPERASI_RUMUS}`);
    const capaian = first.rows('Capaian');
    expect(capaian.find((r) => r[0] === 'Dibuat oleh')?.[1]).toBe('Siti Nurhaliza');
    expect(capaian.find((r) => r[0] === 'Wilayah')?.[1]).toBe('Kota Tangerang Selatan (36.74)');
    const sheetsXml = [...first.parts].filter(([name]) => name.startsWith('xl/worksheets/sheet')).map(([, xml]) => xml.toString('utf8'));
    expect(sheetsXml).toHaveLength(6);
    for (const xml of sheetsXml) expect(xml).not.toMatch(/<f[\s>/]/);
    expect([...first.parts.values()].map((b) => b.toString('utf8')).join('')).not.toContain('3674064509950003');
  });

  await test.step('the full-NIK choice asks first; Escape or Batal keeps NIKs masked', async () => {
    // The full-NIK choice: a warning first; Escape or "Batal" leaves the NIKs masked, focus back on the checkbox.
    await laporan.nikLengkap().focus();
    await page.keyboard.press('Space');
    await expect(laporan.warning()).toBeVisible();
    await expect(laporan.warning()).toContainText('UU 27/2022');
    await expect(laporan.warning().getByRole('button', { name: 'Batal, tetap samarkan' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(laporan.warning()).toBeHidden();
    await expect(laporan.nikLengkap()).not.toBeChecked();
    await expect(laporan.nikLengkap()).toBeFocused();
  });

  await test.step('a cancelled save writes and logs nothing', async () => {
    // A cancelled save writes and logs nothing.
    app.record.dialogAnswers.push(undefined);
    await laporan.submit().click();
    await expect(page.getByText('Penyimpanan dibatalkan. Laporan tidak disimpan dan tidak dicatat.')).toBeVisible();
  });

  await test.step('full NIKs after the confirmation', async () => {
    await laporan.chooseFullNik();
    await expect(laporan.nikLengkap()).toBeChecked();
    await expect(page.getByText('NIK lengkap akan ditulis di buku kerja ini.', { exact: false })).toBeVisible();
    const fullPath = join(app.userDataDir, 'saved', 'laporan-lengkap.xlsx');
    app.record.dialogAnswers.push(fullPath);
    expect(await laporan.make()).toBe(fullPath);
    await expect(page.getByText('Pengiriman ini tercatat di riwayat ekspor dengan nomor 2.')).toBeVisible();
    const full = await bacaWorkbook(fullPath);
    expect(full.rows('Peserta')[1]!.slice(0, 3)).toEqual([1, SITI.nik, SITI.nama]);
    expect(full.rows('Capaian').find((r) => r[0] === 'NIK')?.[1]).toMatch(/^LENGKAP/);
    // Main wrote each workbook through a temporary file it renamed: nothing half-written is left beside them.
    expect((await readdir(join(app.userDataDir, 'saved'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    // The page knows a workbook only by the id main gave it: any other id, or a path, is refused as data.
    const refused = await page.evaluate(async () => ({
      unknownId: await window.desktop!.files.appendRows({ id: '3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b', sheet: 0, rows: [['x']] }),
      path: await window.desktop!.files.finishWorkbook({ id: '3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b', filePath: '/tmp/x.xlsx' } as never),
      formula: await window.desktop!.files.appendRows({ id: '3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b', sheet: 0, rows: [[{ formula: 'A1' }]] as never }),
    }));
    expect(refused).toEqual({
      unknownId: { ok: false, error: expect.objectContaining({ code: 'not-allowed' }) },
      path: { ok: false, error: expect.objectContaining({ code: 'invalid-argument' }) },
      formula: { ok: false, error: expect.objectContaining({ code: 'invalid-argument' }) },
    });
  });
});

test('binary files cross the IPC contract unchanged: saveBytes, and openFile with a size limit', async ({ app }) => {
  const { page } = app;
  const bytes = Array.from({ length: 70_000 }, (_, i) => (i * 31 + (i >> 8)) % 256);
  const saved = await page.evaluate(async (values) => {
    const result = await window.desktop!.files.saveBytes({ kind: 'bundle', suggestedName: 'contoh', bytes: Uint8Array.from(values) });
    return result.ok && result.value.saved ? result.value.filePath : null;
  }, bytes);
  expect(saved).toBe(join(app.userDataDir, 'saved', 'contoh.kopl'));
  expect([...(await readFile(saved!))]).toEqual(bytes);

  const open = (maxBytes: number) =>
    page.evaluate(async (max) => {
      const result = await window.desktop!.files.openFile({ kind: 'bundle', maxBytes: max });
      if (!result.ok) return { error: result.error.code };
      if (!result.value.opened) return { opened: false };
      const { fileName, size, bytes: got } = result.value;
      return { fileName, size, isUint8Array: got instanceof Uint8Array, values: [...got] };
    }, maxBytes);

  app.record.openAnswers.push(saved!);
  expect(await open(1024 * 1024)).toEqual({ fileName: 'contoh.kopl', size: bytes.length, isUint8Array: true, values: bytes });
  expect(app.record.openRequests).toEqual([{ extensions: ['kopl'] }]);

  const besar = join(app.userDataDir, 'besar.kopl');
  await writeFile(besar, new Uint8Array(2048));
  app.record.openAnswers.push(besar);
  expect(await open(1024)).toEqual({ error: 'too-large' });

  expect(await open(1024)).toEqual({ opened: false });
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { read, utils, write } from '@e965/xlsx';
import { docsPath } from '../harness/docs-path';
import { expect, test } from '../harness/fixtures';
import { AnggotaDetailObject, AnggotaListObject } from '../pages/anggota-pages';
import { CadanganSectionObject } from '../pages/cadangan-pages';
import { ImporExcelObject } from '../pages/impor-excel-pages';
import { KoperasiDetailObject, KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { PertukaranPageObject } from '../pages/pertukaran-pages';
import { SetupPageObject } from '../pages/setup-page';
import { dismissToasts } from '../pages/toasts';

const KOPERASI = 'Koperasi Simpan Pinjam Sejahtera Bersama';

/**
 * The cooperatives the way an office keeps them: a title row and a date line above a two-level header (a merged
 * "Alamat" over "Kec." and "Desa/Kel."), a 15-digit NPWP, a Nomor Induk Koperasi shorter than 16 digits, and a
 * formula (members = men + women) whose cached result is what counts.
 */
async function workbookKoperasi(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Koperasi');
  ws.addRow(['DAFTAR KOPERASI KOTA TANGERANG SELATAN']);
  ws.mergeCells('A1:H1');
  ws.addRow(['Keadaan per 1 Juni 2025']);
  ws.addRow([]);
  ws.addRow(['No', 'Nama Koperasi', 'No. BH', 'NIK Koperasi', 'NPWP', 'Alamat', null, 'Anggota L', 'Anggota P', 'Jumlah']);
  ws.addRow([null, null, null, null, null, 'Kec.', 'Desa/Kel.']);
  for (const c of ['A', 'B', 'C', 'D', 'E', 'H', 'I', 'J']) ws.mergeCells(`${c}4:${c}5`);
  ws.mergeCells('F4:G4');
  ws.addRow([
    1,
    KOPERASI,
    '518/12/BH/XIV/2001',
    '3674010020001',
    '01.234.567.8-901.000',
    'Kec. Serpong',
    'Ds. Ciater',
    40,
    35,
    { formula: 'H6+I6', result: 75 },
  ]);
  ws.addRow([2, 'KUD Mina Lestari', 'AHU-0001248.AH.01.26.TAHUN 2019', '', '', 'SERPONG UTARA', 'Pakulonan', 12, 8, { formula: 'H7+I7', result: 20 }]);
  ws.addRow([3, 'Kopwan Melati', '', '', '', 'Kec. Antah Berantah', '', 'dua puluh', 5, null]);
  const path = join(dir, 'daftar-koperasi.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

/**
 * The boards and members: NIKs as text, one NIK that Excel turned into a number (its last digit lost), text dates,
 * phones without their 0, and the same member twice (once without a NIK, as a walk-in list would have her).
 * Saved as .xlsx and as an older .xls copy, as offices pass them around.
 */
async function workbookOrang(dir: string): Promise<{ xlsx: string; xls: string }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pengurus dan Anggota');
  ws.addRow(['DATA PENGURUS DAN ANGGOTA']);
  ws.mergeCells('A1:H1');
  ws.addRow(['No', 'Nama Lengkap', 'No KTP', 'Tgl Lahir', 'L/P', 'Jabatan', 'No HP/WA', 'Nama Koperasi']);
  ws.addRow([1, 'Siti Rahmawati', '3674064509950003', '05-09-1995', 'P', 'Bendahara', 81234567890, KOPERASI]);
  ws.addRow([2, 'Ahmad Fauzi', 3674011203900000, '12 Maret 1990', 'Laki-laki', 'Ketua', '+62 813 2222 3333', KOPERASI]);
  ws.addRow([3, 'Rina Marlina', '3674014403880004', '4/3/88', 'P', 'Anggota', '0812 5555 6666', KOPERASI]);
  ws.addRow([4, 'RINA MARLINA', '', '4/3/88', 'P', 'Anggota', '0812 5555 6666', KOPERASI]);
  ws.addRow([5, 'Joko Susilo', '3674010101800005', '1 Jan 1980', 'L', 'Manajer', '', 'Koperasi Tidak Ada']);
  const xlsx = join(dir, 'pengurus.xlsx');
  await wb.xlsx.writeFile(xlsx);
  const copy = read(await readFile(xlsx));
  const xls = join(dir, 'pengurus-lama.xls');
  await writeFile(xls, write(copy, { type: 'buffer', bookType: 'biff8' }) as Buffer);
  return { xlsx, xls };
}

async function workbookKpj(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Peserta');
  ws.addRow(['NIK', 'Nama Tenaga Kerja', 'No KPJ', 'Tgl Kepesertaan']);
  ws.addRow(['3674064509950003', 'Siti Rahmawati', '25012345678', '01/12/2026']);
  const path = join(dir, 'kpj-cabang.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

/**
 * One sheet per cooperative, as many offices keep their boards: the sheet's name is the cooperative (cut at
 * Excel's 31 characters for a long name), the title rows differ from sheet to sheet, the columns do not; a recap
 * sheet with other columns is not offered.
 */
async function workbookPerKoperasi(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet(KOPERASI.slice(0, 31));
  a.addRow(['PENGURUS']);
  a.addRow(['Nama Lengkap', 'NIK', 'Jabatan', 'No HP']);
  a.addRow(['Dedi Kurniawan', '3674010708850006', 'Sekretaris', '081377778888']);
  const b = wb.addWorksheet('KUD Mina Lestari');
  b.addRow(['PENGURUS KUD MINA LESTARI']);
  b.addRow(['Periode 2024-2028']);
  b.addRow(['Nama Lengkap', 'NIK', 'Jabatan', 'No HP']);
  b.addRow(['Siti Rahmawati', '3674064509950003', 'Pengawas', '']);
  b.addRow(['Yuni Astuti', '36740153', 'Bendahara', '']);
  const rekap = wb.addWorksheet('Rekap');
  rekap.addRow(['Koperasi', 'Jumlah pengurus']);
  rekap.addRow([KOPERASI, 1]);
  const path = join(dir, 'pengurus-per-koperasi.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

test('an office imports its spreadsheets, fixes what the row report names, registers the KPJ list and fuses a duplicate', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  const dir = await mkdtemp(join(tmpdir(), 'koplindung-impor-'));
  const impor = new ImporExcelObject(app);
  try {
    await test.step('set up the office', async () => {
      await new SetupPageObject(page).completeForTangsel();
      await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
    });

    await test.step('cooperatives: header found under the titles, mapping suggested, preview with reasons', async () => {
      await impor.open('Koperasi');
      await impor.pilihBerkas(await workbookKoperasi(dir));
      await expect(impor.pemetaan()).toBeVisible();
      await expect(page.getByLabel('Baris judul kolom')).toHaveValue('5');
      await expect(impor.isiKe('Nama Koperasi')).toHaveValue('nama');
      await expect(impor.isiKe('No. BH')).toHaveValue('nomorBadanHukum');
      await expect(impor.isiKe('Kec.')).toHaveValue('kecamatan');
      await expect(impor.isiKe('Desa/Kel.')).toHaveValue('kelurahan');
      await expect(impor.isiKe('Jumlah')).toHaveValue('');
      await dismissToasts(page);
      await impor.pemetaan().screenshot({ path: docsPath('screenshots', 'impor-excel-pemetaan.png') });
      await impor.periksa();
      await expect(impor.saring(/^Baru \(2\)/)).toBeVisible();
      await expect(impor.saring(/^Galat \(1\)/)).toBeVisible();
      // The preview opens on the rows in error, the reason beside the column at fault.
      await expect(impor.baris(8)).toContainText('Anggota L: Jumlah “dua puluh” harus bilangan bulat.');
      await impor.saring(/^Semua/).click();
      await expect(impor.baris(6)).toContainText('NIK Koperasi: Nomor Induk Koperasi “3674010020001” tidak 16 angka.');
      await expect(impor.baris(6)).toContainText('NPWP 15 angka ditulis menjadi 16 angka dengan 0 di depan: 0012345678901000.');
      await expect(impor.baris(6)).toContainText('“Kec. Serpong” dicocokkan dengan Serpong (36.74.01).');
      await impor.pratinjau().screenshot({ path: docsPath('screenshots', 'impor-excel-pratinjau.png') });
      await impor.terapkan();
      await expect(impor.selesai()).toContainText('2 data ditulis (2 baru, 0 diperbarui, 0 sama, 1 galat)');
      const list = new KoperasiListObject(page);
      await list.open();
      await expect(page.getByRole('link', { name: KOPERASI })).toBeVisible();
      await expect(page.getByRole('link', { name: 'KUD Mina Lestari' })).toBeVisible();
      // Terapkan backed up first: the state just before the import can be restored.
      const cadangan = new CadanganSectionObject(page);
      await cadangan.open();
      await expect(cadangan.rows().filter({ hasText: 'Sebelum impor' })).toHaveCount(1);
    });

    await test.step('the same file again changes nothing', async () => {
      await impor.open('Koperasi');
      await impor.pilihBerkas(join(dir, 'daftar-koperasi.xlsx'));
      await impor.periksa();
      await expect(impor.saring(/^Sama \(2\)/)).toBeVisible();
      await expect(page.getByText('Tidak ada yang perlu ditulis')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Terapkan' })).toBeDisabled();
    });

    const { xlsx, xls } = await workbookOrang(dir);
    await test.step('people from the .xls copy: a NIK stored as a number is refused with how to fix it', async () => {
      await impor.open('Data perorangan dan perannya di koperasi');
      await impor.pilihBerkas(xls);
      await expect(impor.isiKe('No KTP')).toHaveValue('nik');
      await expect(impor.isiKe('No HP/WA')).toHaveValue('telepon');
      await impor.periksa();
      await expect(impor.saring(/^Baru \(3\)/)).toBeVisible();
      await expect(impor.saring(/^Galat \(2\)/)).toBeVisible();
      await expect(impor.baris(4)).toContainText('NIK tersimpan sebagai angka (3.67401E+15)');
      await expect(impor.baris(4)).toContainText('Format Cells → Text');
      await expect(impor.baris(7)).toContainText('Koperasi “Koperasi Tidak Ada” belum tercatat.');
      await impor.saring(/^Semua/).click();
      await expect(impor.baris(3)).toContainText('Nomor telepon “81234567890” ditulis menjadi 081234567890.');
      await impor.terapkan();
      await expect(impor.selesai()).toBeVisible();
    });

    await test.step('the row report: the original columns with status and reason', async () => {
      await impor.unduhLaporan();
      await expect(page.getByText('Laporan baris disimpan.')).toBeVisible();
      const report = read(await readFile(join(app.userDataDir, 'saved', 'pengurus-lama-laporan-impor.xlsx')));
      const rows = utils.sheet_to_json<string[]>(report.Sheets[report.SheetNames[0]!]!, { header: 1, defval: '' });
      expect(rows[1]!.slice(-2)).toEqual(['Status impor', 'Keterangan']);
      expect(rows[3]![1]).toBe('Ahmad Fauzi');
      expect(rows[3]!.at(-2)).toBe('Galat');
      expect(rows[3]!.at(-1)).toContain('No KTP: NIK tersimpan sebagai angka');
      expect(rows[2]!.at(-2)).toBe('Baru');
    });

    await test.step('the .xlsx of the same list changes nothing more', async () => {
      await impor.open('Data perorangan dan perannya di koperasi');
      await impor.pilihBerkas(xlsx);
      await impor.periksa();
      await expect(impor.saring(/^Sama \(3\)/)).toBeVisible();
      await expect(impor.saring(/^Baru \(0\)/)).toBeVisible();
    });

    await test.step('an enrollment is submitted; the branch KPJ list makes it terdaftar', async () => {
      const list = new AnggotaListObject(page);
      await list.open();
      await list.search().fill('siti');
      await list.rows().filter({ hasText: 'Siti Rahmawati' }).getByRole('link').click();
      const detail = new AnggotaDetailObject(page);
      await expect(detail.roles()).toContainText('Pengurus · Bendahara');
      await detail.enrollments().getByRole('link', { name: 'Daftarkan ke BPJS Ketenagakerjaan' }).click();
      await page.getByLabel('Upah per bulan (Rp)').fill('3000000');
      await page.getByLabel('Peserta sudah membaca dan menyetujui pernyataan ini').check();
      await page.getByRole('button', { name: 'Simpan' }).click();
      await expect(detail.heading('Siti Rahmawati')).toBeVisible();
      await detail.step('Tandai formulir dicetak');
      await detail.step('Tandai sudah diajukan');
      await expect(detail.enrollments()).toContainText('Diajukan');

      await impor.open('Hasil pendaftaran dari BPJS (nomor KPJ)');
      await impor.pilihBerkas(await workbookKpj(dir));
      await expect(impor.isiKe('No KPJ')).toHaveValue('kpj');
      await impor.periksa();
      await expect(impor.saring(/^Diperbarui \(1\)/)).toBeVisible();
      await impor.terapkan();
      await expect(impor.selesai()).toBeVisible();
      await list.open();
      await list.search().fill('siti');
      await list.rows().filter({ hasText: 'Siti Rahmawati' }).getByRole('link').click();
      await expect(detail.enrollments()).toContainText('Terdaftar');
      await expect(detail.enrollments()).toContainText('25012345678');
    });

    await test.step('Kemungkinan duplikat: the member without NIK is fused into the one with', async () => {
      const list = new AnggotaListObject(page);
      await list.open();
      await page.getByRole('link', { name: 'Kemungkinan duplikat' }).click();
      const pasangan = page.locator('.duplikat-list > li');
      await expect(pasangan).toHaveCount(1);
      await expect(pasangan).toContainText('tanggal lahir sama; nomor HP sama; di koperasi yang sama');
      await pasangan.getByRole('button', { name: 'Gabungkan' }).click();
      await expect(page.getByText('Tidak ada kemungkinan duplikat.')).toBeVisible();
      await list.open();
      await list.search().fill('rina');
      await expect(list.rows()).toHaveCount(1);
    });

    await test.step('one sheet per cooperative: every sheet in one preview, one Terapkan, each row naming its sheet', async () => {
      await impor.open('Data perorangan dan perannya di koperasi');
      await impor.pilihBerkas(await workbookPerKoperasi(dir));
      const lembar = impor.lembarDiimpor();
      await expect(lembar.getByRole('checkbox')).toHaveCount(2);
      await lembar.getByRole('button', { name: 'Pilih semua lembar (2)' }).click();
      await expect(lembar.getByRole('checkbox', { name: /^KUD Mina Lestari/ })).toBeChecked();
      await impor.periksa();
      await expect(impor.saring(/^Baru \(1\)/)).toBeVisible();
      await expect(impor.saring(/^Galat \(1\)/)).toBeVisible();
      await expect(impor.barisLembar('KUD Mina Lestari', 5)).toContainText('NIK');
      await impor.saring(/^Semua/).click();
      await expect(impor.barisLembar('KUD Mina Lestari', 4)).toContainText('Diperbarui');
      await expect(impor.barisLembar(KOPERASI.slice(0, 31), 3)).toContainText('Dedi Kurniawan');
      await impor.terapkan();
      await expect(impor.selesai()).toContainText('(1 baru, 1 diperbarui, 0 sama, 1 galat)');
      await dismissToasts(page);
      await impor.unduhLaporan();
      await expect(page.getByText('Laporan baris disimpan.')).toBeVisible();
      const report = read(await readFile(join(app.userDataDir, 'saved', 'pengurus-per-koperasi-laporan-impor.xlsx')));
      expect(report.SheetNames).toEqual([KOPERASI.slice(0, 31), 'KUD Mina Lestari']);
    });

    await test.step('Riwayat lists the spreadsheet imports beside the bundles: file, sheets, counts, officer', async () => {
      await new PertukaranPageObject(page).openTab('Riwayat');
      const rows = page.getByRole('table', { name: 'Berkas yang diimpor ke laptop ini' }).locator('tbody tr');
      await expect(rows).toHaveCount(4);
      await expect(rows.first()).toContainText('pengurus-per-koperasi.xlsx');
      await expect(rows.first()).toContainText('lembar Koperasi Simpan Pinjam Sejahter, KUD Mina Lestari');
      await expect(rows.first()).toContainText('1 baru, 1 diperbarui, 0 sama, 1 galat; 3 data ditulis');
      await expect(rows.filter({ hasText: 'daftar-koperasi.xlsx' })).toContainText('Koperasi');
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/**
 * A cooperative list of 90,000 rows (under the 100,000-row limit) as a CSV (semicolon, as an Indonesian Excel saves it): big enough that checking
 * it takes a while, so Batal can be pressed while the worker is still at it.
 */
async function csvBesar(dir: string): Promise<string> {
  const baris = ['Nama Koperasi;No. BH;Kec.'];
  for (let i = 1; i <= 90_000; i++) baris.push(`Koperasi Uji ${i};${i}/BH/XIV/2001;Serpong`);
  const path = join(dir, 'koperasi-besar.csv');
  await writeFile(path, baris.join('\r\n'));
  return path;
}

test('a record changed in another window after the preview: nothing written, the file checked again; Batal writes nothing', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const dir = await mkdtemp(join(tmpdir(), 'koplindung-impor-'));
  const impor = new ImporExcelObject(app);
  const list = new KoperasiListObject(page);
  try {
    await test.step('the office has two cooperatives from its list', async () => {
      await new SetupPageObject(page).completeForTangsel();
      await impor.open('Koperasi');
      await impor.pilihBerkas(await workbookKoperasi(dir));
      await impor.periksa();
      await impor.terapkan();
      await expect(impor.selesai()).toBeVisible();
    });

    await test.step('a file that adds an NPWP is previewed; another window records the same NPWP first', async () => {
      const csv = join(dir, 'npwp.csv');
      await writeFile(csv, 'Nama Koperasi;No. BH;NPWP\r\nKUD Mina Lestari;AHU-0001248.AH.01.26.TAHUN 2019;02.345.678.9-012.000\r\n');
      await impor.open('Koperasi');
      await impor.pilihBerkas(csv);
      await impor.periksa();
      await expect(impor.saring(/^Diperbarui \(1\)/)).toBeVisible();

      const other = await app.context.newPage();
      await other.goto(`${app.origin}/index.html#/koperasi`);
      const otherList = new KoperasiListObject(other);
      await otherList.search().fill('Mina');
      await otherList.row('KUD Mina Lestari').getByRole('link').click();
      await new KoperasiDetailObject(other).edit();
      const form = new KoperasiFormObject(other);
      await form.field('NPWP').fill('0023456789012000');
      await form.save();
      await expect(new KoperasiDetailObject(other).heading('KUD Mina Lestari')).toBeVisible();
      await other.close();
    });

    await test.step('Terapkan writes nothing, says why, and the new preview names the row whose outcome changed', async () => {
      await impor.terapkan();
      await expect(impor.galat()).toContainText('Data tercatat berubah sejak pratinjau dibuat (1 koperasi)');
      await expect(impor.galat()).toContainText('Tidak ada data yang ditulis.');
      await expect(page.getByText('Pratinjau baru: 1 baris berubah hasilnya.')).toBeVisible();
      await expect(page.getByText('Baris 2 (KUD Mina Lestari): Diperbarui → Sama')).toBeVisible();
      await expect(impor.saring(/^Sama \(1\)/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Terapkan' })).toBeDisabled();
    });

    await test.step('Batal while a large file is being checked: nothing written, the wizard starts over', async () => {
      await impor.open('Koperasi');
      await impor.pilihBerkas(await csvBesar(dir));
      await expect(impor.pemetaan()).toBeVisible();
      await impor.periksa();
      // Batal beside the progress bar, while the worker is still checking (not the preview's own Batal).
      await expect(impor.progres()).toBeVisible();
      await impor.progres().getByRole('button', { name: 'Batal' }).click();
      await expect(page.getByText('Impor dibatalkan. Tidak ada data yang diubah.')).toBeVisible();
      await expect(impor.pemetaan()).toBeHidden();
      await list.open();
      await expect(list.summary()).toContainText('2 koperasi');
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

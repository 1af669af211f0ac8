import { expect, test } from '../harness/fixtures';
import { pdfInfo, pdfText } from '../harness/pdf-text';
import { AnggotaDetailObject, AnggotaFormObject, AnggotaListObject } from '../pages/anggota-pages';
import { DokumenPreviewObject } from '../pages/dokumen-preview-page';
import { KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { KoperasiKepesertaanTabObject, KoperasiTabsObject } from '../pages/koperasi-tab-pages';
import { SetupPageObject } from '../pages/setup-page';
import { flat } from '../harness/pdf-teks';

const KOPERASI = 'Koperasi Karyawan Sejahtera Setu';
const BADAN_HUKUM = 'AHU-0001248.AH.01.26.TAHUN 2024';
const SITI = { nik: '3674064509950003', nama: 'Siti Rahmawati' };
const AHMAD = { nik: '3674011203900001', nama: 'Ahmad Fauzi' };
const KOP = ['PEMERINTAH KOTA TANGERANG SELATAN', 'DINAS KOPERASI DAN USAHA KECIL MENENGAH', 'Jl. Maruga Raya No. 1, Serua, Ciputat'];

test('a person’s formulir and the cooperative’s daftar kolektif saved as PDF, with the whole NIK, the letterhead, and the forms marked printed', async ({
  app,
}) => {
  const { page } = app;
  const koperasiList = new KoperasiListObject(page);
  const koperasiForm = new KoperasiFormObject(page);
  await test.step('office set up, the cooperative recorded', async () => {
    await new SetupPageObject(page).completeForTangsel();
    await koperasiList.open();
    await koperasiList.add();
    await koperasiForm.fillBasics({ nama: KOPERASI, kecamatan: 'Setu', nomorBadanHukum: BADAN_HUKUM, nomorIndukKoperasi: '3674030120240001' });
    await koperasiForm.field('Alamat').fill('Jl. Raya Setu No. 12');
    await koperasiForm.save();
    await expect(page.getByRole('heading', { level: 1, name: KOPERASI })).toBeVisible();
  });

  const people = new AnggotaListObject(page);
  const form = new AnggotaFormObject(page);
  const person = new AnggotaDetailObject(page);
  const preview = new DokumenPreviewObject(app);

  await test.step('Siti: a complete record, employed, enrolled as PU with consent', async () => {
    // Siti: a complete record, an employee, enrolled as PU with her consent.
    await people.open();
    await people.add();
    await form.nik().fill(SITI.nik);
    await form.field('Nama lengkap').fill(SITI.nama);
    await form.field('Tempat lahir').fill('Tangerang');
    await form.field('Nama ibu kandung').fill('Juleha');
    await form.field('Alamat').fill('Jl. Puspiptek No. 3');
    await form.field('No. HP').fill('0812-3456-7890');
    await form.field('Pekerjaan').fill('Kasir');
    await form.save();
    await expect(person.heading(SITI.nama)).toBeVisible();
    await person.addRole({ koperasi: KOPERASI, peran: 'Karyawan', jabatan: 'Kasir', mulai: '2024-01-02' });
    await expect(person.roles()).toContainText('Karyawan · Kasir');
    await person.enrollments().getByRole('link', { name: 'Daftarkan ke BPJS Ketenagakerjaan' }).click();
    await page.getByLabel('Upah per bulan (Rp)').fill('3000000');
    await page.getByLabel('Tanggal efektif').fill('2026-12-01');
    await page.getByLabel('Peserta sudah membaca dan menyetujui pernyataan ini').check();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Kepesertaan tersimpan.')).toBeVisible();
  });

  await test.step('her formulir saved as PDF, one A4 page', async () => {
    // Her form: opened from her enrollment, saved as PDF, one A4 page.
    await person.enrollments().getByRole('link', { name: 'Cetak formulir' }).click();
    await preview.waitFor();
    await expect(preview.heading()).toHaveText(`Formulir Pendaftaran: ${SITI.nama}`);
    await expect(preview.markPrintedButton()).toHaveCount(0);
    const formulir = await preview.savePdf();
    expect(preview.lastSuggestedName()).toMatch(/^Formulir Pendaftaran - Siti Rahmawati - \d{4}-\d{2}-\d{2}\.pdf$/);
    const formulirText = flat(pdfText(formulir));
    for (const line of KOP) expect(formulirText).toContain(line);
    expect(formulirText).toContain('FORMULIR PENDAFTARAN PESERTA');
    expect(formulirText).toContain(SITI.nama);
    expect(formulirText).toContain(SITI.nik);
    expect(formulirText).toContain('Tangerang, 5 September 1995');
    expect(formulirText).toContain('Rp3.000.000');
    expect(formulirText).toContain('1 Desember 2026');
    expect(formulirText).toContain(KOPERASI);
    expect(formulirText).toContain('☑ JKK');
    expect(formulirText).toContain('☐ JP');
    expect(formulirText).toContain('☐ JKP');
    // As on the branch's F1a: marital status, e-mail, an earlier KPJ and the employee number, to fill in at the table.
    expect(formulirText).toMatch(/Status perkawinan : ☐ Belum kawin ☐ Kawin ☐ Cerai hidup ☐ Cerai mati/);
    expect(formulirText).toContain('Alamat surel :');
    expect(formulirText).toContain('Nomor pegawai :');
    expect(formulirText).toMatch(/Pernah menjadi peserta : ☐ Tidak ☐ Ya, No\. KPJ lama/);
    expect(formulirText).not.toContain('Lokasi tempat bekerja');
    expect(formulirText).toContain('Pernyataan versi P-2026.1');
    expect(formulirText).toContain('Siti Nurhaliza');
    expect(formulirText).not.toMatch(/undefined|NaN|Rp0\b/);
    expect(pdfInfo(formulir)).toEqual({ pages: 1, width: 595, height: 842 });
  });

  await test.step('saved: the form marked printed, the enrollment moves on', async () => {
    // Saved: the preview offers to mark the form printed, and the enrollment moves on.
    await expect(preview.markPrintedButton()).toHaveText('Tandai 1 formulir dicetak');
    await preview.markPrintedButton().click();
    await expect(page.getByText('1 kepesertaan ditandai “Formulir dicetak”.')).toBeVisible();
    await expect(preview.markPrintedButton()).toHaveCount(0);
    await page.getByRole('button', { name: 'Kembali' }).click();
    await expect(person.enrollments()).toContainText('Formulir dicetak');
  });

  await test.step('Ahmad: a bare record, a member, enrolled as BPU without consent', async () => {
    // Ahmad: a bare record (name and NIK), a member, enrolled as BPU without consent yet.
    await people.open();
    await people.add();
    await form.nik().fill(AHMAD.nik);
    await form.field('Nama lengkap').fill(AHMAD.nama);
    await form.save();
    await expect(person.heading(AHMAD.nama)).toBeVisible();
    await person.addRole({ koperasi: KOPERASI, peran: 'Anggota', mulai: '2020-01-01' });
    await expect(person.roles()).toContainText('Anggota');
    await person.enrollments().getByRole('link', { name: 'Daftarkan ke BPJS Ketenagakerjaan' }).click();
    await page.getByLabel('BPU — Bukan Penerima Upah').check();
    await page.getByLabel('Penghasilan per bulan (Rp)').fill('2000000');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Kepesertaan tersimpan.')).toBeVisible();
  });

  await test.step('his formulir: dotted lines for what is empty, not printable without consent', async () => {
    // His form leaves dotted lines where his record is empty, and cannot be marked printed without consent.
    await person.enrollments().getByRole('link', { name: 'Cetak formulir' }).click();
    await preview.waitFor();
    const bare = flat(pdfText(await preview.savePdf()));
    expect(bare).toContain(AHMAD.nik);
    expect(bare).toContain('Penghasilan per bulan');
    // A BPU form: no JP or JKP boxes; the work location and the payment period instead of an employee number.
    expect(bare).toContain('☑ JKK');
    expect(bare).not.toMatch(/☐ JP|☐ JKP/);
    expect(bare).toContain('Lokasi tempat bekerja :');
    expect(bare).toMatch(/Periode pembayaran iuran : ☐ 1 bulan ☐ 3 bulan ☐ 6 bulan ☐ 12 bulan/);
    expect(bare).not.toContain('Nomor pegawai');
    // No birthplace recorded: the date stands after a blank line and a comma, never run together with nothing.
    expect(bare).toMatch(/Tempat\/Tanggal Lahir : , 12 Maret 1990/);
    expect(bare).not.toMatch(/undefined|NaN|Rp0\b/);
    await expect(page.getByText('1 formulir belum dapat ditandai', { exact: false })).toBeVisible();
    await expect(preview.markPrintedButton()).toHaveCount(0);
  });

  await test.step('the cooperative’s daftar kolektif', async () => {
    // The cooperative's daftar kolektif: both (formulir dicetak and draf), landscape, with totals and signatures.
    await koperasiList.open();
    await page.getByRole('link', { name: KOPERASI }).click();
    await new KoperasiTabsObject(page).open('Kepesertaan');
    await expect(new KoperasiKepesertaanTabObject(page).statusCounts()).toBeVisible();
    await page.getByRole('link', { name: 'Cetak daftar kolektif' }).click();
    await preview.waitFor();
    await expect(preview.heading()).toHaveText(`Daftar Kolektif: ${KOPERASI}`);
    const kolektif = await preview.savePdf();
    expect(preview.lastSuggestedName()).toMatch(/^Daftar Kolektif - Koperasi Karyawan Sejahtera Setu - \d{4}-\d{2}-\d{2}\.pdf$/);
    const kolektifText = flat(pdfText(kolektif));
    for (const line of KOP) expect(kolektifText).toContain(line);
    expect(kolektifText).toContain('DAFTAR KOLEKTIF CALON PESERTA BPJS KETENAGAKERJAAN');
    expect(kolektifText).toContain(KOPERASI);
    expect(kolektifText).toContain(BADAN_HUKUM);
    expect(kolektifText).toContain('3674030120240001');
    expect(kolektifText).toContain('Nama Ibu Kandung');
    expect(kolektifText).toMatch(new RegExp(`1 ${AHMAD.nama} ${AHMAD.nik} 12 Maret 1990 L BPU JKK, JKM Rp2.000.000`));
    expect(kolektifText).toMatch(new RegExp(`2 ${SITI.nama} ${SITI.nik} Juleha 5 September 1995 P PU JKK, JKM Rp3.000.000 1 Desember 2026`));
    // No NPP recorded yet: the line is printed to write it on.
    expect(kolektifText).toContain('NPP : No Nama NIK Nama Ibu Kandung');
    expect(kolektifText).toContain('2 orang (PU 1, BPU 1) Rp5.000.000');
    expect(kolektifText).toContain('Ketua Koperasi');
    expect(kolektifText).toContain('Mengetahui,');
    expect(pdfInfo(kolektif)).toEqual({ pages: 1, width: 842, height: 595 });
  });
});

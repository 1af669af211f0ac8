import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../harness/fixtures';
import { DokumenSettingsSectionObject } from '../pages/dokumen-settings-section';
import { SetupPageObject } from '../pages/setup-page';

/** A real 1×1 PNG, made here rather than kept as a fixture file. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

interface StoredDokumen {
  dokumen?: { kopSurat: { logo: string; baris: string[] }; penandatangan: { nama: string; nip: string }; tempatTandaTangan: string };
  petugasAktif?: string;
}
const storedSettings = async (userDataDir: string) => JSON.parse(await readFile(join(userDataDir, 'settings.json'), 'utf8')) as StoredDokumen;

test.beforeEach(async ({ app }) => {
  await new SetupPageObject(app.page).completeForTangsel();
});

test('the office sets its letterhead, emblem and signer, and they survive a restart', async ({ app }) => {
  const dokumen = new DokumenSettingsSectionObject(app.page);
  await dokumen.open();

  // Before anything is saved, the letterhead comes from the office profile.
  await expect(dokumen.baris(1)).toHaveValue('PEMERINTAH KOTA TANGERANG SELATAN');
  await expect(dokumen.baris(2)).toHaveValue('DINAS KOPERASI DAN USAHA KECIL MENENGAH');
  await expect(dokumen.baris(3)).toHaveValue('Jl. Maruga Raya No. 1, Serua, Ciputat');
  await expect(dokumen.field('Tempat penandatanganan')).toHaveValue('Tangerang Selatan');
  await expect(dokumen.field('Jabatan')).toHaveValue('Kepala Dinas Koperasi dan Usaha Kecil Menengah Kota Tangerang Selatan');

  await dokumen.baris(2).fill('DINAS KOPERASI DAN USAHA MIKRO');
  await dokumen.addBaris();
  await dokumen.baris(4).fill('Telepon (021) 7470 1234, Pos-el diskop@tangerangselatankota.go.id');
  await dokumen.uploadLogo({ name: 'lambang-tangsel.png', mimeType: 'image/png', buffer: PNG });
  await expect(dokumen.logo()).toBeVisible();
  await dokumen.field('Nama penandatangan').fill('Drs. H. Ahmad Fauzi, M.Si.');
  await dokumen.field('Jabatan').fill('Kepala Dinas Koperasi dan UKM Kota Tangerang Selatan');
  await dokumen.field('Pangkat/golongan').fill('Pembina Tingkat I (IV/b)');
  await dokumen.field('NIP').fill('19700512 199503 1 002');

  // The preview follows what is typed, as it will print.
  const preview = dokumen.preview();
  await expect(preview.getByText('DINAS KOPERASI DAN USAHA MIKRO', { exact: true })).toBeVisible();
  await expect(preview.getByRole('img', { name: 'Lambang daerah' })).toBeVisible();
  await expect(preview.getByText(/^Tangerang Selatan, \d{1,2} \w+ \d{4}$/)).toBeVisible();
  await expect(preview.getByText('Mengetahui,')).toBeVisible();
  await expect(preview.getByText('Drs. H. Ahmad Fauzi, M.Si.')).toHaveCSS('text-decoration-line', 'underline');
  await expect(preview.getByText('NIP. 197005121995031002')).toBeVisible();

  await dokumen.save();
  await expect(app.page.getByRole('status')).toContainText('Kop surat dan penandatangan tersimpan.');
  const stored = await storedSettings(app.userDataDir);
  expect(stored.dokumen?.kopSurat.baris).toEqual([
    'PEMERINTAH KOTA TANGERANG SELATAN',
    'DINAS KOPERASI DAN USAHA MIKRO',
    'Jl. Maruga Raya No. 1, Serua, Ciputat',
    'Telepon (021) 7470 1234, Pos-el diskop@tangerangselatankota.go.id',
  ]);
  expect(stored.dokumen?.kopSurat.logo).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
  expect(stored.dokumen?.penandatangan.nip).toBe('197005121995031002');

  await app.restart();
  const reopened = new DokumenSettingsSectionObject(app.page);
  await reopened.open();
  await expect(reopened.baris(2)).toHaveValue('DINAS KOPERASI DAN USAHA MIKRO');
  await expect(reopened.baris(4)).toHaveValue('Telepon (021) 7470 1234, Pos-el diskop@tangerangselatankota.go.id');
  await expect(reopened.field('Nama penandatangan')).toHaveValue('Drs. H. Ahmad Fauzi, M.Si.');
  await expect(reopened.field('Pangkat/golongan')).toHaveValue('Pembina Tingkat I (IV/b)');
  await expect(reopened.field('NIP')).toHaveValue('197005121995031002');
  await expect(reopened.logo()).toBeVisible();

  await reopened.removeLogo();
  await reopened.save();
  await expect(app.page.getByRole('status')).toContainText('Kop surat dan penandatangan tersimpan.');
  expect((await storedSettings(app.userDataDir)).dokumen?.kopSurat.logo).toBe('');
});

test('a NIP that is not 18 digits is explained beside the field and nothing is saved', async ({ app }) => {
  const dokumen = new DokumenSettingsSectionObject(app.page);
  await dokumen.open();
  await dokumen.field('NIP').fill('1970 0512 1995');
  await dokumen.save();
  await expect(dokumen.section().getByText('Periksa isian yang ditandai merah.')).toBeVisible();
  await expect(dokumen.errorFor('NIP')).toHaveText('NIP harus 18 angka (spasi boleh).');
  await expect(dokumen.field('NIP')).toHaveAttribute('aria-invalid', 'true');
  await expect(dokumen.field('NIP')).toBeFocused();
  expect((await storedSettings(app.userDataDir)).dokumen).toBeUndefined();
});

test('an emblem that is not a PNG or JPEG, or over 500 KB, is refused in Indonesian', async ({ app }) => {
  const dokumen = new DokumenSettingsSectionObject(app.page);
  await dokumen.open();
  await dokumen.uploadLogo({ name: 'lambang.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1') });
  await expect(dokumen.errorFor('Logo daerah')).toHaveText('Logo harus berupa gambar PNG atau JPEG.');
  await expect(dokumen.logo()).toHaveCount(0);

  const big = Buffer.concat([PNG, Buffer.alloc(600 * 1024)]);
  await dokumen.uploadLogo({ name: 'lambang-besar.png', mimeType: 'image/png', buffer: big });
  await expect(dokumen.errorFor('Logo daerah')).toHaveText('Logo terlalu besar: paling besar 500 KB. Perkecil gambarnya lalu pilih lagi.');

  await dokumen.uploadLogo({ name: 'lambang.png', mimeType: 'image/png', buffer: PNG });
  await expect(dokumen.errorFor('Logo daerah')).toHaveCount(0);
  await expect(dokumen.logo()).toBeVisible();
});

test("the officer on duty is picked from the office's officers and remembered", async ({ app }) => {
  const dokumen = new DokumenSettingsSectionObject(app.page);
  await dokumen.open();
  await expect(dokumen.petugasAktif()).toHaveValue('');
  await dokumen.petugasAktif().selectOption('Budi Santoso');
  await expect(app.page.getByRole('status')).toContainText('Petugas sekarang: Budi Santoso.');
  expect((await storedSettings(app.userDataDir)).petugasAktif).toBe('Budi Santoso');

  await app.restart();
  const reopened = new DokumenSettingsSectionObject(app.page);
  await reopened.open();
  await expect(reopened.petugasAktif()).toHaveValue('Budi Santoso');
});

test("the harness prints the calling page through Chromium's PDF printing", async ({ app }) => {
  await new DokumenSettingsSectionObject(app.page).open();
  app.record.dialogAnswers.push(join(app.userDataDir, 'saved', 'pengaturan'));
  const results = await app.page.evaluate(async () => ({
    pdf: await window.desktop!.print.savePdf({ suggestedName: 'pengaturan.pdf' }),
    printed: await window.desktop!.print.printDocument({}),
  }));
  expect(results.pdf).toMatchObject({ ok: true, value: { saved: true, filePath: join(app.userDataDir, 'saved', 'pengaturan.pdf') } });
  const pages = results.pdf.ok && results.pdf.value.saved ? results.pdf.value.pages : 0;
  expect(pages).toBeGreaterThan(0);
  expect((await readFile(join(app.userDataDir, 'saved', 'pengaturan.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');

  expect(results.printed).toEqual({ ok: true, value: { printed: true } });
  expect(app.record.printed).toEqual([{ url: expect.stringContaining('#/pengaturan') }]);
  expect((await stat(join(app.userDataDir, 'printed', '1.pdf'))).size).toBeGreaterThan(1000);
});

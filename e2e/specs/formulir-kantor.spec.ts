import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import { AnggotaDetailObject, AnggotaFormObject, AnggotaListObject } from '../pages/anggota-pages';
import { KegiatanFormObject, KegiatanListObject } from '../pages/kegiatan-pages';
import { KoperasiDetailObject, KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { LaporanPusatSectionObject } from '../pages/laporan-pusat-section';
import { SetupPageObject } from '../pages/setup-page';

/**
 * The forms as a Karawang office uses them (issue 11): stored regions shown on edit, money and phone numbers as
 * offices write them, the reason a save is refused brought into view, region lists in alphabetical order, hints
 * from the office's own region, and enrollment status steps that a second Enter cannot take.
 */
const KOPERASI = 'Koperasi Karyawan Karya Mandiri';
/** Karawang Barat (32.15.01), a woman born 5 September 1995. */
const NIK = '3215014509950003';

test.beforeEach(async ({ app }) => {
  await new SetupPageObject(app.page).completeForKarawang();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
});

const chosen = (page: Page, label: string) => page.getByLabel(label, { exact: true }).locator('option:checked');

async function addKoperasi(page: Page, k: { nama: string; kecamatan?: string; kelurahan?: string; telepon?: string }) {
  const list = new KoperasiListObject(page);
  const form = new KoperasiFormObject(page);
  await list.open();
  await list.add();
  await form.fillBasics({ nama: k.nama, ...(k.kecamatan ? { kecamatan: k.kecamatan } : {}), ...(k.kelurahan ? { kelurahan: k.kelurahan } : {}) });
  if (k.telepon) await form.field('No. HP/Telepon').fill(k.telepon);
  await form.save();
  await expect(new KoperasiDetailObject(page).heading(k.nama)).toBeVisible();
}

async function addPerson(page: Page, p: { nik: string; nama: string; kecamatan?: string; kelurahan?: string }) {
  const list = new AnggotaListObject(page);
  const form = new AnggotaFormObject(page);
  await list.open();
  await list.add();
  await form.nik().fill(p.nik);
  await form.field('Nama lengkap').fill(p.nama);
  if (p.kecamatan) await form.field('Kecamatan').selectOption({ label: p.kecamatan });
  if (p.kelurahan) await form.field('Kelurahan/Desa').selectOption({ label: p.kelurahan });
  await form.save();
  await expect(new AnggotaDetailObject(page).heading(p.nama)).toBeVisible();
}

/** A person employed by a cooperative, on their page, ready to be enrolled. */
async function personWithRole(page: Page) {
  await addKoperasi(page, { nama: KOPERASI, kecamatan: 'Klari' });
  await addPerson(page, { nik: NIK, nama: 'Rina Marlina' });
  const detail = new AnggotaDetailObject(page);
  await detail.addRole({ koperasi: KOPERASI, peran: 'Karyawan', jabatan: 'Kasir', mulai: '2024-01-02' });
  await expect(detail.roles()).toContainText('Karyawan · Kasir');
  return detail;
}

test('item 2: Pengaturan shows the office province and kab/kota as stored', async ({ app }) => {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click();
  await expect(chosen(page, 'Provinsi')).toHaveText('Jawa Barat');
  await expect(chosen(page, 'Kabupaten/Kota')).toHaveText('Kabupaten Karawang');
});

test('item 2: editing a cooperative and a person shows their stored kecamatan and kelurahan', async ({ app }) => {
  const { page } = app;
  await addKoperasi(page, { nama: KOPERASI, kecamatan: 'Klari', kelurahan: 'Duren' });
  await new KoperasiDetailObject(page).edit();
  await expect(chosen(page, 'Kecamatan')).toHaveText('Klari');
  await expect(chosen(page, 'Kelurahan/Desa')).toHaveText('Duren');

  await addPerson(page, { nik: NIK, nama: 'Rina Marlina', kecamatan: 'Karawang Barat', kelurahan: 'Adiarsa Barat' });
  await page.getByRole('link', { name: 'Ubah', exact: true }).click();
  await expect(chosen(page, 'Kecamatan')).toHaveText('Karawang Barat');
  await expect(chosen(page, 'Kelurahan/Desa')).toHaveText('Adiarsa Barat');
});

test('item 3: the wage is typed as Indonesians write money, shown grouped, without spinner arrows', async ({ app }) => {
  const { page } = app;
  const detail = await personWithRole(page);
  await detail.enrollments().getByRole('link', { name: 'Daftarkan ke BPJS Ketenagakerjaan' }).click();
  const upah = page.getByLabel('Upah per bulan (Rp)');
  await expect(upah).toHaveAttribute('type', 'text');
  await expect(upah).toHaveAttribute('inputmode', 'numeric');
  await upah.fill('5,5');
  // Forms check at Simpan, then as the officer corrects (renderer/components/periksa-saat-simpan.ts).
  await page.getByRole('button', { name: 'Simpan' }).click();
  const salah = page.getByText('Tulis jumlah rupiah tanpa sen, misalnya 5.599.593 atau Rp 5.599.593.');
  await expect(salah).toBeVisible();
  await upah.fill('Rp 5.599.593');
  await expect(salah).toHaveCount(0);
  await upah.blur();
  await expect(upah).toHaveValue('5.599.593');
  await expect(page.getByText('Rp0 per bulan')).toHaveCount(0);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Kepesertaan tersimpan.')).toBeVisible();
  await expect(detail.enrollments()).toContainText('Rp5.599.593');
});

test('item 4: Simpan brings the unticked NIK warning into view, focuses it and says what blocks', async ({ app }) => {
  const { page } = app;
  const list = new AnggotaListObject(page);
  const form = new AnggotaFormObject(page);
  await list.open();
  await list.add();
  await page.getByLabel('Laki-laki').check();
  await form.nik().fill(NIK);
  await form.field('Nama lengkap').fill('Rina Marlina');
  await form.field('Pekerjaan').click();
  await expect(form.findings()).toContainText('Jenis kelamin di NIK (Perempuan) berbeda dengan yang diisi (Laki-laki).');
  await form.save();
  await expect(form.acknowledge()).toBeFocused();
  await expect(form.acknowledge()).toBeInViewport();
  await expect(page.locator('.form-actions')).toContainText('Belum disimpan: peringatan NIK belum dicentang sebagai sudah diperiksa.');
  await form.acknowledge().check();
  await form.save();
  await expect(new AnggotaDetailObject(page).heading('Rina Marlina')).toBeVisible();

  // A cooperative without a name: the name field, named beside Simpan.
  await new KoperasiListObject(page).open();
  await new KoperasiListObject(page).add();
  await new KoperasiFormObject(page).save();
  await expect(page.getByLabel('Nama koperasi', { exact: true })).toBeFocused();
  await expect(page.locator('.form-actions')).toContainText('Belum disimpan: periksa “Nama koperasi”.');
});

test('item 8: one phone rule: the cooperative form accepts what the office profile accepts', async ({ app }) => {
  const { page } = app;
  await addKoperasi(page, { nama: KOPERASI, telepon: '(0267) 8632100' });
  await expect(page.getByText('(0267) 8632100')).toBeVisible();
  await new KoperasiDetailObject(page).edit();
  await new KoperasiFormObject(page).field('No. HP/Telepon').fill('0267 ABC');
  await new KoperasiFormObject(page).save();
  await expect(new KoperasiFormObject(page).errorFor('No. HP/Telepon')).toContainText('Nomor telepon berisi 6–15 angka');
});

test('item 11: kecamatan and kelurahan are listed alphabetically and found by typing', async ({ app }) => {
  const { page } = app;
  await new KoperasiListObject(page).open();
  await new KoperasiListObject(page).add();
  const kecamatan = page.getByLabel('Kecamatan', { exact: true });
  // The region list loads after the form opens: wait for it before reading the options once.
  const optionsOf = async (select: Locator) => (await select.locator('option').allTextContents()).slice(1);
  await expect.poll(async () => (await optionsOf(kecamatan)).slice(0, 3)).toEqual(['Banyusari', 'Batujaya', 'Ciampel']);
  const names = await optionsOf(kecamatan);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
  await kecamatan.focus();
  await page.keyboard.type('kla');
  await expect(chosen(page, 'Kecamatan')).toHaveText('Klari');
  const kelurahanSelect = page.getByLabel('Kelurahan/Desa', { exact: true });
  await expect.poll(async () => (await optionsOf(kelurahanSelect)).length).toBeGreaterThan(5);
  const kelurahan = await optionsOf(kelurahanSelect);
  expect(kelurahan).toEqual([...kelurahan].sort((a, b) => a.localeCompare(b, 'id')));
});

test('item 13: hints give examples from the office own region', async ({ app }) => {
  const { page } = app;
  await new KegiatanListObject(page).open();
  await new KegiatanListObject(page).add();
  await new KegiatanFormObject(page).field('Tempat').waitFor();
  await expect(page.getByText('Contoh: Aula Kantor Kecamatan Karawang Barat')).toBeVisible();
  await expect(page.getByText('Satu per baris, mis. BPJS Ketenagakerjaan Cabang Karawang, Dekopinda.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click();
  await expect(page.getByText('Contoh: Kepala Dinas Koperasi dan UKM Kabupaten Karawang')).toBeVisible();
  await expect(page.getByText('Nama kota sebelum tanggal, misalnya “Karawang, 21 November 2026”.')).toBeVisible();

  await new LaporanPusatSectionObject(page).open();
  await expect(page.getByText('3215********0001')).toBeVisible();
  await expect(page.getByText(/Serpong|Tangerang|3674/)).toHaveCount(0);
});

test('item 1: after the KPJ, a second Enter changes nothing; a deactivation is undone with its KPJ', async ({ app }) => {
  const { page } = app;
  const detail = await personWithRole(page);
  await detail.enrollments().getByRole('link', { name: 'Daftarkan ke BPJS Ketenagakerjaan' }).click();
  await page.getByLabel('Upah per bulan (Rp)').fill('5599593');
  await page.getByLabel('Peserta sudah membaca dan menyetujui pernyataan ini').check();
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Kepesertaan tersimpan.')).toBeVisible();

  await detail.step('Tandai sudah diajukan');
  await expect(detail.enrollments()).toContainText('Diajukan');
  await detail.step('Tandai terdaftar');
  await page.getByLabel('Nomor KPJ').fill('12345678901');
  await page.keyboard.press('Enter');
  await expect(detail.enrollments()).toContainText('Terdaftar');
  await expect(detail.enrollments().getByRole('button', { name: 'Tandai nonaktif' })).not.toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(detail.enrollments()).toContainText('Terdaftar');
  await expect(detail.enrollments()).not.toContainText('Nonaktif');

  // Deactivating on purpose offers Urungkan, which brings back terdaftar with the same KPJ.
  await detail.step('Tandai nonaktif');
  await expect(detail.enrollments()).toContainText('Nonaktif');
  await page
    .getByRole('status')
    .getByRole('button', { name: /Urungkan/ })
    .last()
    .click();
  await expect(page.getByText('Diurungkan: status kembali “Terdaftar”.')).toBeVisible();
  await expect(detail.enrollments()).toContainText('Terdaftar');
  await expect(detail.enrollments()).toContainText('12345678901');
  await expect(detail.enrollments().getByRole('button', { name: 'Tandai nonaktif' })).toBeVisible();
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../harness/fixtures';
import { SetupPageObject } from '../pages/setup-page';

test('first run asks for the office profile, refuses it incomplete, and saves it through main', async ({ app }) => {
  const { page } = app;
  const setup = new SetupPageObject(page);
  await expect(setup.heading()).toBeVisible();

  await setup.submit();
  await expect(page.locator('.field', { has: page.getByLabel('Nama kantor') }).locator('.field-error')).toHaveText('Wajib diisi.');
  await expect(page.locator('.field', { has: page.getByLabel('Provinsi') }).locator('.field-error')).toHaveText('Kode wilayah tidak valid.');

  await setup.completeForTangsel();
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
  await expect(page.getByText('Selamat bekerja, Dinas Koperasi dan Usaha Kecil Menengah Kota Tangerang Selatan')).toBeVisible();

  const settings = JSON.parse(await readFile(join(app.userDataDir, 'settings.json'), 'utf8'));
  expect(settings.officeProfile).toMatchObject({
    provinsiKode: '36',
    kabupatenKode: '36.74',
    kabupatenNama: 'Kota Tangerang Selatan',
    petugas: ['Siti Nurhaliza', 'Budi Santoso'],
  });
  expect(settings.deviceId).toMatch(/^[0-9a-f-]{36}$/);

  await app.restart();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
});

test('the office can switch the interface to English and back', async ({ app }) => {
  const { page } = app;
  await new SetupPageObject(page).completeForTangsel();
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  await page.getByLabel('Language', { exact: true }).selectOption('id');
  await expect(page.getByRole('link', { name: 'Pengaturan' })).toBeVisible();
});

test('the data exchange page opens from the menu, and the About page credits the region data', async ({ app }) => {
  const { page } = app;
  await new SetupPageObject(page).completeForTangsel();
  await page.getByRole('link', { name: 'Pertukaran Data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pertukaran Data' })).toBeVisible();
  await page.getByRole('link', { name: 'Tentang' }).click();
  await expect(page.getByText(/Open Database License \(ODbL\) 1\.0/)).toBeVisible();
  await expect(page.getByText(/idn-area-data 4\./)).toBeVisible();
  // Which build runs, for an office that installed a new version from a USB stick: version and build date.
  await expect(page.getByText(/^Versi \d+\.\d+\.\d+ · dibuat \d{1,2} \p{L}+ \d{4} · /u)).toBeVisible();
  await expect(page.getByText(/^Memasang versi baru dari flashdisk:/)).toBeVisible();
});

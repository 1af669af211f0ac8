import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../harness/fixtures';
import { SetupPageObject } from '../pages/setup-page';
import { TarifIuranSectionObject } from '../pages/tarif-iuran-section';

test.beforeEach(async ({ app }) => {
  await new SetupPageObject(app.page).completeForTangsel();
});

const storedSettings = async (userDataDir: string) =>
  JSON.parse(await readFile(join(userDataDir, 'settings.json'), 'utf8')) as { tarifIuran?: { pu: { jpBatasUpah: number } }[] };

test('the office changes the JP wage cap, and the new value survives a restart', async ({ app }) => {
  const tarif = new TarifIuranSectionObject(app.page);
  await tarif.open();
  await expect(
    tarif
      .section()
      .getByText('Tarif iuran ditetapkan dengan peraturan pemerintah dan dapat berubah, sedangkan batas upah JP berubah setiap bulan Maret', { exact: false }),
  ).toBeVisible();
  await expect(tarif.rate('JKK kelompok risiko I')).toContainText('0,24%');
  await expect(tarif.rate('JHT (pemberi kerja + pekerja)')).toContainText('3,7% + 2%');
  // One period per JP wage cap, each from March.
  await expect(tarif.periodHeaders()).toHaveText(['Tarif', 'Mulai 1 Maret 2024', /^Mulai 1 Maret 2025/]);
  await expect(tarif.rate('Batas upah JP').getByRole('cell')).toHaveText(['Rp10.042.300', 'Rp10.547.400']);
  await expect(tarif.rate('JKM per bulan')).toContainText('Rp6.800');

  await tarif.edit('1 Maret 2025');
  await expect(tarif.field('Batas upah JP (Rp)')).toHaveValue('10.547.400');
  await tarif.field('Batas upah JP (Rp)').fill('11.000.000');
  await tarif.save();
  await expect(app.page.getByRole('status')).toContainText('Tarif iuran tersimpan.');
  await expect(tarif.rate('Batas upah JP')).toContainText('Rp11.000.000');
  expect((await storedSettings(app.userDataDir)).tarifIuran?.[1]?.pu.jpBatasUpah).toBe(11_000_000);

  await app.restart();
  const reopened = new TarifIuranSectionObject(app.page);
  await reopened.open();
  await expect(reopened.rate('Batas upah JP')).toContainText('Rp11.000.000');
});

test('an invalid rate is explained beside its field and nothing is saved', async ({ app }) => {
  const tarif = new TarifIuranSectionObject(app.page);
  await tarif.open();
  await tarif.edit('1 Maret 2025');
  await tarif.field('JKM, pemberi kerja (%)').fill('-0,3');
  await tarif.field('JKK kelompok risiko II (%)').fill('120');
  await tarif.field('JKM per bulan (Rp)').fill('enam ribu');
  await tarif.save();
  await expect(tarif.section().getByText('Periksa isian yang ditandai merah.')).toBeVisible();
  await expect(tarif.errorFor('JKM, pemberi kerja (%)')).toHaveText('Tidak boleh kurang dari 0.');
  await expect(tarif.errorFor('JKK kelompok risiko II (%)')).toHaveText('Tidak boleh lebih dari 100%.');
  await expect(tarif.errorFor('JKM per bulan (Rp)')).toHaveText('Tulis jumlah rupiah tanpa sen, misalnya 5.599.593 atau Rp 5.599.593.');
  await expect(tarif.field('JKK kelompok risiko II (%)')).toHaveAttribute('aria-invalid', 'true');

  expect((await storedSettings(app.userDataDir)).tarifIuran).toBeUndefined();
  await tarif.cancel();
  await expect(tarif.rate('JKM')).toContainText('0,3%');
});

test('a new period copies the latest one, which then ends the day before', async ({ app }) => {
  // December 2026: the newest period (March 2025) is over a year old, and the section says so until one is added.
  await app.page.clock.setFixedTime(new Date('2026-12-06T09:00:00+07:00'));
  const tarif = new TarifIuranSectionObject(app.page);
  await tarif.open();
  await expect(tarif.section().getByRole('note')).toHaveText(/^Periode tarif terbaru mulai 1 Maret 2025, lebih dari setahun yang lalu\./);

  await tarif.addPeriod('2024-12-01');
  await expect(tarif.errorFor('Tanggal mulai periode baru')).toHaveText('Periode baru harus mulai sesudah tanggal mulai periode terakhir.');

  await tarif.addPeriod('2026-03-01');
  await expect(tarif.section().getByRole('heading', { name: 'Ubah tarif periode mulai 1 Maret 2026' })).toBeVisible();
  await expect(tarif.field('Batas upah JP (Rp)')).toHaveValue('10.547.400');
  await tarif.field('Batas upah JP (Rp)').fill('11000000');
  await tarif.field('Sumber').fill('Pengumuman BPJS Ketenagakerjaan tentang batas upah JP 2026 (angka uji).');
  await tarif.save();

  await expect(tarif.periodHeaders()).toHaveText(['Tarif', 'Mulai 1 Maret 2024', 'Mulai 1 Maret 2025', /^Mulai 1 Maret 2026/]);
  await expect(tarif.rate('Berlaku sampai').getByRole('cell')).toHaveText(['28 Februari 2025', '28 Februari 2026', 'sampai ada perubahan']);
  await expect(tarif.rate('Batas upah JP').getByRole('cell')).toHaveText(['Rp10.042.300', 'Rp10.547.400', 'Rp11.000.000']);
  await expect(tarif.section().getByRole('note')).toHaveCount(0);
  const stored = await storedSettings(app.userDataDir);
  expect(stored.tarifIuran?.map((r) => r.pu.jpBatasUpah)).toEqual([10_042_300, 10_547_400, 11_000_000]);
});

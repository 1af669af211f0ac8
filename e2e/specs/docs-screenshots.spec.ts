import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import { KoperasiDetailObject, KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { SetupPageObject } from '../pages/setup-page';

const docs = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

const sample = [
  { nama: 'Koperasi Simpan Pinjam Sejahtera Bersama', jenis: 'Simpan pinjam', kelompok: 'KPRI', kecamatan: 'Serpong', anggotaLaki: 412, anggotaPerempuan: 388, nomorIndukKoperasi: '3674010010000001' },
  { nama: 'Koperasi Karyawan Mitra Usaha Pamulang', jenis: 'Konsumen', kelompok: 'Koperasi Karyawan', kecamatan: 'Pamulang', anggotaLaki: 86, anggotaPerempuan: 64 },
  { nama: 'KSP Syariah Berkah Amanah', jenis: 'Simpan pinjam', kelompok: 'Koperasi Masyarakat', kecamatan: 'Ciputat', anggotaLaki: 230, anggotaPerempuan: 310, nomorIndukKoperasi: '3674040010000014' },
  { nama: 'Koperasi Wanita Melati Pondok Aren', jenis: 'Serba usaha', kelompok: 'Koperasi Wanita', kecamatan: 'Pondok Aren', anggotaLaki: 0, anggotaPerempuan: 145 },
  { nama: 'KUD Sumber Tani Setu', jenis: 'Produsen', kelompok: 'KUD', kecamatan: 'Setu', anggotaLaki: 97, anggotaPerempuan: 41 },
  { nama: 'Koperasi Pasar Ciputat Timur', jenis: 'Jasa', kelompok: 'Koperasi Pasar', kecamatan: 'Ciputat Timur', anggotaLaki: 58, anggotaPerempuan: 72 },
];

/** Takes the README's screenshots from the real UI in the harness (docs/screenshots/), checking each screen as it goes. */
test('screenshots of the registry list and the cooperative form', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await new SetupPageObject(page).completeForTangsel();
  const list = new KoperasiListObject(page);
  const form = new KoperasiFormObject(page);
  for (const k of sample) {
    await list.open();
    await list.add();
    await form.fillBasics(k);
    await form.save();
    await expect(new KoperasiDetailObject(page).heading(k.nama)).toBeVisible();
  }
  await list.open();
  await expect(list.rows()).toHaveCount(sample.length);
  await dismissToasts(page);
  await page.screenshot({ path: join(docs, 'koperasi-list.png') });

  await list.add();
  await form.fillBasics({ nama: 'Ko', kecamatan: 'Serpong Utara' });
  await form.field('NIB').fill('12345');
  await form.save();
  await expect(form.errorFor('NIB')).toBeVisible();
  await dismissToasts(page);
  await page.screenshot({ path: join(docs, 'koperasi-form.png') });
});

async function dismissToasts(page: Page) {
  const close = page.getByRole('status').getByRole('button', { name: 'Tutup' });
  while ((await close.count()) > 0) await close.first().click();
}

import { expect, test } from '../harness/fixtures';
import { KoperasiDetailObject, KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { SetupPageObject } from '../pages/setup-page';

test.beforeEach(async ({ app }) => {
  await new SetupPageObject(app.page).completeForTangsel();
});

test('create, search, filter, edit, delete and undo a cooperative', async ({ app }) => {
  const { page } = app;
  const list = new KoperasiListObject(page);
  const form = new KoperasiFormObject(page);
  const detail = new KoperasiDetailObject(page);

  await list.open();
  await expect(page.getByText('Belum ada koperasi. Tambahkan koperasi pertama.')).toBeVisible();

  await test.step('bad input explained beside the field, then the first cooperative saved', async () => {
    // Bad input is explained beside the field and nothing is written.
    await list.add();
    await form.field('Nama koperasi').fill('Ko');
    await form.field('NIB').fill('12345');
    await form.field('Anggota laki-laki').fill('-3');
    await form.save();
    await expect(page.getByText('Periksa isian yang ditandai merah.')).toBeVisible();
    await expect(form.errorFor('Nama koperasi')).toHaveText('Nama minimal 3 huruf.');
    await expect(form.errorFor('NIB')).toHaveText('NIB terdiri dari 13 angka.');
    await expect(form.errorFor('Anggota laki-laki')).toHaveText('Tidak boleh kurang dari 0.');
    await expect(form.field('Nama koperasi')).toBeFocused();

    await form.fillBasics({
      nama: 'Koperasi Simpan Pinjam Sejahtera Bersama',
      jenis: 'Simpan pinjam',
      kelompok: 'KPRI',
      nomorBadanHukum: 'AHU-0001248.AH.01.26.TAHUN 2024',
      nomorIndukKoperasi: '3674010000000123',
      kecamatan: 'Serpong Utara',
      kelurahan: 'Pakualam',
      anggotaLaki: 120,
      anggotaPerempuan: 95,
    });
    await form.field('NIB').fill('9120 0012 3456 7');
    await form.save();
    await expect(detail.heading('Koperasi Simpan Pinjam Sejahtera Bersama')).toBeVisible();
    await expect(page.getByRole('status')).toContainText('Koperasi tersimpan.');
    await expect(detail.fact('NIB')).toHaveText('9120001234567');
    await expect(detail.fact('Kecamatan')).toHaveText('Serpong Utara');
    await expect(detail.fact('Anggota')).toHaveText('215 anggota (120 laki-laki, 95 perempuan)');
  });

  await test.step('a second one, found by search and filters', async () => {
    // A second one, to search between.
    await list.open();
    await list.add();
    await form.fillBasics({
      nama: 'KUD Sumber Tani Makmur',
      jenis: 'Produsen',
      kelompok: 'KUD',
      kecamatan: 'Setu',
      nomorBadanHukum: '518.08/96/BH/XIV.10/VIII/2008',
    });
    await form.save();
    await expect(detail.heading('KUD Sumber Tani Makmur')).toBeVisible();

    await list.open();
    await expect(list.rows()).toHaveCount(2);
    await list.search().fill('sejah');
    await expect(list.rows()).toHaveCount(1);
    await expect(list.row('Koperasi Simpan Pinjam Sejahtera Bersama')).toBeVisible();
    await list.search().fill('3674010000000123');
    await expect(list.row('Koperasi Simpan Pinjam Sejahtera Bersama')).toBeVisible();
    await list.search().fill('AHU-0001248');
    await expect(list.rows()).toHaveCount(1);
    await list.search().fill('518.08/96');
    await expect(list.row('KUD Sumber Tani Makmur')).toBeVisible();
    await expect(list.rows()).toHaveCount(1);
    await list.search().fill('');
    await list.filter('Kecamatan', 'Setu');
    await expect(list.rows()).toHaveCount(1);
    await expect(list.row('KUD Sumber Tani Makmur')).toBeVisible();
    await list.filter('Kecamatan', 'Semua');
    await list.filter('Jenis', 'Simpan pinjam');
    await expect(list.rows()).toHaveCount(1);
    await page.getByRole('button', { name: 'Hapus saringan' }).click();
    await expect(list.rows()).toHaveCount(2);
  });

  await test.step('edit', async () => {
    // Edit.
    await list.row('KUD Sumber Tani Makmur').getByRole('link').click();
    await detail.edit();
    await form.field('Nama koperasi').fill('KUD Sumber Tani Sejahtera');
    await form.field('Status').selectOption({ label: 'Tidak aktif' });
    await form.save();
    await expect(detail.heading('KUD Sumber Tani Sejahtera')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Diubah' })).toContainText('Nama koperasi');
  });

  await test.step('delete, then undo from the toast', async () => {
    // Delete, then undo from the toast.
    await detail.delete();
    await expect(page.getByRole('heading', { name: 'Daftar Koperasi' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText('“KUD Sumber Tani Sejahtera” dihapus.');
    await expect(list.rows()).toHaveCount(1);
    await page.getByRole('button', { name: 'Urungkan' }).click();
    await expect(list.row('KUD Sumber Tani Sejahtera')).toBeVisible();
    await expect(list.rows()).toHaveCount(2);
    await list.filter('Status', 'Tidak aktif');
    await expect(list.rows()).toHaveCount(1);
  });
});

test('saved cooperatives survive closing and reopening the browser', async ({ app }) => {
  const list = new KoperasiListObject(app.page);
  const form = new KoperasiFormObject(app.page);
  await list.open();
  await list.add();
  await form.fillBasics({ nama: 'Koperasi Wanita Melati Pamulang', kecamatan: 'Pamulang' });
  await form.save();
  await expect(new KoperasiDetailObject(app.page).heading('Koperasi Wanita Melati Pamulang')).toBeVisible();

  await app.restart();
  const again = new KoperasiListObject(app.page);
  await again.open();
  await expect(again.row('Koperasi Wanita Melati Pamulang')).toBeVisible();
  await again.row('Koperasi Wanita Melati Pamulang').getByRole('link').click();
  await expect(new KoperasiDetailObject(app.page).fact('Kecamatan')).toHaveText('Pamulang');
});

test('the registry can be driven with the keyboard alone', async ({ app }) => {
  const { page } = app;
  await new KoperasiListObject(page).open();
  await page.getByRole('link', { name: 'Tambah koperasi' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Tambah Koperasi' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Nama koperasi', { exact: true })).toBeFocused();
  await page.keyboard.type('Koperasi Konsumen Ketik Saja');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Koperasi Konsumen Ketik Saja' })).toBeVisible();

  // Delete from the keyboard, then undo with Ctrl+Z rather than tabbing to the toast.
  await page.getByRole('button', { name: 'Hapus' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Daftar Koperasi' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Urungkan' })).toHaveAttribute('aria-keyshortcuts', 'Control+Z');
  await expect(page.getByText('Belum ada koperasi. Tambahkan koperasi pertama.')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toContainText('“Koperasi Konsumen Ketik Saja” dikembalikan.');
  await expect(new KoperasiListObject(page).row('Koperasi Konsumen Ketik Saja')).toBeVisible();
});

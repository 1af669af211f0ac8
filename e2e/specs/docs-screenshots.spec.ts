import { docsPath } from '../harness/docs-path';
import { expect, test } from '../harness/fixtures';
import { AnggotaDetailObject, AnggotaFormObject, AnggotaListObject } from '../pages/anggota-pages';
import { KoperasiDetailObject, KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { SetupPageObject } from '../pages/setup-page';
import { dismissToasts } from '../pages/toasts';

const sample = [
  {
    nama: 'Koperasi Simpan Pinjam Sejahtera Bersama',
    jenis: 'Simpan pinjam',
    kelompok: 'KPRI',
    kecamatan: 'Serpong',
    anggotaLaki: 412,
    anggotaPerempuan: 388,
    nomorIndukKoperasi: '3674010010000001',
  },
  {
    nama: 'Koperasi Karyawan Mitra Usaha Pamulang',
    jenis: 'Konsumen',
    kelompok: 'Koperasi Karyawan',
    kecamatan: 'Pamulang',
    anggotaLaki: 86,
    anggotaPerempuan: 64,
  },
  {
    nama: 'KSP Syariah Berkah Amanah',
    jenis: 'Simpan pinjam',
    kelompok: 'Koperasi Masyarakat',
    kecamatan: 'Ciputat',
    anggotaLaki: 230,
    anggotaPerempuan: 310,
    nomorIndukKoperasi: '3674040010000014',
  },
  {
    nama: 'Koperasi Wanita Melati Pondok Aren',
    jenis: 'Serba usaha',
    kelompok: 'Koperasi Wanita',
    kecamatan: 'Pondok Aren',
    anggotaLaki: 0,
    anggotaPerempuan: 145,
  },
  { nama: 'KUD Sumber Tani Setu', jenis: 'Produsen', kelompok: 'KUD', kecamatan: 'Setu', anggotaLaki: 97, anggotaPerempuan: 41 },
  { nama: 'Koperasi Pasar Ciputat Timur', jenis: 'Jasa', kelompok: 'Koperasi Pasar', kecamatan: 'Ciputat Timur', anggotaLaki: 58, anggotaPerempuan: 72 },
];

/** Takes the docs' screenshots (docs/screenshots/, shown in docs/fitur.md) from the real UI, checking each screen. */
test('screenshots of the registry list and the cooperative form', async ({ app }) => {
  const { page } = app;
  // The fixture's 1366×768, the common office laptop: the docs show what an office sees.
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
  await page.screenshot({ path: docsPath('screenshots', 'koperasi-list.png') });

  await list.add();
  await form.fillBasics({ nama: 'Ko', kecamatan: 'Serpong Utara' });
  await form.field('NIB').fill('12345');
  await form.save();
  await expect(form.errorFor('NIB')).toBeVisible();
  await dismissToasts(page);
  await page.screenshot({ path: docsPath('screenshots', 'koperasi-form.png') });
});

/** The person form with a NIK warning, and a person's page with a role and a registered enrollment. */
test('screenshots of the person form and the person page', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 900 });
  // A fixed clock, so the history's times (and the committed image) are the same on every run.
  await page.clock.setFixedTime(new Date('2026-11-21T09:30:00+07:00'));
  await new SetupPageObject(page).completeForTangsel();
  const koperasi = new KoperasiListObject(page);
  const kform = new KoperasiFormObject(page);
  await koperasi.open();
  await koperasi.add();
  await kform.fillBasics(sample[1]!);
  await kform.field('Skala usaha').selectOption({ label: 'Kecil' });
  await kform.save();

  const list = new AnggotaListObject(page);
  const form = new AnggotaFormObject(page);
  const detail = new AnggotaDetailObject(page);
  await list.open();
  await list.add();
  await page.getByLabel('Laki-laki').check();
  await form.nik().fill('3674 0645 0995 0003');
  await form.field('Nama lengkap').fill('Siti Rahmawati');
  await expect(form.findings()).toHaveCount(1);
  await page.getByLabel('Perempuan').check();
  await expect(form.findings()).toHaveCount(0);
  await form.field('Tanggal lahir').fill('1995-09-15');
  await expect(form.findings()).toContainText('Tanggal lahir di NIK');
  await dismissToasts(page);
  await page.screenshot({ path: docsPath('screenshots', 'anggota-form.png') });

  await form.acknowledge().check();
  await form.field('Tempat lahir').fill('Tangerang');
  await form.field('No. HP').fill('0812-3456-7890');
  await form.field('Pekerjaan').fill('Kasir koperasi');
  await form.save();
  await detail.addRole({ koperasi: sample[1]!.nama, peran: 'Karyawan', jabatan: 'Kasir', mulai: '2024-01-02' });
  await detail.enrollments().getByRole('link', { name: 'Daftarkan ke BPJS Ketenagakerjaan' }).click();
  await page.getByLabel('Upah per bulan (Rp)').fill('3200000');
  await page.getByLabel('Tanggal efektif').fill('2026-12-01');
  await page.getByLabel('Peserta sudah membaca dan menyetujui pernyataan ini').check();
  await page.getByRole('button', { name: 'Simpan' }).click();
  await detail.step('Tandai formulir dicetak');
  await detail.step('Tandai sudah diajukan');
  await detail.step('Tandai terdaftar');
  await page.getByLabel('Nomor KPJ').fill('23041987650');
  await page.getByRole('button', { name: 'Simpan status' }).click();
  await expect(detail.enrollments()).toContainText('23041987650');
  await dismissToasts(page);
  await detail.heading('Siti Rahmawati').scrollIntoViewIfNeeded();
  await page.screenshot({ path: docsPath('screenshots', 'anggota-detail.png') });
});

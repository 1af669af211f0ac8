import { expect, test } from '../harness/fixtures';
import { AnggotaDetailObject, AnggotaFormObject, AnggotaListObject } from '../pages/anggota-pages';
import { KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { SetupPageObject } from '../pages/setup-page';

const KOPERASI = 'Koperasi Karyawan Sejahtera Pamulang';
const SITI = { nik: '3674 0645 0995 0003', nama: 'Siti Rahmawati' };
const AHMAD = { nik: '3674-0112-0390-0001', nama: 'Ahmad Fauzi' };

test.beforeEach(async ({ app }) => {
  await new SetupPageObject(app.page).completeForTangsel();
  const list = new KoperasiListObject(app.page);
  const form = new KoperasiFormObject(app.page);
  await list.open();
  await list.add();
  await form.fillBasics({ nama: KOPERASI, kecamatan: 'Pamulang' });
  await form.field('Skala usaha').selectOption({ label: 'Kecil' });
  await form.field('Karyawan perempuan').fill('12');
  await form.save();
  await expect(app.page.getByRole('heading', { level: 1, name: KOPERASI })).toBeVisible();
});

test('a person registered from the NIK, a duplicate NIK refused with the existing person offered, a role, and an enrollment taken to terdaftar', async ({
  app,
}) => {
  const { page } = app;
  const list = new AnggotaListObject(page);
  const form = new AnggotaFormObject(page);
  const detail = new AnggotaDetailObject(page);

  await list.open();
  await expect(page.getByText('Belum ada orang tercatat.', { exact: false })).toBeVisible();

  await test.step('a NIK of the wrong length refused beside the field', async () => {
    // A NIK of the wrong length is the one hard error, beside the field.
    await list.add();
    await form.nik().fill('3674 0645 0995');
    await form.field('Nama lengkap').fill(SITI.nama);
    await form.save();
    await expect(page.locator('.field-error').first()).toHaveText('NIK harus 16 angka (spasi, titik dan tanda hubung boleh).');
  });

  await test.step('the full NIK fills birth date and sex', async () => {
    // The full NIK fills birth date and sex (a woman: day 45 → 5 September 1995).
    await form.nik().fill(SITI.nik);
    await expect(form.field('Tanggal lahir')).toHaveValue('1995-09-05');
    await expect(page.getByLabel('Perempuan')).toBeChecked();
    await expect(page.getByText('Diisi dari NIK: Tanggal lahir, Jenis kelamin')).toBeVisible();
    await form.field('Tempat lahir').fill('Tangerang');
    await form.field('No. HP').fill('0812-3456-7890');
    await form.save();
    await expect(detail.heading(SITI.nama)).toBeVisible();
    await expect(detail.fact('NIK')).toHaveText('3674064509950003');
    await expect(detail.fact('Jenis kelamin')).toHaveText('Perempuan');
  });

  await test.step('the same NIK again refused, the existing person offered', async () => {
    // The same NIK again: refused, with the existing person offered; nothing written.
    await list.open();
    await list.add();
    await form.field('Nama lengkap').fill('Siti R.');
    await form.nik().fill('3674064509950003');
    await expect(form.holderNotice()).toContainText(`NIK ini sudah tercatat atas nama ${SITI.nama}`);
    await form.save();
    await expect(page.getByRole('heading', { level: 1, name: 'Tambah Data Perorangan' })).toBeVisible();
    await form
      .holderNotice()
      .getByRole('link', { name: `Buka data ${SITI.nama}` })
      .click();
    await expect(detail.heading(SITI.nama)).toBeVisible();
  });

  await test.step('a NIK that disagrees is a warning to mark as checked', async () => {
    // A NIK that disagrees with what was entered is a warning that must be marked as checked, and is stored.
    await list.open();
    await list.add();
    await page.getByLabel('Perempuan').check();
    await form.nik().fill(AHMAD.nik);
    await form.field('Nama lengkap').fill(AHMAD.nama);
    await expect(form.findings()).toContainText('Jenis kelamin di NIK (Laki-laki) berbeda dengan yang diisi (Perempuan).');
    await form.save();
    await expect(page.getByText('Periksa peringatan NIK, lalu centang bahwa Anda sudah memeriksanya.')).toBeVisible();
    await form.acknowledge().check();
    await form.save();
    await expect(detail.heading(AHMAD.nama)).toBeVisible();
    await expect(detail.fact('Peringatan NIK yang sudah diperiksa')).toHaveText('jenis kelamin berbeda dengan NIK');
  });

  await test.step('employed by the cooperative, enrolled and taken through every status', async () => {
    // Siti becomes an employee of the cooperative, then is enrolled and taken through every status.
    await list.open();
    await list.search().fill('siti');
    await list.rows().filter({ hasText: SITI.nama }).getByRole('link').click();
    await detail.addRole({ koperasi: KOPERASI, peran: 'Karyawan', jabatan: 'Kasir', mulai: '2024-01-02' });
    await expect(detail.roles()).toContainText('Karyawan · Kasir');
    await expect(detail.roles().getByRole('link', { name: KOPERASI })).toBeVisible();

    await detail.enrollments().getByRole('link', { name: 'Daftarkan ke BPJS Ketenagakerjaan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Kepesertaan Baru: ${SITI.nama}` })).toBeVisible();
    // A small cooperative: JKK, JKM and JHT are suggested and preselected.
    await expect(page.getByLabel('JHT — Jaminan Hari Tua')).toBeChecked();
    await expect(page.getByLabel('JP — Jaminan Pensiun')).not.toBeChecked();
    await page.getByLabel('Upah per bulan (Rp)').fill('3000000');
    // JKK 0,24 % = 7.200; JKM 0,30 % = 9.000; JHT 3,7 % = 111.000 + 2 % = 60.000 → Rp187.200 total.
    await expect(page.getByText('Rp187.200 per bulan')).toBeVisible();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Kepesertaan tersimpan.')).toBeVisible();
    // A draft may be saved without consent; steps past the draft need it.
    await expect(detail.heading(SITI.nama)).toBeVisible();
    await expect(detail.enrollments()).toContainText('Draf');
    await detail.step('Tandai formulir dicetak');
    await expect(page.getByText('Status tidak berubah: Catat persetujuan peserta lebih dulu.')).toBeVisible();

    await detail.enrollments().getByRole('link', { name: 'Ubah' }).click();
    await page.getByLabel('Peserta sudah membaca dan menyetujui pernyataan ini').check();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(detail.enrollments()).toContainText('dicatat oleh Siti Nurhaliza');

    await detail.step('Tandai formulir dicetak');
    await expect(detail.enrollments()).toContainText('Formulir dicetak');
    // The keyboard stays on the enrollment's next step after the pressed button is gone.
    await expect(detail.enrollments().getByRole('button', { name: 'Tandai sudah diajukan' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(detail.enrollments()).toContainText('Diajukan');
    await detail.step('Tandai terdaftar');
    const kpj = page.getByLabel('Nomor KPJ');
    await kpj.fill('1234 5678 90');
    await expect(page.getByText('Nomor KPJ biasanya 11 angka; yang ini 10 angka.', { exact: false })).toBeVisible();
    await kpj.fill('123 4567 8901');
    await page.getByRole('button', { name: 'Simpan status' }).click();
    await expect(detail.enrollments()).toContainText('Terdaftar');
    await expect(detail.enrollments()).toContainText('12345678901');
    await expect(page.locator('.history')).toContainText('Kepesertaan · Diubah');
  });
  await test.step('the officer named in the history, counted in the cooperative’s progress', async () => {
    // Each change names the officer on duty, never a device id.
    await expect(page.locator('.history li').first()).toContainText('· Siti Nurhaliza');

    // The cooperative's progress counts her.
    await detail.roles().getByRole('link', { name: KOPERASI }).click();
    await page.getByRole('tab', { name: 'Kepesertaan' }).click();
    await expect(page.getByText('1 dari 1 karyawan terdaftar')).toBeVisible();
  });
});

test('the people list is searched by name, NIK and phone, with NIKs masked', async ({ app }) => {
  const { page } = app;
  const list = new AnggotaListObject(page);
  const form = new AnggotaFormObject(page);
  for (const p of [
    { ...SITI, hp: '0812-3456-7890' },
    { ...AHMAD, hp: '+62 813 1111 2222' },
    { nik: '3674055705880002', nama: 'Siti Aminah', hp: '' },
  ]) {
    await list.open();
    await list.add();
    await form.nik().fill(p.nik);
    await form.field('Nama lengkap').fill(p.nama);
    await form.field('No. HP').fill(p.hp);
    await form.save();
    await expect(page.getByRole('heading', { level: 1, name: p.nama })).toBeVisible();
  }
  await list.open();
  await expect(list.summary()).toHaveText('3 orang');
  await expect(list.rows().first()).toContainText('Ahmad Fauzi');
  await expect(list.rows().first()).toContainText('3674********0001');
  await expect(page.getByText('3674011203900001')).toHaveCount(0);

  const names = async () => (await list.rows().locator('.cell-main a').allTextContents()).sort();
  await list.search().fill('siti');
  await expect(list.summary()).toHaveText('2 orang cocok');
  expect(await names()).toEqual(['Siti Aminah', 'Siti Rahmawati']);
  await list.search().fill('siti rah');
  await expect(list.summary()).toHaveText('1 orang cocok');
  await list.search().fill('3674 0112 0390 0001');
  await expect(list.rows()).toHaveCount(1);
  await expect(list.rows().first()).toContainText('Ahmad Fauzi');
  await list.search().fill('0813 1111');
  await expect(list.rows().first()).toContainText('Ahmad Fauzi');
  await list.search().fill('6281234');
  await expect(list.rows().first()).toContainText('Siti Rahmawati');
  await list.search().fill('zzz');
  await expect(page.getByText('Tidak ada orang yang cocok dengan pencarian ini.')).toBeVisible();
});

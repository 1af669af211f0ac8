import type { Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import { AnggotaDetailObject, AnggotaFormObject, AnggotaListObject } from '../pages/anggota-pages';
import { KoperasiDetailObject, KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { KoperasiKepesertaanTabObject, KoperasiOrangTabObject, KoperasiTabsObject } from '../pages/koperasi-tab-pages';
import { SetupPageObject } from '../pages/setup-page';
import { TindakLanjutObject } from '../pages/tindak-lanjut-page';

const KOPERASI = 'Koperasi Karyawan Sejahtera Pamulang';

test.beforeEach(async ({ app }) => {
  await new SetupPageObject(app.page).completeForTangsel();
  const list = new KoperasiListObject(app.page);
  const form = new KoperasiFormObject(app.page);
  await list.open();
  await list.add();
  await form.fillBasics({ nama: KOPERASI, kecamatan: 'Pamulang', anggotaLaki: 2, anggotaPerempuan: 1 });
  await form.field('Skala usaha').selectOption({ label: 'Kecil' });
  await form.field('Karyawan perempuan').fill('1');
  await form.save();
  await expect(new KoperasiDetailObject(app.page).heading(KOPERASI)).toBeVisible();
});

/** The route's query string (the app uses a hash router). */
const routeParams = (page: Page) => {
  const hash = new URL(page.url()).hash;
  return new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
};

test('with nobody recorded: tabs by keyboard and in the URL, the report against nothing recorded, an empty follow-up list', async ({ app }) => {
  const { page } = app;
  const tabs = new KoperasiTabsObject(page);
  const orang = new KoperasiOrangTabObject(page);
  const kepesertaan = new KoperasiKepesertaanTabObject(page);

  await expect(tabs.tab('Profil')).toHaveAttribute('aria-selected', 'true');
  await expect(new KoperasiDetailObject(page).fact('Anggota')).toHaveText('3 anggota (2 laki-laki, 1 perempuan)');
  expect(routeParams(page).get('tab')).toBeNull();

  await test.step('arrow keys move between tabs, the choice kept in the URL', async () => {
    // Arrow keys move between tabs and choose them; the choice is kept in the URL.
    await tabs.tab('Profil').focus();
    await page.keyboard.press('ArrowRight');
    await expect(tabs.tab('Data Perorangan')).toBeFocused();
    await expect(tabs.tab('Data Perorangan')).toHaveAttribute('aria-selected', 'true');
    await expect(tabs.panel()).toHaveAttribute('aria-labelledby', (await tabs.tab('Data Perorangan').getAttribute('id'))!);
    expect(routeParams(page).get('tab')).toBe('orang');
    await expect(orang.compare()).toContainText('Tercatat 0 dari 3 anggota yang dilaporkan (3 belum tercatat).');
    await expect(orang.compare()).toContainText('Tercatat 0 dari 1 karyawan yang dilaporkan (1 belum tercatat).');
    await expect(orang.compareRow('Jumlah anggota')).toHaveText(['3', '0']);
    await expect(orang.section('Pengurus')).toContainText('Belum ada pengurus yang tercatat.');
    await expect(page.getByRole('link', { name: 'Tambah data perorangan' })).toHaveAttribute('href', '#/anggota/baru');

    await page.keyboard.press('ArrowRight');
    await expect(tabs.tab('Kepesertaan')).toBeFocused();
    expect(routeParams(page).get('tab')).toBe('kepesertaan');
    await expect(kepesertaan.progress()).toContainText('Belum ada karyawan yang tercatat.');
    await expect(kepesertaan.iuranRow(/^Terdaftar/)).toHaveText(['Rp0', 'Rp0', 'Rp0']);
    await expect(page.getByText('Belum ada kepesertaan melalui koperasi ini.')).toBeVisible();
  });

  await test.step('wraps around, Home goes back to the first tab', async () => {
    // Wraps around, and Home goes back to the first tab.
    await page.keyboard.press('ArrowRight');
    await expect(tabs.tab('Profil')).toBeFocused();
    await page.keyboard.press('End');
    await expect(tabs.tab('Kepesertaan')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(tabs.tab('Profil')).toHaveAttribute('aria-selected', 'true');
    expect(routeParams(page).get('tab')).toBeNull();
  });

  await test.step('a reload opens the same tab', async () => {
    // A reload (or coming back) opens the same tab.
    await tabs.open('Data Perorangan');
    await page.reload();
    await expect(tabs.tab('Data Perorangan')).toHaveAttribute('aria-selected', 'true');
    await expect(orang.compare()).toBeVisible();
  });

  await test.step('the follow-up list: zero everywhere, status and filters in the URL', async () => {
    // The follow-up list: zero everywhere, with status and filters in the URL.
    const tindakLanjut = new TindakLanjutObject(page);
    await tindakLanjut.open();
    await expect(tindakLanjut.tab('Draf')).toHaveAttribute('aria-selected', 'true');
    for (const s of ['Draf', 'Formulir dicetak', 'Diajukan', 'Ditolak'] as const) await expect(tindakLanjut.count(s)).toHaveText('0');
    await expect(page.getByText('Tidak ada kepesertaan berstatus “Draf”.')).toBeVisible();
    await tindakLanjut.tab('Draf').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(tindakLanjut.tab('Ditolak')).toBeFocused();
    expect(routeParams(page).get('status')).toBe('ditolak');
    await tindakLanjut.kecamatan().selectOption({ label: 'Setu' });
    expect(routeParams(page).get('kecamatan')).toMatch(/^36\.74\.\d{2}$/);
    await tindakLanjut.chooseKoperasi('sejahtera pam', KOPERASI);
    await expect(tindakLanjut.koperasi()).toHaveValue(KOPERASI);
    expect(routeParams(page).get('koperasi')).toBeTruthy();
    await expect(page.getByText('Tidak ada kepesertaan berstatus “Ditolak” dengan saringan ini.')).toBeVisible();
    await page.getByRole('button', { name: 'Hapus saringan' }).click();
    expect([...routeParams(page).keys()]).toEqual(['status']);
    await expect(tindakLanjut.koperasi()).toHaveValue('');
  });
});

test('people recorded through the people pages show on the cooperative’s tabs and on the follow-up list', async ({ app }) => {
  const { page } = app;
  const people = new AnggotaListObject(page);
  const form = new AnggotaFormObject(page);
  const person = new AnggotaDetailObject(page);
  const tabs = new KoperasiTabsObject(page);
  const orang = new KoperasiOrangTabObject(page);

  const addPerson = async (p: { nik: string; nama: string }) => {
    await people.open();
    await people.add();
    if (p.nik) await form.nik().fill(p.nik);
    await form.field('Nama lengkap').fill(p.nama);
    await form.save();
    await expect(person.heading(p.nama)).toBeVisible();
  };
  const enroll = async (values: { bpu?: boolean; upah: string }) => {
    await person.enrollments().getByRole('link', { name: 'Daftarkan ke BPJS Ketenagakerjaan' }).click();
    if (values.bpu) {
      // The form starts from the person's first role, which for Ahmad may be pengurus (PU, with JHT): the minimum
      // BPU package is set explicitly.
      await page.getByLabel('BPU — Bukan Penerima Upah').check();
      await page.getByLabel('JHT — Jaminan Hari Tua').uncheck();
    }
    await page.getByLabel(values.bpu ? 'Penghasilan per bulan (Rp)' : 'Upah per bulan (Rp)').fill(values.upah);
    await page.getByLabel('Peserta sudah membaca dan menyetujui pernyataan ini').check();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Kepesertaan tersimpan.')).toBeVisible();
  };

  await test.step('Siti: employee, enrolled as PU and submitted', async () => {
    // Siti (a woman, from her NIK): employee, enrolled as PU and submitted.
    await addPerson({ nik: '3674064509950003', nama: 'Siti Rahmawati' });
    await person.addRole({ koperasi: KOPERASI, peran: 'Karyawan', jabatan: 'Kasir', mulai: '2024-01-02' });
    await expect(person.roles()).toContainText('Karyawan · Kasir');
    await enroll({ upah: '3000000' });
    await person.step('Tandai sudah diajukan');
    await expect(person.enrollments()).toContainText('Diajukan');
  });

  await test.step('Ahmad: member and chairman, enrolled as BPU, still a draft', async () => {
    // Ahmad: member and chairman, enrolled as BPU, still a draft.
    await addPerson({ nik: '3674011203900001', nama: 'Ahmad Fauzi' });
    await person.addRole({ koperasi: KOPERASI, peran: 'Anggota', mulai: '2020-01-01' });
    await expect(person.roles()).toContainText('Anggota');
    await person.addRole({ koperasi: KOPERASI, peran: 'Pengurus', jabatan: 'Ketua', mulai: '2023-03-01' });
    await expect(person.roles()).toContainText('Pengurus · Ketua');
    await enroll({ bpu: true, upah: '1000000' });
  });

  await test.step('a walk-in without a KTP, and a former member', async () => {
    // A walk-in without a KTP (sex not entered), and a former member whose role has ended.
    await addPerson({ nik: '', nama: 'Joko Tanpa KTP' });
    await person.addRole({ koperasi: KOPERASI, peran: 'Anggota' });
    await expect(person.roles()).toContainText('Anggota');
    await addPerson({ nik: '3674011505850002', nama: 'Budi Santoso' });
    await person.roles().getByRole('button', { name: 'Tambah peran' }).click();
    await page.getByRole('combobox', { name: 'Koperasi' }).fill('sejahtera pamulang');
    await page.getByRole('option', { name: new RegExp(KOPERASI) }).click();
    await page.getByLabel('Peran', { exact: true }).selectOption({ label: 'Anggota' });
    await page.getByLabel('Sejak', { exact: true }).fill('2018-01-01');
    await page.getByLabel('Sampai', { exact: true }).fill('2024-12-31');
    await person.roles().getByRole('button', { name: 'Simpan' }).click();
    await expect(person.roles()).toContainText('Berakhir');
  });

  await test.step('the cooperative’s Orang tab', async () => {
    // The cooperative's Orang tab.
    await person.roles().getByRole('link', { name: KOPERASI }).click();
    await tabs.open('Data Perorangan');
    await expect(orang.compare()).toContainText('Tercatat 2 dari 3 anggota yang dilaporkan (1 belum tercatat).');
    await expect(orang.compare()).toContainText('Semua 1 karyawan yang dilaporkan sudah tercatat.');
    await expect(orang.compareRow('Anggota laki-laki')).toHaveText(['2', '1']);
    await expect(orang.compareRow('Anggota perempuan')).toHaveText(['1', '0']);
    await expect(orang.compareRow('Anggota, jenis kelamin belum diisi')).toHaveText(['—', '1']);
    await expect(orang.compareRow('Karyawan perempuan')).toHaveText(['1', '1']);
    await expect(orang.rows('Pengurus')).toHaveCount(1);
    await expect(orang.rows('Pengurus').first()).toContainText('Ketua');
    await expect(orang.rows('Pengurus').first()).toContainText('3674********0001');
    await expect(page.getByText('3674011203900001')).toHaveCount(0);
    await expect(orang.rows('Karyawan')).toHaveText([/Siti Rahmawati.*Perempuan.*Kasir/]);
    await expect(orang.rows('Anggota')).toHaveCount(2);
    await expect(orang.rows('Anggota').filter({ hasText: 'Joko Tanpa KTP' })).toContainText('Tanpa NIK');
    await expect(orang.rows('Anggota').filter({ hasText: 'Joko Tanpa KTP' })).toContainText('Belum diisi');
    await expect(orang.rows('Peran yang sudah berakhir')).toHaveText([/Budi Santoso.*Anggota.*31 Desember 2024/]);
  });

  await test.step('the Kepesertaan tab: progress, statuses, contributions', async () => {
    // The Kepesertaan tab: progress, statuses, and the monthly contributions of what is in process.
    const kepesertaan = new KoperasiKepesertaanTabObject(page);
    await tabs.open('Kepesertaan');
    await expect(kepesertaan.progress()).toContainText('0 dari 1 karyawan terdaftar');
    await expect(kepesertaan.progress()).toContainText('0 dari 1 pengurus terdaftar');
    await expect(kepesertaan.progress()).toContainText('0 dari 2 anggota terdaftar');
    await expect(kepesertaan.statusCounts().getByRole('listitem').filter({ hasText: 'Diajukan' })).toContainText('1');
    await expect(kepesertaan.statusCounts().getByRole('listitem').filter({ hasText: 'Draf' })).toContainText('1');
    // Siti PU Rp3.000.000 (JKK, JKM, JHT): employer 127.200, worker 60.000; Ahmad BPU Rp1.000.000: 16.800 himself.
    await expect(kepesertaan.iuranRow(/^Dalam proses/)).toHaveText(['Rp127.200', 'Rp76.800', 'Rp204.000']);
    await expect(kepesertaan.iuranRow(/^Terdaftar/)).toHaveText(['Rp0', 'Rp0', 'Rp0']);
    await expect(kepesertaan.rows()).toHaveCount(2);
    await expect(kepesertaan.rows().filter({ hasText: 'Siti Rahmawati' })).toContainText('JKK, JKM, JHT');
    await expect(kepesertaan.rows().filter({ hasText: 'Ahmad Fauzi' })).toContainText('BPU');
  });

  await test.step('the follow-up list, filtered by kecamatan and cooperative', async () => {
    // The follow-up list, filtered by kecamatan and by cooperative, with the status in the URL.
    const tindakLanjut = new TindakLanjutObject(page);
    await tindakLanjut.open();
    await expect(tindakLanjut.count('Draf')).toHaveText('1');
    await expect(tindakLanjut.count('Diajukan')).toHaveText('1');
    await expect(tindakLanjut.rows()).toHaveText([/Ahmad Fauzi/]);
    await tindakLanjut.tab('Diajukan').click();
    expect(routeParams(page).get('status')).toBe('diajukan');
    await expect(tindakLanjut.rows()).toHaveCount(1);
    await expect(tindakLanjut.rows().first()).toContainText('Siti Rahmawati');
    await expect(tindakLanjut.rows().first()).toContainText('3674********0003');
    await expect(tindakLanjut.rows().first()).toContainText('sejak hari ini');
    await expect(tindakLanjut.summary()).toHaveText('1 kepesertaan berstatus “Diajukan”');
    await tindakLanjut.kecamatan().selectOption({ label: 'Setu' });
    await expect(tindakLanjut.count('Diajukan')).toHaveText('0');
    await expect(tindakLanjut.rows()).toHaveCount(0);
    await tindakLanjut.kecamatan().selectOption({ label: 'Pamulang' });
    await expect(tindakLanjut.rows()).toHaveCount(1);
    await tindakLanjut.chooseKoperasi('karyawan sejahtera', KOPERASI);
    expect(routeParams(page).get('koperasi')).toBeTruthy();
    await expect(tindakLanjut.rows()).toHaveCount(1);
    await tindakLanjut.rows().first().getByRole('link', { name: KOPERASI }).click();
    await expect(tabs.tab('Kepesertaan')).toHaveAttribute('aria-selected', 'true');
  });
});

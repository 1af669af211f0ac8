import type { Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import { registerPerson } from '../pages/anggota-pages';
import { CheckInObject, KegiatanDetailObject, KegiatanFormObject, KegiatanListObject } from '../pages/kegiatan-pages';
import { KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { SetupPageObject } from '../pages/setup-page';

/** Names as long as real ones: the registry's full legal names, an event title as offices write it. */
const KOPERASI = 'Koperasi Konsumen Pegawai Negeri Sipil Pemerintah Kabupaten Karawang Sejahtera Bersama';
const KOPERASI_2 = 'Koperasi Simpan Pinjam dan Pembiayaan Syariah Maju Bersama Mandiri Kecamatan Serpong';
const JUDUL = 'Sosialisasi Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pengurus, Pengawas, Anggota dan Karyawan Koperasi se-Kecamatan Serpong Tahun 2026';

/** The page fits the window's width: nothing to scroll sideways to. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect.soft(scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}

async function visit(page: Page, hash: string, heading: string | RegExp) {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 10_000 });
}

/**
 * 1366×768, the common office laptop (the e2e viewport): every main page with long, realistic names fits the width
 * without sideways scrolling; the event page's actions stay on one row beside a long title; the walk-in form's
 * "Ingin mendaftar" and Simpan are on screen when it opens; the registry's search placeholder is not cut off.
 */
test('every main page works at 1366×768 with long names', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2026-12-04T09:30:00+07:00'));
  const kList = new KoperasiListObject(page);
  const kForm = new KoperasiFormObject(page);
  const detail = new KegiatanDetailObject(page);
  let koperasiHash = '';
  let kegiatanHash = '';
  await test.step('two cooperatives and two people with long names', async () => {
    await new SetupPageObject(page).completeForTangsel();

    for (const [nama, kecamatan] of [
      [KOPERASI, 'Serpong'],
      [KOPERASI_2, 'Setu'],
    ] as const) {
      await kList.open();
      await kList.add();
      await kForm.fillBasics({ nama, kecamatan, nomorBadanHukum: '518/BH/XIII.4/2012' });
      await kForm.save();
      await page.getByRole('heading', { level: 1, name: nama }).waitFor();
    }
    await expectNoSidewaysScroll(page, 'koperasi detail');
    koperasiHash = await page.evaluate(() => window.location.hash);
    await registerPerson(page, {
      nama: 'Ahmad Fauzi Rahmatullah',
      nik: '3674011203900001',
      telepon: '081234567890',
      koperasi: KOPERASI,
      peran: 'Pengurus',
      jabatan: 'Ketua',
    });
    await registerPerson(page, {
      nama: 'Dewi Lestari Ningsih',
      nik: '3674014405920002',
      telepon: '081298765432',
      koperasi: KOPERASI,
      peran: 'Pengurus',
      jabatan: 'Bendahara',
    });
    await expectNoSidewaysScroll(page, 'anggota detail');
  });

  await test.step('an event with a long title, two cooperatives invited', async () => {
    const kegiatanList = new KegiatanListObject(page);
    await kegiatanList.open();
    await kegiatanList.add();
    await expectNoSidewaysScroll(page, 'kegiatan form');
    const form = new KegiatanFormObject(page);
    await form.fill({
      judul: JUDUL,
      tanggal: '2026-12-04',
      jamMulai: '09:00',
      jamSelesai: '12:00',
      tempat: 'Aula Kantor Kecamatan Serpong',
      kecamatan: 'Serpong',
    });
    await form.save();
    await expect(detail.heading(JUDUL)).toBeVisible();
    await detail.invite(KOPERASI, ['Ahmad Fauzi Rahmatullah', 'Dewi Lestari Ningsih'], 3);
    await detail.invite(KOPERASI_2, [], 2);
    await expectNoSidewaysScroll(page, 'kegiatan detail');
    // The title wraps; the actions beside it stay on one row.
    const actions = page.locator('.page-header .page-actions').first().locator('a, button');
    const tops = await actions.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThanOrEqual(3);
    expect.soft(new Set(tops).size, `event actions on ${new Set(tops).size} rows`).toBe(1);
    kegiatanHash = await page.evaluate(() => window.location.hash);
  });

  await test.step('the check-in desk, and a walk-in form that fits the screen', async () => {
    // The check-in desk: one found, one walk-in whose form fits the screen as it opens.
    await detail.openCheckIn();
    const desk = new CheckInObject(page);
    await desk.sitAtTable('Siti Nurhaliza');
    await expect(await desk.checkIn('ahmad')).toHaveAttribute('data-hasil', 'hadir');
    await desk.search().press('Alt+m');
    await expect(await desk.checkIn('Rina Wati')).toHaveAttribute('data-hasil', 'tidak_ditemukan');
    await desk.search().press('Enter');
    const walkIn = desk.walkInForm();
    await expect(walkIn.getByLabel('Nama', { exact: true })).toHaveValue('Rina Wati');
    await expect.soft(walkIn.getByRole('checkbox', { name: /Ingin mendaftar/ })).toBeInViewport({ ratio: 1 });
    await expect.soft(walkIn.getByRole('button', { name: 'Simpan' })).toBeInViewport({ ratio: 1 });
    await expectNoSidewaysScroll(page, 'check-in walk-in');
  });

  await test.step('the registry: the search box shows its whole hint', async () => {
    // The registry: the search box shows its whole hint.
    await kList.open();
    const search = kList.search();
    // Typed out, the hint's own text must fit the box, beside the space Chromium keeps for the clear button.
    const overflows = await search.evaluate((input: HTMLInputElement) => {
      input.value = input.placeholder;
      const wider = input.scrollWidth > input.clientWidth;
      input.value = '';
      return wider;
    });
    expect.soft(overflows, 'the search placeholder is cut off').toBe(false);
  });

  await test.step('every main page and the cooperative’s tabs without sideways scroll', async () => {
    for (const [hash, heading] of [
      ['#/', 'Beranda'],
      ['#/koperasi', 'Daftar Koperasi'],
      ['#/koperasi/baru', 'Tambah Koperasi'],
      [koperasiHash, KOPERASI_2],
      ['#/anggota', 'Data Perorangan'],
      ['#/anggota/baru', 'Tambah Data Perorangan'],
      ['#/kepesertaan', 'Tindak Lanjut Kepesertaan'],
      ['#/kegiatan', 'Kegiatan Sosialisasi'],
      [kegiatanHash, JUDUL],
      ['#/pertukaran', 'Pertukaran Data'],
      ['#/pengaturan', 'Pengaturan'],
      ['#/tentang', 'Tentang KopLindung'],
    ] as const) {
      await visit(page, hash, heading);
      await expectNoSidewaysScroll(page, hash);
    }
    // The cooperative's other tabs: its people, its enrollments.
    await visit(page, koperasiHash, KOPERASI_2);
    for (const tab of ['Data Perorangan', 'Kepesertaan'] as const) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await expectNoSidewaysScroll(page, `koperasi tab ${tab}`);
    }
  });
});

import { execFileSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { docsPath } from '../harness/docs-path';
import { expect, test } from '../harness/fixtures';
import { pdfInfo, pdfText } from '../harness/pdf-text';
import { AnggotaDetailObject, registerPerson } from '../pages/anggota-pages';
import { DokumenSettingsSectionObject } from '../pages/dokumen-settings-section';
import { DokumenPreviewObject } from '../pages/dokumen-preview-page';
import { KegiatanDetailObject, KegiatanFormObject, KegiatanListObject } from '../pages/kegiatan-pages';
import { KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { PerjanjianFormObject, ProgramDetailObject, ProgramFormObject, ProgramListObject } from '../pages/program-pages';
import { SetupPageObject } from '../pages/setup-page';
import { dismissToasts, toastWith, undoFromToast } from '../pages/toasts';
import type { Page } from '@playwright/test';
import { flat } from '../harness/pdf-teks';

const MOU = 'Perluasan Kepesertaan Jaminan Sosial Ketenagakerjaan bagi Pelaku Koperasi dan UMKM';
const PROGRAM_KSP = 'Kepesertaan BPJS Ketenagakerjaan karyawan KSP';

async function addKoperasi(page: Page, k: { nama: string; jenis: string; golongan?: string }) {
  const list = new KoperasiListObject(page);
  const form = new KoperasiFormObject(page);
  await list.open();
  await list.add();
  await form.fillBasics({ nama: k.nama, jenis: k.jenis });
  if (k.golongan) await form.field('Golongan').selectOption({ label: k.golongan });
  await form.save();
  await expect(page.getByRole('heading', { level: 1, name: k.nama })).toBeVisible();
}

/**
 * The Karawang story (issue 13): the national MoU with its two numbers, the program for KSP employees and the target
 * of all 98 KSP this year; an employee's enrollment made terdaftar moves the achievement and shrinks the worklist,
 * on the program's page and on the Beranda's charts; an event that serves the program prints the MoU's numbers as
 * the berita acara's *Dasar:* (checked in the saved PDF with pdftotext).
 */
test('Karawang: the MoU, the 98-KSP target, an enrollment made terdaftar moves the chart and shrinks the worklist', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.clock.setFixedTime(new Date('2026-11-21T09:30:00+07:00'));
  await new SetupPageObject(page).completeForKarawang();

  await test.step('the registry holds two KSP', async () => {
    await addKoperasi(page, { nama: 'KSP Mekar Sari Karawang', jenis: 'Simpan pinjam' });
    await addKoperasi(page, { nama: 'KSP Sinar Tani Makmur', jenis: 'Simpan pinjam' });
  });

  await test.step('the MoU with one number per party; a second agreement repeating a number is refused beside it', async () => {
    const list = new ProgramListObject(page);
    const form = new PerjanjianFormObject(page);
    await list.open();
    await page.getByRole('link', { name: 'Tambah perjanjian' }).click();
    await form.fill({
      jenis: 'MoU (nota kesepahaman)',
      tingkat: 'Nasional',
      judul: MOU,
      tanggal: '2020-11-12',
      pihak: [
        { nama: 'Kementerian Koperasi dan UKM', nomor: '12/KB/M.KUKM/XI/2020', penandatangan: 'Teten Masduki', jabatan: 'Menteri Koperasi dan UKM' },
        { nama: 'BPJS Ketenagakerjaan', nomor: 'MOU/8/11/2020', penandatangan: 'Agus Susanto', jabatan: 'Direktur Utama' },
      ],
    });
    await form.save();
    await expect(page.getByRole('heading', { level: 1, name: MOU })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Para pihak' })).toContainText('MOU/8/11/2020');

    await list.open();
    await page.getByRole('link', { name: 'Tambah perjanjian' }).click();
    await form.fill({
      jenis: 'PKS (perjanjian kerja sama)',
      tingkat: 'Kabupaten/kota',
      judul: 'Salinan yang keliru',
      pihak: [{ nama: 'BPJS Ketenagakerjaan', nomor: 'mou/8/11/2020' }],
    });
    await form.save();
    await expect(page.getByText('Nomor ini sudah dipakai perjanjian lain.')).toBeVisible();
    await expect(form.field('Nomor perjanjian (Pihak 1)')).toBeFocused();
    await page.getByRole('button', { name: 'Batal' }).click();
  });

  await test.step('the program and its target: all 98 KSP this year; a target of 0 is refused', async () => {
    await page.getByRole('link', { name: 'Tambah program' }).click();
    const form = new ProgramFormObject(page);
    await form.fill({
      nama: PROGRAM_KSP,
      perjanjian: [MOU],
      aturan: 'Koperasi terdaftar BPJS Ketenagakerjaan (NPP, atau sekian orangnya terdaftar)',
      minimumTerdaftar: 1,
      peran: ['Karyawan'],
    });
    await form.save();
    const detail = new ProgramDetailObject(page);
    await expect(detail.heading(PROGRAM_KSP)).toBeVisible();
    await expect(page.getByText('Dasar:')).toBeVisible();
    await page.getByRole('link', { name: 'Tambah target' }).click();
    await detail.fillTarget({ mulai: '2026-01-01', sampai: '2026-12-31', segmen: 'Jenis koperasi', nilai: 'Simpan pinjam', nama: 'KSP 2026', jumlah: 0 });
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Target harus lebih dari 0.')).toBeVisible();
    await page.getByLabel('Target (angka)', { exact: true }).fill('98');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(detail.target('KSP 2026 · Tahun 2026')).toContainText('0 dari 98 koperasi (0%)');
    await expect(detail.worklist('KSP 2026 · Tahun 2026').getByRole('row')).toHaveCount(3);
  });

  await test.step('an employee of one KSP enrolled and made terdaftar', async () => {
    await registerPerson(page, {
      nama: 'Siti Rahmawati',
      nik: '3215014509950002',
      telepon: '081311112222',
      koperasi: 'KSP Mekar Sari Karawang',
      peran: 'Karyawan',
      jabatan: 'Kasir',
    });
    const detail = new AnggotaDetailObject(page);
    await detail.enrollments().getByRole('link', { name: 'Daftarkan ke BPJS Ketenagakerjaan' }).click();
    await page.getByLabel('Upah per bulan (Rp)').fill('5599593');
    await page.getByLabel('Peserta sudah membaca dan menyetujui pernyataan ini').check();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(detail.enrollments()).toContainText('Draf');
    await detail.step('Tandai formulir dicetak');
    await expect(detail.enrollments()).toContainText('Formulir dicetak');
    await detail.step('Tandai sudah diajukan');
    await expect(detail.enrollments()).toContainText('Diajukan');
    await detail.step('Tandai terdaftar');
    await page.getByLabel('Nomor KPJ').fill('12345678901');
    await page.getByRole('button', { name: 'Simpan status' }).click();
    await expect(detail.enrollments()).toContainText('Terdaftar');
  });

  await test.step('the achievement moves and the worklist shrinks', async () => {
    await new ProgramListObject(page).open();
    await expect(page.getByRole('region', { name: 'Program' })).toContainText('1 dari 98 koperasi (1%)');
    await page.getByRole('link', { name: PROGRAM_KSP }).click();
    const detail = new ProgramDetailObject(page);
    await expect(detail.target('KSP 2026 · Tahun 2026')).toContainText('1 dari 98 koperasi (1%)');
    await expect(detail.worklist('KSP 2026 · Tahun 2026').getByRole('row')).toHaveCount(2);
    await expect(detail.worklist('KSP 2026 · Tahun 2026')).toContainText('KSP Sinar Tani Makmur');
    await expect(detail.worklist('KSP 2026 · Tahun 2026')).not.toContainText('KSP Mekar Sari');
    // The target's own charts, each with its numbers: the bars' table, the monthly line stopping at this month.
    await expect(detail.chart('KSP 2026 · Tahun 2026', 'Target dan capaian')).toBeVisible();
    await expect(detail.chart('KSP 2026 · Tahun 2026', 'Capaian kumulatif per bulan dan laju menuju target')).toBeVisible();
    await expect(
      detail
        .target('KSP 2026 · Tahun 2026')
        .getByRole('table', { name: 'Angka target dan capaian' })
        .getByRole('row', { name: /KSP 2026/ }),
    ).toHaveText(/KSP 2026\s*98\s*1\s*1%/);
    const bulanan = detail.target('KSP 2026 · Tahun 2026').getByRole('table', { name: 'Angka capaian kumulatif per bulan', includeHidden: true });
    await expect(bulanan.getByRole('row', { name: /Nov 2026/, includeHidden: true })).toHaveText(/Nov 2026\s*1\s*89,8/);
    await expect(bulanan.getByRole('row', { name: /Des 2026/, includeHidden: true })).toHaveText(/Des 2026\s*—\s*98/);
  });

  await test.step('the Beranda: bars, the monthly line and the funnel, each with its numbers', async () => {
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Beranda' }).click();
    const beranda = page.getByRole('region', { name: 'Capaian program' });
    // Grouped by the agreement the program rests on, named with its numbers.
    await expect(beranda.getByRole('region', { name: new RegExp(MOU) })).toContainText('12/KB/M.KUKM/XI/2020, MOU/8/11/2020');
    await expect(beranda.getByRole('region', { name: new RegExp(MOU) }).getByRole('group', { name: new RegExp(PROGRAM_KSP) })).toBeVisible();
    await expect(beranda.getByRole('table', { name: 'Angka target dan capaian per segmen' }).getByRole('row', { name: /KSP 2026/ })).toHaveText(
      /KSP 2026\s*98\s*1\s*1%/,
    );
    await expect(beranda.getByRole('table', { name: 'Angka tahapan kepesertaan' }).getByRole('row', { name: /Terdaftar/ })).toContainText('1');
    for (const chart of ['Target dan capaian per segmen', 'Capaian kumulatif per bulan dan laju menuju target', 'Tahapan kepesertaan']) {
      await expect(beranda.getByRole('img', { name: chart })).toBeVisible();
    }
    await dismissToasts(page);
    await beranda.scrollIntoViewIfNeeded();
    await page.screenshot({ path: docsPath('screenshots', 'beranda-capaian.png'), fullPage: true });
  });

  await test.step('the Laporan Capaian Program: previewed, saved as A4 PDF, signed on the head’s behalf', async () => {
    // The signer signs on the head's behalf: set once in Pengaturan with the signer, not typed at each print.
    const dokumen = new DokumenSettingsSectionObject(page);
    await dokumen.open();
    await dokumen.field('Atas nama (a.n.) jabatan').fill('Kepala Dinas Koperasi dan UKM Kabupaten Karawang');
    await dokumen.save();
    await expect(page.getByRole('status').filter({ hasText: 'Kop surat dan penandatangan tersimpan.' })).toBeVisible();
    await new ProgramListObject(page).open();
    await page.getByRole('link', { name: PROGRAM_KSP }).click();
    await page.getByRole('link', { name: 'Laporan capaian' }).click();
    const preview = new DokumenPreviewObject(app);
    await preview.waitFor();
    const pdf = await preview.savePdf();
    expect(pdfInfo(pdf)).toMatchObject({ width: 595, height: 842 });
    const text = flat(pdfText(pdf));
    expect(text).toContain('LAPORAN CAPAIAN PROGRAM');
    expect(text).toContain('Dasar: Nota Kesepahaman tentang');
    expect(text).toMatch(/1 KSP 2026 Tahun 2026 98 koperasi 1 1%/);
    // Each target with its figure, percentage and charts, the months' numbers below (the line stops at November).
    expect(text).toContain('1. KSP 2026 (Tahun 2026): 1 dari 98 koperasi (1%)');
    expect(text).toContain('Capaian kumulatif per bulan dan laju menuju target');
    expect(text).toMatch(/Bulan Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des/);
    expect(text).toMatch(/Tercapai \(kumulatif\) 0 0 0 0 0 0 0 0 0 0 1 —/);
    expect(text).toMatch(/Laju menuju target 8,2 16,3 24,5 32,7 40,8 49 57,2 65,3 73,5 81,7 89,8 98/);
    expect(text).toContain('Mengetahui,');
    expect(text).toContain('a.n. Kepala Dinas Koperasi dan UKM Kabupaten Karawang');
    expect(text).toContain('Lampiran: daftar yang perlu ditindaklanjuti');
    expect(text).toMatch(/1 KSP Sinar Tani Makmur Belum disentuh/);
    expect(text).not.toContain('KSP Mekar Sari Karawang Belum');
    const target = docsPath('screenshots', 'laporan-capaian.png');
    const out = target.replace(/\.png$/, '-tmp');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, out]);
    renameSync(`${out}.png`, target);
    await page.getByRole('button', { name: 'Kembali' }).click();
  });

  await test.step('an event serving the program: the berita acara names the MoU numbers as its basis', async () => {
    const list = new KegiatanListObject(page);
    const form = new KegiatanFormObject(page);
    await list.open();
    await list.add();
    await form.fill({
      judul: 'Sosialisasi BPJS Ketenagakerjaan bagi Karyawan KSP',
      tanggal: '2026-11-21',
      jamMulai: '09:00',
      tempat: 'Aula Dinas Koperasi Karawang',
      programDilayani: PROGRAM_KSP,
    });
    await form.save();
    const detail = new KegiatanDetailObject(page);
    await expect(page.getByRole('link', { name: PROGRAM_KSP })).toBeVisible();
    await detail.openDocument('Berita acara');
    const preview = new DokumenPreviewObject(app);
    await preview.waitFor();
    const text = flat(pdfText(await preview.savePdf()));
    expect(text).toContain(`Dasar : Nota Kesepahaman tentang ${MOU}, Nomor 12/KB/M.KUKM/XI/2020 dan Nomor MOU/8/11/2020.`);
    expect(text).toContain(`Program/kesepakatan yang dilayani: ${PROGRAM_KSP}`);
  });
});

/**
 * PKS-PKB with Samsat Jawa Barat: a program the app does not otherwise track, counted by participations. 2020's
 * joins per golongan, 2021's targets (8 masyarakat, 2 karyawan), an overlapping period refused, and the same
 * cooperative recorded twice counted once.
 */
test('PKS-PKB: participations by golongan count against each year’s targets, once per cooperative', async ({ app }) => {
  test.setTimeout(150_000);
  const { page } = app;
  await page.clock.setFixedTime(new Date('2021-03-15T09:30:00+07:00'));
  await new SetupPageObject(page).completeForKarawang();
  await addKoperasi(page, { nama: 'Koperasi Karyawan Pupuk Kujang', jenis: 'Konsumen', golongan: 'Karyawan' });
  await addKoperasi(page, { nama: 'Koperasi Masyarakat Tirta Tarum', jenis: 'Serba usaha', golongan: 'Masyarakat' });
  const detail = new ProgramDetailObject(page);

  await test.step('the PKS and its program, counted by participation', async () => {
    await new ProgramListObject(page).open();
    await page.getByRole('link', { name: 'Tambah perjanjian' }).click();
    const pks = new PerjanjianFormObject(page);
    await pks.fill({
      jenis: 'PKS (perjanjian kerja sama)',
      tingkat: 'Provinsi',
      judul: 'PKS Pembayaran Pajak Kendaraan Bermotor melalui Koperasi',
      pihak: [
        { nama: 'Bapenda Jawa Barat (Samsat)', nomor: '970/PKS.12/2020' },
        { nama: 'Dinas Koperasi dan UKM Kabupaten Karawang', nomor: '518/PKS/01/2020' },
      ],
    });
    await pks.save();
    await page.getByRole('link', { name: 'Tambah program' }).click();
    await new ProgramFormObject(page).fill({ nama: 'PKS-PKB Samsat', aturan: 'Koperasi yang bergabung dalam program (dicatat per koperasi)' });
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(detail.heading('PKS-PKB Samsat')).toBeVisible();
  });

  await test.step('targets per year and golongan; an overlapping period is refused beside the dates', async () => {
    await detail.addTarget({
      mulai: '2020-01-01',
      sampai: '2020-12-31',
      segmen: 'Golongan (karyawan/masyarakat)',
      nilai: 'Karyawan',
      nama: 'Karyawan 2020',
      jumlah: 10,
    });
    await detail.addTarget({
      mulai: '2020-01-01',
      sampai: '2020-12-31',
      segmen: 'Golongan (karyawan/masyarakat)',
      nilai: 'Masyarakat',
      nama: 'Masyarakat 2020',
      jumlah: 1,
    });
    await detail.addTarget({
      mulai: '2021-01-01',
      sampai: '2021-12-31',
      segmen: 'Golongan (karyawan/masyarakat)',
      nilai: 'Masyarakat',
      nama: 'Masyarakat 2021',
      jumlah: 8,
    });
    await page.getByRole('link', { name: 'Tambah target' }).click();
    await detail.fillTarget({
      mulai: '2020-07-01',
      sampai: '2021-06-30',
      segmen: 'Golongan (karyawan/masyarakat)',
      nilai: 'Karyawan',
      nama: 'Karyawan 2020',
      jumlah: 2,
    });
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Periode ini bertumpang tindih dengan target lain untuk segmen yang sama.')).toBeVisible();
    await page.getByLabel('Mulai', { exact: true }).fill('2021-01-01');
    await page.getByLabel('Sampai', { exact: true }).fill('2021-12-31');
    await page.getByLabel('Nama', { exact: true }).fill('Karyawan 2021');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(detail.target('Karyawan 2021 · Tahun 2021')).toContainText('0 dari 2 koperasi (0%)');
  });

  await test.step('2020 participations count once per cooperative, against 2020 only', async () => {
    await detail.recordParticipation({ koperasi: 'Koperasi Karyawan Pupuk Kujang', bergabung: '2020-03-02' });
    await expect(page.getByText('Keikutsertaan Koperasi Karyawan Pupuk Kujang tercatat.')).toBeVisible();
    await detail.recordParticipation({ koperasi: 'Koperasi Masyarakat Tirta Tarum', bergabung: '2020-06-10' });
    // The same cooperative recorded again (as a second laptop would): still one cooperative.
    await detail.recordParticipation({ koperasi: 'Koperasi Karyawan Pupuk Kujang', bergabung: '2020-03-02' });
    await expect(detail.target('Karyawan 2020 · Tahun 2020')).toContainText('1 dari 10 koperasi (10%)');
    await expect(detail.target('Masyarakat 2020 · Tahun 2020')).toContainText('1 dari 1 koperasi (100%)');
    await expect(detail.target('Masyarakat 2021 · Tahun 2021')).toContainText('0 dari 8 koperasi (0%)');
    await expect(detail.worklist('Masyarakat 2021 · Tahun 2021')).toContainText('Koperasi Masyarakat Tirta Tarum');
  });
});

/**
 * A target for a named list of cooperatives (*daftar koperasi*, e.g. the office's assisted cooperatives): only those
 * listed count or are chased, on the program's page and on the Beranda under the agreement. Then the deletes an
 * office expects: the agreement a program rests on is not deleted (the refusal names the program); the program is,
 * with its target and participations, and one *Urungkan* brings all of it back.
 */
test('Daftar koperasi: a target for a named list; deleting the program takes its target and participations, one undo restores', async ({ app }) => {
  test.setTimeout(150_000);
  const { page } = app;
  await page.clock.setFixedTime(new Date('2026-06-15T09:30:00+07:00'));
  await new SetupPageObject(page).completeForKarawang();
  await addKoperasi(page, { nama: 'KSP Binaan Sejahtera', jenis: 'Simpan pinjam' });
  await addKoperasi(page, { nama: 'Koperasi Binaan Tani Jaya', jenis: 'Produsen' });
  await addKoperasi(page, { nama: 'Koperasi Lain Mandiri', jenis: 'Konsumen' });
  const PKS = 'PKS Pendampingan Koperasi Binaan';
  const PROGRAM = 'Pendampingan koperasi binaan';
  const TARGET = 'Koperasi binaan 2026 · Tahun 2026';
  const detail = new ProgramDetailObject(page);

  await test.step('the PKS and its program, counted by participation', async () => {
    await new ProgramListObject(page).open();
    await page.getByRole('link', { name: 'Tambah perjanjian' }).click();
    const pks = new PerjanjianFormObject(page);
    await pks.fill({
      jenis: 'PKS (perjanjian kerja sama)',
      tingkat: 'Kabupaten/kota',
      judul: PKS,
      pihak: [
        { nama: 'Dinas Koperasi dan UKM Kabupaten Karawang', nomor: '518/PKS/07/2026' },
        { nama: 'Dekopinda Karawang', nomor: '12/DEK/2026' },
      ],
    });
    await pks.save();
    await expect(page.getByRole('heading', { level: 1, name: PKS })).toBeVisible();
    await new ProgramListObject(page).open();
    await page.getByRole('link', { name: 'Tambah program' }).click();
    const form = new ProgramFormObject(page);
    await form.fill({ nama: PROGRAM, perjanjian: [PKS], aturan: 'Koperasi yang bergabung dalam program (dicatat per koperasi)' });
    await form.save();
    await expect(detail.heading(PROGRAM)).toBeVisible();
  });

  await test.step('a target for two named cooperatives: only they are chased', async () => {
    await detail.addTarget({
      mulai: '2026-01-01',
      sampai: '2026-12-31',
      segmen: 'Daftar koperasi tertentu',
      daftar: ['KSP Binaan Sejahtera', 'Koperasi Binaan Tani Jaya'],
      nama: 'Koperasi binaan 2026',
      jumlah: 2,
    });
    await expect(detail.target(TARGET)).toContainText('0 dari 2 koperasi (0%)');
    await expect(detail.worklist(TARGET).getByRole('row')).toHaveCount(3);
    await expect(detail.worklist(TARGET)).toContainText('KSP Binaan Sejahtera');
    await expect(detail.worklist(TARGET)).toContainText('Koperasi Binaan Tani Jaya');
    await expect(detail.worklist(TARGET)).not.toContainText('Koperasi Lain Mandiri');
  });

  await test.step('a listed cooperative joining counts; one outside the list does not', async () => {
    // Each save is awaited on the list of participations, which stays (a toast leaves on its own after 4 s).
    const participations = page.getByRole('region', { name: 'Keikutsertaan koperasi' });
    await detail.recordParticipation({ koperasi: 'KSP Binaan Sejahtera', bergabung: '2026-03-02' });
    await expect(participations).toContainText('KSP Binaan Sejahtera');
    await detail.recordParticipation({ koperasi: 'Koperasi Lain Mandiri', bergabung: '2026-04-01' });
    await expect(participations).toContainText('Koperasi Lain Mandiri');
    await expect(detail.target(TARGET)).toContainText('1 dari 2 koperasi (50%)');
    await expect(detail.worklist(TARGET).getByRole('row')).toHaveCount(2);
    await expect(detail.worklist(TARGET)).toContainText('Koperasi Binaan Tani Jaya');
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Beranda' }).click();
    const group = page.getByRole('region', { name: 'Capaian program' }).getByRole('region', { name: new RegExp(PKS) });
    await expect(group.getByRole('table', { name: 'Angka target dan capaian per segmen' }).getByRole('row', { name: /Koperasi binaan 2026/ })).toHaveText(
      /Koperasi binaan 2026\s*2\s*1\s*50%/,
    );
    // Not a BPJS program: no enrollment funnel.
    await expect(group.getByRole('img', { name: 'Tahapan kepesertaan' })).toHaveCount(0);
  });

  await test.step('the agreement a program rests on is not deleted; the refusal names the program', async () => {
    const list = new ProgramListObject(page);
    await list.open();
    await list.section('Perjanjian').getByRole('link', { name: PKS }).click();
    await page.getByRole('button', { name: 'Hapus', exact: true }).click();
    await expect(toastWith(page, `Tidak terhapus: perjanjian ini masih menjadi dasar program “${PROGRAM}”.`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: PKS })).toBeVisible();
  });

  await test.step('the program is deleted with its target and participations; one undo brings all back', async () => {
    await page.getByRole('link', { name: PROGRAM }).click();
    await expect(detail.heading(PROGRAM)).toBeVisible();
    await page.getByRole('button', { name: 'Hapus', exact: true }).click();
    const deleted = `Program “${PROGRAM}” dihapus beserta 1 target dan 2 keikutsertaan koperasi.`;
    await expect(toastWith(page, deleted)).toBeVisible();
    await expect(new ProgramListObject(page).section('Program')).not.toContainText(PROGRAM);
    await undoFromToast(page, deleted);
    await expect(detail.heading(PROGRAM)).toBeVisible();
    await expect(detail.target(TARGET)).toContainText('1 dari 2 koperasi (50%)');
    await expect(page.getByRole('region', { name: 'Keikutsertaan koperasi' })).toContainText('Koperasi Lain Mandiri');
  });
});

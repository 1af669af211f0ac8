import { docsPath } from '../harness/docs-path';
import { expect, test } from '../harness/fixtures';
import { pdfInfo, pdfText } from '../harness/pdf-text';
import { registerPerson } from '../pages/anggota-pages';
import { DokumenPreviewObject } from '../pages/dokumen-preview-page';
import { DokumenSettingsSectionObject } from '../pages/dokumen-settings-section';
import { CheckInObject, KegiatanDetailObject, KegiatanFormObject, KegiatanListObject } from '../pages/kegiatan-pages';
import { KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { SetupPageObject } from '../pages/setup-page';
import { dismissToasts } from '../pages/toasts';
import { flat, renderFirstPage } from '../harness/pdf-teks';

const KOPERASI = 'Koperasi Simpan Pinjam Maju Bersama';
const JUDUL = 'Sosialisasi Perlindungan BPJS Ketenagakerjaan bagi Pengurus Koperasi';

/**
 * A whole socialization day, as an officer runs it on a laptop with no connection: plan the event and invite a
 * cooperative, print the daftar hadir, check people in (hadir, sudah hadir, ingin mendaftar, a walk-in), close the
 * event, and print the berita acara, the enrollment forms and the cooperative's daftar kolektif, each checked as a
 * PDF (pdftotext, page count) and rendered for docs/fitur.md (pdftoppm).
 */
test('an event day from plan to berita acara, every document checked as a PDF', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const detail = new KegiatanDetailObject(page);
  const preview = new DokumenPreviewObject(app);
  // A fixed clock: the check-in times, the signing dates and the committed images are the same on every run.
  await page.clock.setFixedTime(new Date('2026-11-21T09:30:00+07:00'));
  await test.step('office set up: signatory, a cooperative and two of its people', async () => {
    await new SetupPageObject(page).completeForTangsel();

    const settings = new DokumenSettingsSectionObject(page);
    await settings.open();
    await settings.field('Nama penandatangan').fill('Drs. H. Bambang Wijaya, M.Si.');
    await settings.field('Pangkat/golongan').fill('Pembina Tingkat I (IV/b)');
    await settings.field('NIP').fill('19700512 199503 1 002');
    await settings.save();
    await expect(page.getByRole('status')).toContainText('Kop surat dan penandatangan tersimpan.');

    const kList = new KoperasiListObject(page);
    const kForm = new KoperasiFormObject(page);
    await kList.open();
    await kList.add();
    await kForm.fillBasics({ nama: KOPERASI, kecamatan: 'Serpong' });
    await kForm.save();
    await registerPerson(page, {
      nama: 'Ahmad Fauzi',
      nik: '3674011203900001',
      telepon: '081234567890',
      koperasi: KOPERASI,
      peran: 'Pengurus',
      jabatan: 'Ketua',
    });
    await registerPerson(page, {
      nama: 'Dewi Lestari',
      nik: '3674014405920002',
      telepon: '081298765432',
      koperasi: KOPERASI,
      peran: 'Pengurus',
      jabatan: 'Bendahara',
    });
  });

  await test.step('plan the event and invite the cooperative', async () => {
    // Plan the event and invite the cooperative: two named representatives, three expected.
    const list = new KegiatanListObject(page);
    const form = new KegiatanFormObject(page);
    await list.open();
    await list.add();
    await form.fill({
      judul: JUDUL,
      tanggal: '2026-11-21',
      jamMulai: '09:00',
      jamSelesai: '12:00',
      tempat: 'Aula Kantor Kecamatan Serpong',
      alamat: 'Jl. Raya Serpong No. 1',
      kecamatan: 'Serpong',
      program: 'PKS Dinas Koperasi dan UKM dengan BPJS Ketenagakerjaan 2026',
      penyelenggara: ['Dinas Koperasi dan Usaha Kecil Menengah'],
      mitra: ['BPJS Ketenagakerjaan Cabang Serpong', 'Dekopinda Kota Tangerang Selatan'],
      narasumber: [{ nama: 'Hendra Gunawan', jabatan: 'Kepala Bidang Kepesertaan, BPJS Ketenagakerjaan Cabang Serpong' }],
    });
    await form.save();
    await expect(detail.heading(JUDUL)).toBeVisible();
    await expect(detail.status()).toHaveText('Direncanakan');
    await detail.invite(KOPERASI, ['Ahmad Fauzi', 'Dewi Lestari'], 3);
    await expect(detail.invitations()).toContainText('Ahmad Fauzi, Dewi Lestari');
  });

  await test.step('the daftar hadir before the doors open', async () => {
    // The daftar hadir before the doors open: the invited, one blank row for the cooperative, blank rows for walk-ins.
    await detail.openDocument('Daftar hadir');
    await preview.waitFor();
    await preview.setBlankRows(5);
    await expect(preview.tableRows()).toHaveCount(8);
    const daftarHadir = await preview.savePdf();
    const hadirRaw = pdfText(daftarHadir);
    const hadir = flat(hadirRaw);
    expect(hadir).toContain('PEMERINTAH KOTA TANGERANG SELATAN');
    expect(hadir).toContain('DINAS KOPERASI DAN USAHA KECIL MENENGAH');
    expect(hadir).toContain('DAFTAR HADIR');
    expect(hadir).toContain(JUDUL.toUpperCase());
    expect(hadir).toContain('Hari/Tanggal : Sabtu, 21 November 2026');
    expect(hadir).toContain('Waktu : 09.00–12.00 WIB');
    expect(hadir).toContain('No Nama Koperasi/Instansi Jabatan No. HP Tanda Tangan');
    expect(hadir).toMatch(/1 Ahmad Fauzi Koperasi Simpan Ketua 081234567890 1\. \.+ Pinjam Maju Bersama/);
    expect(hadir).toMatch(/2 Dewi Lestari Koperasi Simpan Bendahara 081298765432 2\. \.+ Pinjam Maju Bersama/);
    expect(hadir).toMatch(/8 8\. \.+/);
    expect(hadir).not.toMatch(/3674\d{12}|3674\*+/);
    expect(hadir).toContain('Drs. H. Bambang Wijaya, M.Si.');
    expect(hadir).toContain('NIP. 197005121995031002');
    expect(pdfInfo(daftarHadir)).toEqual({ pages: 1, width: 595, height: 842 });
    expect(preview.lastSuggestedName()).toBe(`Daftar Hadir - ${JUDUL} - 2026-11-21.pdf`);
    // Zig-zag: odd numbers sign on the left half of the column, even numbers on the right.
    const column = (n: number) =>
      hadirRaw
        .split('\n')
        .find((l) => new RegExp(`\\s${n}\\. \\.+\\s*$`).test(l))!
        .search(new RegExp(`${n}\\. \\.+`));
    expect(column(2)).toBeGreaterThan(column(1));
    expect(column(4)).toBeGreaterThan(column(3));
    expect(Math.abs(column(3) - column(1))).toBeLessThan(3);
    renderFirstPage(daftarHadir, 'daftar-hadir');
    // A long sheet repeats its header on every page and keeps numbering.
    await preview.setBlankRows(60);
    await expect(preview.tableRows()).toHaveCount(63);
    const long = await preview.savePdf();
    expect(pdfInfo(long).pages).toBe(3);
    expect(flat(pdfText(long)).match(/No Nama Koperasi\/Instansi Jabatan No\. HP Tanda Tangan/g)).toHaveLength(3);
    expect(flat(pdfText(long))).toMatch(/63 63\. \.+/);
    await page.getByRole('button', { name: 'Kembali' }).click();
  });

  await test.step('the event day at the check-in table', async () => {
    // The event day at the check-in table.
    await detail.openCheckIn();
    const desk = new CheckInObject(page);
    // Nobody is credited by default: the table asks who sits at it, by keyboard, before the first check-in.
    await expect(desk.petugasChooser()).toBeVisible();
    await expect(desk.search()).toHaveCount(0);
    await page.keyboard.press('ArrowDown');
    await expect(desk.petugasChooser().getByRole('button', { name: 'Budi Santoso' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(desk.petugasMeja()).toHaveText('Siti Nurhaliza');
    await expect(desk.search()).toBeFocused();
    // Asked once a day: coming back to the table does not ask again.
    await page.getByRole('link', { name: 'Kembali ke kegiatan' }).click();
    await detail.openCheckIn();
    await expect(desk.petugasMeja()).toHaveText('Siti Nurhaliza');
    await expect(desk.search()).toBeFocused();
    await expect(await desk.checkIn('ahmad')).toHaveAttribute('data-hasil', 'hadir');
    await expect(desk.outcome()).toContainText('Ahmad Fauzi — Koperasi Simpan Pinjam Maju Bersama · pukul 09.30 WIB');
    await expect(desk.search()).toHaveValue('');
    await expect(desk.rekap('hadir')).toHaveText('1');
    // The same person again, by NIK: already present, by whom and when; still one attendee.
    await expect(await desk.checkIn('3674 0112 0390 0001')).toHaveAttribute('data-hasil', 'sudah_hadir');
    await expect(desk.outcome()).toContainText('Sudah dicatat oleh Siti Nurhaliza pukul 09.30 WIB.');
    await expect(desk.rekap('hadir')).toHaveText('1');
    // By phone, then "ingin mendaftar" from the keyboard.
    await expect(await desk.checkIn('0812-9876-5432')).toHaveAttribute('data-hasil', 'hadir');
    await desk.search().press('Alt+m');
    await expect(desk.inginMendaftar()).toBeChecked();
    await expect(desk.rekap('inginMendaftar')).toHaveText('1');
    // Somebody nobody invited: not found, Enter again opens the walk-in form with what was typed.
    await expect(await desk.checkIn('Rina Wati')).toHaveAttribute('data-hasil', 'tidak_ditemukan');
    await desk.search().press('Enter');
    const walkIn = desk.walkInForm();
    await expect(walkIn.getByLabel('Nama', { exact: true })).toHaveValue('Rina Wati');
    const picker = walkIn.getByRole('combobox', { name: 'Koperasi' });
    await expect(picker).toBeFocused();
    await picker.fill('Maju Bersama');
    await page.getByRole('option', { name: new RegExp(KOPERASI) }).waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await walkIn.getByLabel('Jabatan', { exact: true }).fill('Sekretaris');
    await walkIn.getByLabel('No. HP', { exact: true }).fill('081311112222');
    await walkIn.getByRole('checkbox', { name: /Ingin mendaftar/ }).check();
    await walkIn.getByLabel('No. HP', { exact: true }).press('Enter');
    await expect(desk.outcome()).toHaveAttribute('data-hasil', 'hadir');
    await expect(desk.outcome()).toContainText('Rina Wati');
    await expect(desk.inginMendaftar()).toBeChecked();
    await expect(desk.rekap('hadir')).toHaveText('3');
    // Ahmad and Dewi were named on the invitation; Rina came for the invited cooperative without being named.
    await expect(desk.rekap('undanganHadir')).toHaveText('2');
    await expect(page.locator('[data-rekap="undanganHadir"] small')).toHaveText('dari 2 diundang');
    await expect(desk.rekap('perwakilanLain')).toHaveText('1');
    await expect(desk.rekap('tanpaUndangan')).toHaveText('0');
    await expect(desk.rekap('koperasiHadir')).toHaveText('1');
    await expect(desk.rekap('walkIn')).toHaveText('1');
    await expect(desk.rekap('inginMendaftar')).toHaveText('2');
    await expect(await desk.checkIn('rina')).toHaveAttribute('data-hasil', 'sudah_hadir');
    // The cooperative's name: its invited people first (answered from memory), its other pengurus below them once
    // the full search answers; the arrows pick among all of them and Enter checks in the one picked.
    await desk.search().fill('maju bersama');
    await expect(desk.results()).toHaveText([/^Ahmad Fauzi/, /^Dewi Lestari/, /^Rina Wati/]);
    await desk.search().press('ArrowDown');
    await desk.search().press('ArrowDown');
    await expect(desk.results().nth(2)).toHaveAttribute('aria-selected', 'true');
    await desk.search().press('Enter');
    await expect(desk.outcome()).toHaveAttribute('data-hasil', 'sudah_hadir');
    await expect(desk.outcome()).toContainText('Rina Wati');
    await page.setViewportSize({ width: 1280, height: 900 });
    await dismissToasts(page);
    await page.screenshot({ path: docsPath('screenshots', 'check-in.png') });
  });

  await test.step('close the event: check-in stops', async () => {
    // Close the event: check-in stops.
    await page.getByRole('link', { name: 'Kembali ke kegiatan' }).click();
    await detail.step('Tutup kegiatan');
    await expect(detail.status()).toHaveText('Selesai');
    await expect(page.getByRole('link', { name: 'Buka check-in' })).toHaveCount(0);
    await expect(detail.participants()).toContainText('Rina Wati');
  });

  await test.step('the berita acara', async () => {
    // The berita acara: the date in words, the figures, the attendees, the signatures.
    await detail.openDocument('Berita acara');
    await preview.waitFor();
    await page.getByLabel('Nomor surat').fill('500.3/117/Diskop/2026');
    const beritaAcaraPdf = await preview.savePdf();
    const beritaAcaraRaw = pdfText(beritaAcaraPdf);
    const beritaAcara = flat(beritaAcaraRaw);
    expect(beritaAcara).toContain('PEMERINTAH KOTA TANGERANG SELATAN');
    expect(beritaAcara).toContain('BERITA ACARA');
    expect(beritaAcara).toContain(
      `Pada hari ini, Sabtu tanggal Dua Puluh Satu bulan November tahun Dua Ribu Dua Puluh Enam (21 November 2026), bertempat di Aula Kantor Kecamatan Serpong, Jl. Raya Serpong No. 1`,
    );
    expect(beritaAcara).toContain('Nomor : 500.3/117/Diskop/2026');
    // No program picked: the Dasar is the event's own words for what it serves.
    expect(beritaAcara).toContain('Dasar : PKS Dinas Koperasi dan UKM dengan BPJS Ketenagakerjaan 2026');
    expect(beritaAcara).toContain('Penyelenggara: Dinas Koperasi dan Usaha Kecil Menengah Kota Tangerang Selatan');
    expect(beritaAcara).toContain('Koperasi yang diundang : 1 koperasi');
    expect(beritaAcara).toContain('Peserta yang hadir : 3 orang');
    expect(beritaAcara).toContain('Undangan hadir : 2 dari 2 orang');
    expect(beritaAcara).toContain('Perwakilan lain dari koperasi undangan : 1 orang');
    expect(beritaAcara).toContain('Peserta tanpa undangan : 0 orang');
    expect(beritaAcara).toContain('Peserta yang ingin mendaftar BPJS Ketenagakerjaan : 2 orang');
    expect(beritaAcara).toContain('Peserta yang dibuatkan draf kepesertaan : 2 orang');
    expect(beritaAcara).toMatch(/pukul 09\.00– ?12\.00 WIB/);
    expect(beritaAcara).toMatch(/1 Ahmad Fauzi .*2 Dewi Lestari .*3 Rina Wati/);
    expect(beritaAcara).toContain('Mengetahui,');
    expect(beritaAcara).toContain('Drs. H. Bambang Wijaya, M.Si.');
    expect(beritaAcara).not.toMatch(/3674\d{12}/);
    // The closing sentence and both signers on one page (pdftotext ends each page with a form feed); each with a NIP line.
    const halamanPenutup = beritaAcaraRaw.split('\f').find((p) => flat(p).includes('Demikian berita acara ini'));
    expect(halamanPenutup).toBeDefined();
    expect(halamanPenutup).toContain('Siti Nurhaliza');
    expect(halamanPenutup).toContain('Drs. H. Bambang Wijaya, M.Si.');
    expect(halamanPenutup).toContain('NIP. 197005121995031002');
    expect(halamanPenutup).toMatch(/NIP\. …+/);
    expect(pdfInfo(beritaAcaraPdf).pages).toBeGreaterThanOrEqual(1);
    renderFirstPage(beritaAcaraPdf, 'berita-acara');
    await page.getByRole('button', { name: 'Kembali' }).click();
  });

  await test.step('the enrollment forms of those who want to enroll', async () => {
    // The enrollment forms of the two who want to enroll: one person per page, the whole NIK, blanks where data is missing.
    await detail.openDocument('Formulir pendaftaran peserta');
    await preview.waitFor();
    const formulirPdf = await preview.savePdf();
    const formulir = flat(pdfText(formulirPdf));
    expect(formulir).toContain('Dewi Lestari');
    expect(formulir).toContain('3674014405920002');
    expect(formulir).toContain('Rina Wati');
    expect(formulir).not.toContain('Ahmad Fauzi');
    expect(formulir).not.toMatch(/undefined|NaN|Rp0\b/);
    expect(pdfInfo(formulirPdf).pages).toBe(2);
    renderFirstPage(formulirPdf, 'formulir-pendaftaran');
    await page.getByRole('button', { name: 'Kembali' }).click();
  });

  await test.step('the cooperative’s daftar kolektif', async () => {
    // The cooperative's daftar kolektif for the branch: the people to register from this event.
    await page.getByRole('link', { name: `Daftar kolektif ${KOPERASI}` }).click();
    await preview.waitFor();
    const kolektifPdf = await preview.savePdf();
    const kolektif = flat(pdfText(kolektifPdf));
    expect(kolektif).toContain(KOPERASI);
    expect(kolektif).toMatch(/1 Dewi Lestari 3674014405920002/);
    expect(kolektif).toMatch(/2 Rina Wati/);
    const info = pdfInfo(kolektifPdf);
    expect(info.width).toBeGreaterThan(info.height);
    renderFirstPage(kolektifPdf, 'daftar-kolektif');
    await page.getByRole('button', { name: 'Kembali' }).click();
  });

  await test.step('reported, with the print history', async () => {
    // Reported: the event is final, and the print history says who printed what.
    await detail.step('Tandai sudah dilaporkan');
    await expect(detail.status()).toHaveText('Dilaporkan');
    for (const jenis of ['Daftar hadir', 'Berita acara', 'Formulir pendaftaran', 'Daftar kolektif']) await expect(detail.printHistory()).toContainText(jenis);
    await expect(detail.printHistory()).toContainText('Siti Nurhaliza');
  });
});

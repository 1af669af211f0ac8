import { execFileSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { docsPath } from '../harness/docs-path';
import { expect, test } from '../harness/fixtures';
import { pdfInfo, pdfText } from '../harness/pdf-text';
import { bacaKodeQr } from '../harness/qr-pdf';
import { registerPerson } from '../pages/anggota-pages';
import { DokumenPreviewObject } from '../pages/dokumen-preview-page';
import { DokumenSettingsSectionObject } from '../pages/dokumen-settings-section';
import { CheckInObject, KegiatanDetailObject, KegiatanFormObject, KegiatanListObject } from '../pages/kegiatan-pages';
import { KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { SetupPageObject } from '../pages/setup-page';
import { flat } from '../harness/pdf-teks';

const MAJU = 'Koperasi Simpan Pinjam Maju Bersama';
const SEJAHTERA = 'Sejahtera Mandiri Serpong';
const JUDUL = 'Sosialisasi Perlindungan BPJS Ketenagakerjaan bagi Pengurus Koperasi';

/**
 * The check-in codes printed on the letters, read off the PDF. A code wraps inside its narrow cell, so the text is
 * read in the order it was drawn (`pdftotext -raw`, which also keeps the hyphens at line ends) and without any
 * white space: a code is two 36-character ids after "UND.", so it is found whole.
 */
function kodeDariPdf(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return [...text.replace(/\s+/g, '').matchAll(/UND\.[0-9a-f-]{36}\.[0-9a-f-]{36}/g)].map((m) => m[0]);
}

/**
 * The paper that starts an event: a surat undangan for every invited cooperative, printed in one go (one PDF, a
 * page per letter, logged once), each named representative with a check-in code as a QR code and in letters; the
 * QR codes are read back from the rendered pages; then, at the table, a code "scanned" (typed key by key with its
 * Enter, as a USB scanner does) checks that person in with no key more.
 */
test('invitation letters for every invited cooperative, and their codes check people in', async ({ app }) => {
  test.setTimeout(150_000);
  const { page } = app;
  await page.clock.setFixedTime(new Date('2026-11-10T09:30:00+07:00'));
  const desk = new CheckInObject(page);
  const detail = new KegiatanDetailObject(page);
  const preview = new DokumenPreviewObject(app);

  await test.step('an office with a signer who signs for the head of office', async () => {
    await new SetupPageObject(page).completeForTangsel();
    const settings = new DokumenSettingsSectionObject(page);
    await settings.open();
    await settings.field('Nama penandatangan').fill('Dra. Rahmawati, M.M.');
    await settings.field('Jabatan').fill('Sekretaris');
    await settings.field('Atas nama (a.n.) jabatan').fill('Kepala Dinas Koperasi dan UKM Kota Tangerang Selatan');
    await settings.field('NIP').fill('19750312 200003 2 004');
    await settings.save();
    await expect(page.getByRole('status')).toContainText('Kop surat dan penandatangan tersimpan.');
  });

  await test.step('two cooperatives with their pengurus, invited to one event', async () => {
    const kList = new KoperasiListObject(page);
    const kForm = new KoperasiFormObject(page);
    for (const nama of [MAJU, SEJAHTERA]) {
      await kList.open();
      await kList.add();
      await kForm.fillBasics({ nama, kecamatan: 'Serpong' });
      await kForm.save();
    }
    await registerPerson(page, { nama: 'Ahmad Fauzi', nik: '3674011203900001', telepon: '081234567890', koperasi: MAJU, peran: 'Pengurus', jabatan: 'Ketua' });
    await registerPerson(page, {
      nama: 'Dewi Lestari',
      nik: '3674014405920002',
      telepon: '081298765432',
      koperasi: MAJU,
      peran: 'Pengurus',
      jabatan: 'Bendahara',
    });
    await registerPerson(page, {
      nama: 'Budi Hartono',
      nik: '3674010101850003',
      telepon: '081311112222',
      koperasi: SEJAHTERA,
      peran: 'Pengurus',
      jabatan: 'Ketua',
    });

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
    });
    await form.save();
    await expect(detail.heading(JUDUL)).toBeVisible();
    await detail.invite(MAJU, ['Ahmad Fauzi', 'Dewi Lestari'], 3);
    await detail.invite(SEJAHTERA, ['Budi Hartono']);
  });

  let kode: string[] = [];
  await test.step('the letters: one page per cooperative, in one PDF', async () => {
    await detail.openDocument('Surat undangan');
    await preview.waitFor();
    await expect(preview.heading()).toHaveText(`Surat Undangan: ${JUDUL}`);
    await page.getByLabel('Nomor surat').fill('005/214/Diskop/2026');
    await expect(page.getByLabel('Tanggal surat')).toHaveValue('2026-11-10');
    const pdf = await preview.savePdf();
    expect(preview.lastSuggestedName()).toBe(`Surat Undangan - ${JUDUL} - 2026-11-21.pdf`);
    expect(pdfInfo(pdf)).toEqual({ pages: 2, width: 595, height: 842 });
    const raw = pdfText(pdf);
    const [satu, dua] = raw.split('\f').map(flat);
    for (const halaman of [satu!, dua!]) {
      expect(halaman).toContain('PEMERINTAH KOTA TANGERANG SELATAN');
      expect(halaman).toContain('Tangerang Selatan, 10 November 2026');
      expect(halaman).toContain('Nomor : 005/214/Diskop/2026');
      expect(halaman).toContain('Lampiran : -');
      expect(halaman).toContain(`Perihal : Undangan ${JUDUL}`);
      expect(halaman).toContain('Hari/Tanggal : Sabtu, 21 November 2026');
      expect(halaman).toContain('Waktu : 09.00–12.00 WIB');
      expect(halaman).toContain('Tempat : Aula Kantor Kecamatan Serpong, Jl. Raya Serpong No. 1');
      expect(halaman).toContain('a.n. Kepala Dinas Koperasi dan UKM Kota Tangerang Selatan Sekretaris');
      expect(halaman).toContain('Dra. Rahmawati, M.M.');
      expect(halaman).toContain('NIP. 197503122000032004');
      expect(halaman).toContain('Demikian undangan ini kami sampaikan.');
      // Nothing personal in clear: no NIK, no phone number; the codes are record ids.
      expect(halaman).not.toMatch(/3674\d{12}|0812\d{8}/);
    }
    expect(satu).toContain(`Yth. Ketua ${MAJU} di Kec. Serpong`);
    expect(satu).toMatch(/1 Ahmad Fauzi Ketua/);
    expect(satu).toMatch(/2 Dewi Lestari Bendahara/);
    expect(satu).toMatch(/3 \S* ?sebutkan nama/);
    expect(dua).toContain(`Yth. Ketua Koperasi ${SEJAHTERA}`);
    expect(dua).toMatch(/1 Budi Hartono Ketua/);
    expect(dua).not.toContain('Ahmad Fauzi');
    kode = kodeDariPdf(pdf);
    expect(kode).toHaveLength(3);
    expect(new Set(kode).size).toBe(3);
    await expect(preview.sheet().locator('[data-kode]')).toHaveCount(3);
    // The QR codes on the paper hold the same codes: read back from the rendered pages with a QR decoder.
    expect(bacaKodeQr(pdf, 1).sort()).toEqual(kode.slice(0, 2).sort());
    expect(bacaKodeQr(pdf, 2)).toEqual([kode[2]]);
    expect(
      await preview
        .sheet()
        .locator('[data-kode]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kode'))),
    ).toEqual(kode);

    const target = docsPath('dokumen', 'surat-undangan.png');
    const temporary = target.replace(/\.png$/, '-tmp');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, temporary]);
    renameSync(`${temporary}.png`, target);
    await page.getByRole('button', { name: 'Kembali' }).click();
    await expect(detail.printHistory()).toContainText('Surat undangan — Disimpan sebagai PDF');
  });

  await test.step('at the table, a scanned code checks its person in at once', async () => {
    await detail.openCheckIn();
    await desk.sitAtTable('Siti Nurhaliza');
    await expect(await desk.scan(kode[1]!)).toHaveAttribute('data-hasil', 'hadir');
    await expect(desk.outcome()).toContainText(`Dewi Lestari — ${MAJU} · pukul 09.30 WIB`);
    await expect(desk.search()).toHaveValue('');
    await expect(desk.rekap('undanganHadir')).toHaveText('1');
    // The next letter's code, straight after: the box was emptied, so the codes never run together.
    await expect(await desk.scan(kode[2]!)).toHaveAttribute('data-hasil', 'hadir');
    await expect(desk.outcome()).toContainText(`Budi Hartono — ${SEJAHTERA}`);
    // The same letter shown twice: already present, by whom and when.
    await expect(await desk.scan(kode[1]!)).toHaveAttribute('data-hasil', 'sudah_hadir');
    await expect(desk.outcome()).toContainText('Sudah dicatat oleh Siti Nurhaliza pukul 09.30 WIB.');
    await expect(desk.rekap('hadir')).toHaveText('2');
    // A scanner with Caps Lock on types the code in capitals: still the same person.
    await expect(await desk.scan(kode[0]!.toUpperCase())).toHaveAttribute('data-hasil', 'hadir');
    await expect(desk.outcome()).toContainText('Ahmad Fauzi');
    // Another event's letter checks nobody in, says so, and leaves the box empty for the next scan.
    const lain = kode[0]!.replace(/^UND\.[0-9a-f-]{36}/, 'UND.00000000-0000-4000-8000-000000000000');
    await expect(await desk.scan(lain)).toHaveAttribute('data-hasil', 'kode_tidak_berlaku');
    await expect(desk.outcome()).toContainText('Kode ini dari surat undangan kegiatan lain.');
    await expect(desk.search()).toHaveValue('');
    await expect(desk.rekap('hadir')).toHaveText('3');
  });
});

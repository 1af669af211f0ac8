import { expect, test } from '../harness/fixtures';
import { pdfText } from '../harness/pdf-text';
import { AnggotaDetailObject, AnggotaListObject, registerPerson } from '../pages/anggota-pages';
import { DokumenPreviewObject } from '../pages/dokumen-preview-page';
import { CheckInObject, KegiatanDetailObject, KegiatanFormObject, KegiatanListObject } from '../pages/kegiatan-pages';
import { KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { SetupPageObject } from '../pages/setup-page';
import { flat, renderFirstPage } from '../harness/pdf-teks';

const KOPERASI = 'Koperasi Simpan Pinjam Maju Bersama';
const JUDUL = 'Sosialisasi BPJS Ketenagakerjaan Kecamatan Serpong';
const AHMAD = { nama: 'Ahmad Fauzi', nik: '3674011203900001' };

/**
 * *Ekspor data pribadi* (UU 27/2022, the right of access): a person with a role, an enrollment and a check-in asks
 * what the office holds about them; the PDF has all of it with the whole NIK and the letterhead, and the export is
 * in the print log on their page.
 */
test('a person’s data exported on request: record, role, enrollment and check-in in the PDF, and the export logged', async ({ app }) => {
  test.setTimeout(150_000);
  const { page } = app;
  await page.clock.setFixedTime(new Date('2026-11-21T09:30:00+07:00'));
  const person = new AnggotaDetailObject(page);
  const preview = new DokumenPreviewObject(app);

  await test.step('record a cooperative, a pengurus and their enrollment', async () => {
    await new SetupPageObject(page).completeForTangsel();
    await new KoperasiListObject(page).open();
    await new KoperasiListObject(page).add();
    const form = new KoperasiFormObject(page);
    await form.fillBasics({ nama: KOPERASI, kecamatan: 'Serpong' });
    await form.save();
    await registerPerson(page, { ...AHMAD, telepon: '081234567890', koperasi: KOPERASI, peran: 'Pengurus', jabatan: 'Ketua' });
    await person.enrollments().getByRole('link', { name: 'Daftarkan ke BPJS Ketenagakerjaan' }).click();
    await page.getByLabel('BPU — Bukan Penerima Upah').check();
    await page.getByLabel('Penghasilan per bulan (Rp)').fill('2000000');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Kepesertaan tersimpan.')).toBeVisible();
  });

  await test.step('check them in at an event', async () => {
    const list = new KegiatanListObject(page);
    await list.open();
    await list.add();
    const form = new KegiatanFormObject(page);
    await form.fill({
      judul: JUDUL,
      tanggal: '2026-11-21',
      jamMulai: '09:00',
      jamSelesai: '12:00',
      tempat: 'Aula Kantor Kecamatan Serpong',
      kecamatan: 'Serpong',
    });
    await form.save();
    const detail = new KegiatanDetailObject(page);
    await expect(detail.heading(JUDUL)).toBeVisible();
    await detail.invite(KOPERASI, [AHMAD.nama], 1);
    await detail.openCheckIn();
    const desk = new CheckInObject(page);
    await desk.sitAtTable('Siti Nurhaliza');
    await expect(await desk.checkIn('ahmad')).toHaveAttribute('data-hasil', 'hadir');
  });

  await test.step('export their data from their page and read the PDF', async () => {
    const people = new AnggotaListObject(page);
    await people.open();
    await people.search().fill('Ahmad');
    await people.rows().filter({ hasText: AHMAD.nama }).getByRole('link').first().click();
    await expect(person.heading(AHMAD.nama)).toBeVisible();
    const section = page.getByRole('region', { name: 'Ekspor data pribadi' });
    await section.getByRole('link', { name: 'Ekspor data pribadi' }).click();
    await preview.waitFor();
    await expect(preview.heading()).toHaveText(`Data Pribadi: ${AHMAD.nama}`);
    const pdf = await preview.savePdf();
    expect(preview.lastSuggestedName()).toBe(`Data Pribadi - ${AHMAD.nama} - 2026-11-21.pdf`);
    const text = flat(pdfText(pdf));
    for (const line of ['PEMERINTAH KOTA TANGERANG SELATAN', 'DINAS KOPERASI DAN USAHA KECIL MENENGAH']) expect(text).toContain(line);
    expect(text).toContain('DATA PRIBADI YANG DISIMPAN');
    expect(text).toContain('Undang-Undang Nomor 27 Tahun 2022');
    expect(text).toContain(`Nama lengkap : ${AHMAD.nama}`);
    expect(text).toContain(`NIK : ${AHMAD.nik}`);
    expect(text).toContain('081234567890');
    // The role, the enrollment and the check-in, each in its own section.
    expect(text).toMatch(new RegExp(`B\\. PERAN DI KOPERASI .*${KOPERASI} Pengurus Ketua .*Masih berlaku`, 'i'));
    expect(text).toMatch(/C\. KEPESERTAAN BPJS KETENAGAKERJAAN .*BPU .*Rp2\.000\.000 .*Draf/i);
    expect(text).toMatch(new RegExp(`D\\. KEHADIRAN DI KEGIATAN SOSIALISASI .*${JUDUL} 21 November 2026 09\\.30 WIB Siti Nurhaliza`, 'i'));
    expect(text).not.toMatch(/undefined|NaN/);
    renderFirstPage(pdf, 'data-pribadi');
  });

  await test.step('the export is in the print log on their page', async () => {
    await page.getByRole('button', { name: 'Kembali' }).click();
    await expect(person.heading(AHMAD.nama)).toBeVisible();
    const riwayat = page.getByRole('list', { name: 'Riwayat ekspor data pribadi' });
    await expect(riwayat.getByRole('listitem')).toHaveCount(1);
    await expect(riwayat).toContainText('21 November 2026 pukul 09.30 · Disimpan sebagai PDF');
    await expect(riwayat).toContainText('.pdf');
  });

  await test.step('a second export lists the first among the prints that named them', async () => {
    await page.getByRole('region', { name: 'Ekspor data pribadi' }).getByRole('link', { name: 'Ekspor data pribadi' }).click();
    await preview.waitFor();
    const text = flat(pdfText(await preview.savePdf()));
    expect(text).toMatch(new RegExp(`E\\. DOKUMEN CETAK YANG MEMUAT NAMANYA .*Data Pribadi: ${AHMAD.nama} Disimpan sebagai PDF`, 'i'));
  });
});

import { expect, test } from '../harness/fixtures';
import { pdfInfo, pdfText } from '../harness/pdf-text';
import { AnggotaDetailObject, AnggotaFormObject, AnggotaListObject } from '../pages/anggota-pages';
import { DokumenPreviewObject } from '../pages/dokumen-preview-page';
import { CheckInObject, KegiatanDetailObject, KegiatanFormObject, KegiatanListObject } from '../pages/kegiatan-pages';
import { KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { SetupPageObject } from '../pages/setup-page';

const KOPERASI = 'Koperasi Simpan Pinjam Maju Bersama';
const JUDUL = 'Sosialisasi BPJS Ketenagakerjaan & Koperasi "Tahap I"';

const flat = (text: string) => text.replace(/\s+/g, ' ');

test('an event’s daftar hadir (no NIK, zig-zag, blank rows), berita acara with the date in words, and its enrollment forms', async ({ app }) => {
  const { page } = app;
  await new SetupPageObject(page).completeForTangsel();
  const kList = new KoperasiListObject(page);
  const kForm = new KoperasiFormObject(page);
  await kList.open();
  await kList.add();
  await kForm.fillBasics({ nama: KOPERASI, kecamatan: 'Serpong' });
  await kForm.save();
  for (const [nama, nik, telepon, jabatan] of [
    ['Ahmad Fauzi', '3674011203900001', '081234567890', 'Ketua'],
    ['Dewi Lestari', '3674014405920002', '081298765432', ''],
  ] as const) {
    const list = new AnggotaListObject(page);
    const form = new AnggotaFormObject(page);
    await list.open();
    await list.add();
    await form.field('NIK').fill(nik);
    await form.field('Nama lengkap').fill(nama);
    await form.field('No. HP').fill(telepon);
    await form.save();
    const detail = new AnggotaDetailObject(page);
    await expect(detail.heading(nama)).toBeVisible();
    await detail.addRole({ koperasi: KOPERASI, peran: jabatan ? 'Pengurus' : 'Anggota', jabatan: jabatan || undefined });
    await expect(detail.roles()).toContainText(KOPERASI);
  }
  const list = new KegiatanListObject(page);
  const form = new KegiatanFormObject(page);
  await list.open();
  await list.add();
  await form.fill({
    judul: JUDUL, tanggal: '2026-11-21', jamMulai: '09:00', jamSelesai: '12:00', tempat: 'Aula Kantor Kecamatan Serpong', alamat: 'Jl. Raya Serpong No. 1',
    program: 'PKS Dinas dan BPJS Ketenagakerjaan 2026', penyelenggara: ['Dinas Koperasi dan UKM'], mitra: ['BPJS Ketenagakerjaan Cabang Serpong'],
    narasumber: [{ nama: 'Drs. Hendra', jabatan: 'Kepala Bidang Kepesertaan' }],
  });
  await form.save();
  const detail = new KegiatanDetailObject(page);
  await expect(detail.heading(JUDUL)).toBeVisible();
  await detail.invite(KOPERASI, ['Ahmad Fauzi'], 3);
  await expect(detail.invitations()).toContainText('Ahmad Fauzi');

  // Before the event: Ahmad named, two blank rows for the cooperative's other representatives, three for walk-ins.
  const preview = new DokumenPreviewObject(app);
  await detail.openDocument('Daftar hadir');
  await preview.waitFor();
  await preview.setBlankRows(3);
  await expect(preview.tableRows()).toHaveCount(6);
  const daftarHadir = await preview.savePdf();
  expect(preview.lastSuggestedName()).toBe('Daftar Hadir - Sosialisasi BPJS Ketenagakerjaan & Koperasi Tahap I - 2026-11-21.pdf');
  const raw = pdfText(daftarHadir);
  const text = flat(raw);
  expect(text).toContain('DAFTAR HADIR');
  expect(text).toContain('Hari/Tanggal : Sabtu, 21 November 2026');
  expect(text).toContain('Waktu : 09.00–12.00 WIB');
  expect(text).toContain('Tempat : Aula Kantor Kecamatan Serpong, Jl. Raya Serpong No. 1');
  expect(text).toContain('No Nama Koperasi/Instansi Jabatan No. HP Tanda Tangan');
  expect(text).toMatch(/1 Ahmad Fauzi Koperasi Simpan .*Ketua 081234567890 1\. \.+/);
  expect(text).not.toContain('3674011203900001');
  expect(text).not.toContain('3674********');
  // Zig-zag: odd numbers sign on the left half of the column, even numbers on the right.
  const column = (n: number) => raw.split('\n').find((l) => new RegExp(`\\s${n}\\. \\.+\\s*$`).test(l))!.search(new RegExp(`${n}\\. \\.+`));
  expect(column(2)).toBeGreaterThan(column(1));
  expect(column(4)).toBeGreaterThan(column(3));
  expect(Math.abs(column(3) - column(1))).toBeLessThan(3);
  expect(text).toContain('Mengetahui,');
  expect(pdfInfo(daftarHadir).pages).toBe(1);
  await preview.setBlankRows(60);
  await expect(preview.tableRows()).toHaveCount(63);
  expect(pdfInfo(await preview.savePdf()).pages).toBe(3);
  await page.getByRole('button', { name: 'Kembali' }).click();

  // The event: Ahmad, and Dewi (not invited) who wants to enroll.
  await detail.openCheckIn();
  const desk = new CheckInObject(page);
  await expect(await desk.checkIn('ahmad')).toHaveAttribute('data-hasil', 'hadir');
  await expect(await desk.checkIn('0812 9876 5432')).toHaveAttribute('data-hasil', 'hadir');
  await desk.search().press('Alt+m');
  await expect(desk.inginMendaftar()).toBeChecked();
  await list.open();
  await page.getByRole('link', { name: JUDUL }).first().click();
  await expect(detail.heading(JUDUL)).toBeVisible();

  await detail.openDocument('Berita acara');
  await preview.waitFor();
  const beritaAcara = flat(pdfText(await preview.savePdf()));
  expect(beritaAcara).toContain('BERITA ACARA');
  expect(beritaAcara).toContain(
    `Pada hari ini, Sabtu tanggal Dua Puluh Satu bulan November tahun Dua Ribu Dua Puluh Enam (21-11-2026), bertempat di Aula Kantor Kecamatan Serpong, Jl. Raya Serpong No. 1, telah dilaksanakan ${JUDUL} pukul 09.00–12.00 WIB`,
  );
  expect(beritaAcara).toContain('Narasumber: 1. Drs. Hendra, Kepala Bidang Kepesertaan');
  expect(beritaAcara).toContain('Koperasi yang diundang : 1 koperasi');
  expect(beritaAcara).toContain('Peserta yang hadir : 2 orang');
  expect(beritaAcara).toContain('Peserta yang ingin mendaftar BPJS Ketenagakerjaan : 1 orang');
  expect(beritaAcara).toContain('Draf kepesertaan yang dibuat : 1');
  expect(beritaAcara).toContain('Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.');
  expect(beritaAcara).toContain('Petugas/Pembuat Berita Acara');
  expect(beritaAcara).toContain('Siti Nurhaliza');
  expect(beritaAcara).toMatch(/1 Ahmad Fauzi Koperasi Simpan Pinjam Maju Bersama Ketua 2 Dewi Lestari Koperasi Simpan Pinjam Maju Bersama Anggota/);
  expect(beritaAcara).not.toContain('3674011203900001');
  await page.getByRole('button', { name: 'Kembali' }).click();

  // The forms of the enrollments made at the event: Dewi's draft, no wage asked yet, so it cannot be marked printed.
  await detail.openDocument('Formulir pendaftaran');
  await preview.waitFor();
  const formulir = await preview.savePdf();
  const formulirText = flat(pdfText(formulir));
  expect(formulirText).toContain('Dewi Lestari');
  expect(formulirText).toContain('3674014405920002');
  expect(formulirText).not.toContain('Ahmad Fauzi');
  expect(formulirText).not.toMatch(/undefined|NaN|Rp0\b/);
  expect(pdfInfo(formulir).pages).toBe(1);
  await expect(page.getByText('1 formulir belum dapat ditandai', { exact: false })).toBeVisible();
  await expect(preview.markPrintedButton()).toHaveCount(0);

  await page.getByRole('button', { name: 'Kembali' }).click();
  await expect(detail.printHistory()).toContainText('Formulir pendaftaran');
  await expect(detail.printHistory()).toContainText('Berita acara');
});

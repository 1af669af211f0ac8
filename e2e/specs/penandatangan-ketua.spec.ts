import { expect, test } from '../harness/fixtures';
import { pdfText } from '../harness/pdf-text';
import { registerPerson } from '../pages/anggota-pages';
import { DokumenPreviewObject } from '../pages/dokumen-preview-page';
import { CheckInObject, KegiatanDetailObject, KegiatanFormObject, KegiatanListObject } from '../pages/kegiatan-pages';
import { KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { SetupPageObject } from '../pages/setup-page';
import { flat } from '../harness/pdf-teks';

const KOPERASI = 'Koperasi Produsen Tani Makmur Cisauk';
const JUDUL = 'Sosialisasi BPJS Ketenagakerjaan Koperasi Cisauk';
/**
 * An office that skipped the signer at setup: the home page right after setup points at Pengaturan → Kop surat dan
 * penandatangan, the preview of a document with the office's signature says so too (on screen, not on paper), and
 * the daftar kolektif names the cooperative's recorded Ketua instead of leaving the line blank.
 */
test('no signer set: setup and the preview say where to set it; the daftar kolektif names the recorded ketua', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await new SetupPageObject(page).completeForTangsel();
  const notice = page.getByRole('main').getByText('belum punya penandatangan', { exact: false });
  await expect(notice).toContainText('Pengaturan → Kop surat dan penandatangan');
  await page.getByRole('link', { name: 'Atur penandatangan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kop surat dan penandatangan' })).toBeVisible();

  const kList = new KoperasiListObject(page);
  await kList.open();
  await kList.add();
  const kForm = new KoperasiFormObject(page);
  await kForm.fillBasics({ nama: KOPERASI, kecamatan: 'Setu' });
  await kForm.save();
  await registerPerson(page, { nama: 'Ahmad Fauzi', nik: '3674011203900001', koperasi: KOPERASI, peran: 'Pengurus', jabatan: 'Ketua' });
  await registerPerson(page, { nama: 'Dewi Lestari', nik: '3674014405920002', koperasi: KOPERASI, peran: 'Pengurus', jabatan: 'Bendahara' });

  const list = new KegiatanListObject(page);
  await list.open();
  await list.add();
  const form = new KegiatanFormObject(page);
  await form.fill({ judul: JUDUL, tanggal: '2026-12-04', jamMulai: '09:00', tempat: 'Balai Desa Cisauk' });
  await form.save();
  const detail = new KegiatanDetailObject(page);
  await expect(detail.heading(JUDUL)).toBeVisible();
  await detail.invite(KOPERASI, ['Ahmad Fauzi', 'Dewi Lestari']);

  // The daftar hadir's preview: the note with its link, and nothing of it on paper.
  const preview = new DokumenPreviewObject(app);
  await detail.openDocument('Daftar hadir');
  await preview.waitFor();
  await expect(preview.signerNotice()).toContainText('Penandatangan belum diatur');
  await expect(preview.signerNotice()).toContainText('Pengaturan → Kop surat dan penandatangan');
  await expect(preview.signerNotice().getByRole('link', { name: 'Buka Pengaturan' })).toBeVisible();
  const hadir = flat(pdfText(await preview.savePdf()));
  expect(hadir).toContain('DAFTAR HADIR');
  expect(hadir).not.toContain('Penandatangan belum diatur');
  await page.getByRole('button', { name: 'Kembali' }).click();

  // Dewi wants to enroll; the cooperative's daftar kolektif is signed by its Ketua, Ahmad, as recorded.
  await detail.openCheckIn();
  const desk = new CheckInObject(page);
  await desk.sitAtTable('Siti Nurhaliza');
  await expect(await desk.checkIn('dewi')).toHaveAttribute('data-hasil', 'hadir');
  await desk.search().press('Alt+m');
  await expect(desk.inginMendaftar()).toBeChecked();
  await page.getByRole('link', { name: 'Kembali ke kegiatan' }).click();
  await page
    .getByRole('region', { name: 'Dokumen' })
    .getByRole('link', { name: new RegExp(`Daftar kolektif ${KOPERASI}`) })
    .click();
  await preview.waitFor();
  await expect(preview.signerNotice()).toBeVisible();
  const ketua = preview.sheet().locator('.dok-ttd-nama');
  await expect(ketua).toContainText('Ketua Koperasi');
  await expect(ketua).toContainText('Ahmad Fauzi');
  const kolektif = flat(pdfText(await preview.savePdf()));
  expect(kolektif).toMatch(/Ketua Koperasi .*Ahmad Fauzi/);
});

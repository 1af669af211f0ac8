import { expect, test } from '../harness/fixtures';
import { AnggotaListObject, hapusDataPribadi, registerPerson } from '../pages/anggota-pages';
import { KoperasiDetailObject, KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { EksporTabObject, ImporTabObject, PertukaranPageObject } from '../pages/pertukaran-pages';
import { SetupPageObject } from '../pages/setup-page';

const KOPERASI = 'Koperasi Simpan Pinjam Sejahtera Bersama';
const SANDI = 'kata-sandi-kantor-2026';

test('a person erased on request stays erased when an older file that still has them is imported', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const people = new AnggotaListObject(page);
  let older = '';

  await test.step('register a person and export a file that holds them', async () => {
    await new SetupPageObject(page).completeForTangsel();
    await new KoperasiListObject(page).open();
    await new KoperasiListObject(page).add();
    const form = new KoperasiFormObject(page);
    await form.fillBasics({ nama: KOPERASI, jenis: 'Simpan pinjam', kelompok: 'KPRI', kecamatan: 'Setu', nomorBadanHukum: 'AHU-0001248.AH.01.26.TAHUN 2024' });
    await form.save();
    await expect(new KoperasiDetailObject(page).heading(KOPERASI)).toBeVisible();
    await registerPerson(page, { nama: 'Ahmad Fauzi', nik: '3674011203900001', telepon: '081234567890', koperasi: KOPERASI, peran: 'Anggota' });
    await new PertukaranPageObject(page).openTab('Ekspor');
    older = await new EksporTabObject(page).export({ tujuan: 'Kantor Dinas', jenis: 'semua', sandi: SANDI });
  });

  await test.step('erase their personal data', async () => {
    await people.open();
    await people.search().fill('Ahmad');
    await people.rows().filter({ hasText: 'Ahmad Fauzi' }).getByRole('link').first().click();
    await hapusDataPribadi(page);
    await people.search().fill('Ahmad');
    await expect(page.getByText('Tidak ada orang yang cocok dengan pencarian ini.')).toBeVisible();
  });

  await test.step('import the older file: they stay erased', async () => {
    await new PertukaranPageObject(page).openTab('Impor');
    await new ImporTabObject(app).importFile(older, SANDI);
    await people.open();
    await people.search().fill('Ahmad');
    await expect(page.getByText('Tidak ada orang yang cocok dengan pencarian ini.')).toBeVisible();
    await people.search().fill('3674011203900001');
    await expect(page.getByText('Tidak ada orang yang cocok dengan pencarian ini.')).toBeVisible();
  });
});

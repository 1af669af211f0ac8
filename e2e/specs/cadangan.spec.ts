import { docsPath } from '../harness/docs-path';
import { expect, test } from '../harness/fixtures';
import { CadanganSectionObject, PemulihanPageObject } from '../pages/cadangan-pages';
import { KoperasiDetailObject, KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { SetupPageObject } from '../pages/setup-page';
import { dismissToasts } from '../pages/toasts';

test('back up, lose the profile, stop on the recovery page, restore, find everything; restore from Pengaturan', async ({ app }) => {
  test.setTimeout(180_000);
  // A restart opens a new page: every object is taken from the app's current one.
  const list = () => new KoperasiListObject(app.page);
  const cadangan = () => new CadanganSectionObject(app.page);
  const pemulihan = () => new PemulihanPageObject(app.page);

  const tambah = async (nama: string) => {
    await list().open();
    await list().add();
    const form = new KoperasiFormObject(app.page);
    await form.fillBasics({ nama, jenis: 'Simpan pinjam', kelompok: 'KPRI', kecamatan: 'Setu', nomorBadanHukum: 'AHU-0001248.AH.01.26.TAHUN 2024' });
    await form.save();
    await expect(new KoperasiDetailObject(app.page).heading(nama)).toBeVisible();
  };

  await test.step('make data and back it up by hand', async () => {
    await new SetupPageObject(app.page).completeForTangsel();
    await tambah('Koperasi Simpan Pinjam Sejahtera Bersama');
    await tambah('KUD Sumber Tani Makmur');
    await cadangan().open();
    await cadangan().cadangkanSekarang();
    await expect(cadangan().rows()).toHaveCount(1);
    await expect(cadangan().rows().first()).toContainText('Dibuat petugas');
    await expect(cadangan().rows().first()).toContainText('Dapat dibuka');
    await dismissToasts(app.page);
    await cadangan().section().scrollIntoViewIfNeeded();
    await cadangan().section().screenshot({ path: docsPath('screenshots', 'cadangan.png') });
  });

  await test.step('the profile is wiped: the app stops on the recovery page instead of starting empty', async () => {
    await app.restart({ hapusProfil: true });
    await expect(pemulihan().heading()).toBeVisible();
    await expect(app.page.getByText('tidak ditemukan, padahal terakhir tercatat berisi')).toBeVisible();
    await expect(app.page.getByRole('button', { name: 'Lanjutkan', exact: true })).toBeDisabled();
    await app.page.screenshot({ path: docsPath('screenshots', 'pemulihan.png') });
  });

  await test.step('restore the newest backup with its preview, then find everything', async () => {
    await pemulihan().periksaCadangan();
    await expect(pemulihan().banding('Koperasi')).toContainText(/2\s*0/);
    await pemulihan().pulihkan();
    await pemulihan().bukaAplikasi();
    await list().open();
    await expect(list().rows()).toHaveCount(2);
    await app.restart();
    await list().open();
    await expect(list().rows()).toHaveCount(2);
  });

  await test.step('restore from Pengaturan: a preview, a snapshot first, the records replaced', async () => {
    await tambah('Koperasi Produsen Tahu Tempe');
    await cadangan().open();
    await cadangan().periksa('Dibuat petugas');
    await expect(cadangan().banding('Koperasi')).toContainText(/2\s*3/);
    await cadangan().pulihkan();
    await expect(cadangan().rows().filter({ hasText: 'Sebelum pemulihan' })).toHaveCount(1);
    await list().open();
    await expect(list().rows()).toHaveCount(2);
  });
});

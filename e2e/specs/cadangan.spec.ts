import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { docsPath } from '../harness/docs-path';
import { expect, test } from '../harness/fixtures';
import { CadanganSectionObject, PemulihanPageObject } from '../pages/cadangan-pages';
import { KoperasiListObject } from '../pages/koperasi-pages';
import { SetupPageObject } from '../pages/setup-page';
import { dismissToasts } from '../pages/toasts';

test('back up, lose the profile, stop on the recovery page, restore, find everything; restore from Pengaturan', async ({ app }) => {
  test.setTimeout(180_000);
  // A restart opens a new page: every object is taken from the app's current one.
  const list = () => new KoperasiListObject(app.page);
  const cadangan = () => new CadanganSectionObject(app.page);
  const pemulihan = () => new PemulihanPageObject(app.page);

  const tambah = (nama: string) => list().tambahSimpanPinjam(nama);

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
    await cadangan()
      .section()
      .screenshot({ path: docsPath('screenshots', 'cadangan.png') });
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

test('changes-only backups: a chain restored in order, a missing link refused, a backup when the window closes', async ({ app }) => {
  test.setTimeout(180_000);
  const list = () => new KoperasiListObject(app.page);
  const cadangan = () => new CadanganSectionObject(app.page);
  const tambah = (nama: string) => list().tambahSimpanPinjam(nama);

  await test.step('a full backup, then one holding only what changed since', async () => {
    await new SetupPageObject(app.page).completeForTangsel();
    await tambah('Koperasi Simpan Pinjam Sejahtera Bersama');
    await cadangan().open();
    await cadangan().cadangkanSekarang();
    await dismissToasts(app.page);
    await tambah('KUD Sumber Tani Makmur');
    await tambah('Koperasi Produsen Tahu Tempe');
    await cadangan().open();
    await cadangan().cadangkanSekarang();
    await expect(cadangan().rows()).toHaveCount(2);
    await expect(cadangan().rows().nth(0)).toContainText('Perubahan saja');
    await expect(cadangan().rows().nth(0)).toContainText('2 data berubah');
    await expect(cadangan().rows().nth(1)).toContainText('Lengkap');
  });

  await test.step('restoring the changes-only backup replays the full one, then the changes', async () => {
    await tambah('Koperasi Keempat');
    await cadangan().open();
    await cadangan().periksa('Perubahan saja');
    await expect(cadangan().banding('Koperasi')).toContainText(/3\s*4/);
    await cadangan().pulihkan();
    await list().open();
    await expect(list().rows()).toHaveCount(3);
  });

  await test.step('a changes-only backup whose full one is gone is refused with the reason, and nothing changes', async () => {
    const folder = join(app.userDataDir, 'cadangan');
    const full = (await readdir(folder)).find((f) => f.endsWith('-manual.kopl'))!;
    // Taken first, so the oldest manual backup is the chain's full snapshot.
    const manual = (await readdir(folder)).filter((f) => f.endsWith('-manual.kopl')).sort();
    expect(manual[0]).toBe(full);
    await rm(join(folder, full));
    await rm(join(folder, `${full}.json`));
    await cadangan().open();
    await cadangan().rows().filter({ hasText: 'Dibuat petugas' }).first().getByRole('button', { name: 'Pulihkan' }).click();
    await expect(app.page.getByRole('status').filter({ hasText: 'cadangan sebelumnya yang menjadi dasarnya tidak ada lagi' })).toBeVisible({ timeout: 30_000 });
    await expect(app.page.getByRole('status').filter({ hasText: 'Data di laptop ini tidak diubah' })).toBeVisible();
    await list().open();
    await expect(list().rows()).toHaveCount(3);
  });

  await test.step('closing the window after a change waits for a backup, then closes', async () => {
    await tambah('Koperasi Terakhir Sebelum Tutup');
    // Electron cancels a held-back close without a prompt; Chromium asks, and staying is Electron's behaviour.
    app.page.once('dialog', (dialog) => void dialog.dismiss());
    await app.page.close({ runBeforeUnload: true });
    await expect(app.page.getByText('Menyimpan cadangan sebelum KopLindung ditutup')).toBeVisible();
    await expect
      .poll(async () => (await readdir(join(app.userDataDir, 'cadangan'))).filter((f) => f.endsWith('-saat-tutup.kopl.json')).length, { timeout: 60_000 })
      .toBe(1);
    await app.restart();
    await cadangan().open();
    await expect(cadangan().rows().filter({ hasText: 'Saat aplikasi ditutup' })).toHaveCount(1);
  });
});

import { expect, test } from '../harness/fixtures';
import { KoperasiListObject } from '../pages/koperasi-pages';
import { EksporTabObject, ImporTabObject, PertukaranPageObject } from '../pages/pertukaran-pages';
import { SetupPageObject } from '../pages/setup-page';

const KOPERASI = 'Koperasi Simpan Pinjam Batal Uji';
const SANDI = 'sandi kantor dinas';

test('a check and an import cancelled while they run change nothing, and the same file can be applied after', async ({ openApp }) => {
  test.setTimeout(180_000);
  const a = await openApp();
  const b = await openApp();
  let berkas = '';

  await test.step('laptop A records a cooperative, starts an export and presses Batal while the file is made: nothing saved', async () => {
    await new SetupPageObject(a.page).completeForTangsel();
    await new KoperasiListObject(a.page).tambahSimpanPinjam(KOPERASI);
    await new PertukaranPageObject(a.page).openTab('Ekspor');
    await new EksporTabObject(a.page).exportThenCancel({ tujuan: 'Kantor Dinas', jenis: 'semua', sandi: SANDI });
    await expect(a.page.getByRole('status').filter({ hasText: 'Penyimpanan dibatalkan. Tidak ada berkas yang dibuat' })).toBeVisible({ timeout: 30_000 });
    expect(a.record.dialogRequests).toHaveLength(0);
  });

  await test.step('laptop A exports its database', async () => {
    berkas = await new EksporTabObject(a.page).export({ tujuan: 'Kantor Dinas', jenis: 'semua', sandi: SANDI });
  });

  const impor = new ImporTabObject(b);
  await test.step('laptop B checks the file and presses Batalkan pemeriksaan while it runs: no preview, nothing changed', async () => {
    await new SetupPageObject(b.page).completeForTangsel();
    await new PertukaranPageObject(b.page).openTab('Impor');
    await impor.pick(berkas);
    await impor.checkThenCancel(SANDI);
    await expect(impor.alert()).toContainText('Pemeriksaan berkas dibatalkan. Tidak ada data yang diubah', { timeout: 30_000 });
    await expect(impor.preview()).toBeHidden();
  });

  await test.step('checked again, the preview says how long applying will take on this laptop', async () => {
    await impor.check(SANDI);
    await impor.preview().waitFor({ timeout: 30_000 });
    await expect(impor.estimate()).toBeVisible();
    await expect(impor.preview()).toContainText('kecepatan pemeriksaan berkas ini di laptop ini');
  });

  await test.step('laptop B applies it and presses Batalkan impor while it runs', async () => {
    await impor.applyThenCancel();
    await expect(impor.alert()).toContainText('Impor dibatalkan. Tidak ada data yang diubah', { timeout: 30_000 });
    await expect(impor.summary()).toBeHidden();
  });

  await test.step('applied again, the file still brings the cooperative as new: the cancelled run wrote nothing', async () => {
    await impor.apply();
    // In the file, processed, new, updated, same, conflicts.
    await expect(impor.row(impor.summary(), 'Koperasi')).toHaveText(['1', '1', '1', '0', '0', '0']);
    await new KoperasiListObject(b.page).open();
    await expect(b.page.getByText(KOPERASI)).toBeVisible();
  });
});

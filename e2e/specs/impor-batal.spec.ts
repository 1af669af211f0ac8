import { expect, test } from '../harness/fixtures';
import { KoperasiListObject } from '../pages/koperasi-pages';
import { EksporTabObject, ImporTabObject, PertukaranPageObject } from '../pages/pertukaran-pages';
import { SetupPageObject } from '../pages/setup-page';

const KOPERASI = 'Koperasi Simpan Pinjam Batal Uji';
const SANDI = 'sandi kantor dinas';

test('an import cancelled while it is applied changes nothing, and the same file can be applied after', async ({ openApp }) => {
  test.setTimeout(180_000);
  const a = await openApp();
  const b = await openApp();
  let berkas = '';

  await test.step('laptop A records a cooperative and exports its database', async () => {
    await new SetupPageObject(a.page).completeForTangsel();
    await new KoperasiListObject(a.page).tambahSimpanPinjam(KOPERASI);
    await new PertukaranPageObject(a.page).openTab('Ekspor');
    berkas = await new EksporTabObject(a.page).export({ tujuan: 'Kantor Dinas', jenis: 'semua', sandi: SANDI });
  });

  const impor = new ImporTabObject(b);
  await test.step('laptop B previews the file, applies it and presses Batalkan impor while it runs', async () => {
    await new SetupPageObject(b.page).completeForTangsel();
    await new PertukaranPageObject(b.page).openTab('Impor');
    await impor.pick(berkas);
    await impor.check(SANDI);
    await impor.preview().waitFor({ timeout: 30_000 });
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

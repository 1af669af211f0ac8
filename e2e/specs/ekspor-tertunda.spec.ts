import { expect, test } from '../harness/fixtures';
import { killBrowser } from '../harness/kill-browser';
import { EksporTabObject, PertukaranPageObject } from '../pages/pertukaran-pages';
import { SetupPageObject } from '../pages/setup-page';

/**
 * An export is logged before its file is written: the app killed while main writes it (here, while the save
 * dialog is still open) leaves the entry in Riwayat, marked as not finished, so the office knows a file may be out.
 */
test('an export cut short by a crash stays in Riwayat, marked as not finished writing', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await new SetupPageObject(page).completeForTangsel();

  await test.step('the app is killed while the save dialog is open', async () => {
    await new PertukaranPageObject(page).openTab('Ekspor');
    app.record.dialogAnswers.push(() => new Promise<undefined>(() => undefined));
    const ekspor = new EksporTabObject(page);
    await ekspor.tujuan().fill('Kantor Dinas');
    await ekspor.jenis('semua');
    await ekspor.sandi().fill('sandi kantor dinas');
    await ekspor.ulang().fill('sandi kantor dinas');
    await ekspor.submit().click();
    await expect.poll(() => app.record.dialogRequests.length, { timeout: 30_000 }).toBe(1);
    expect(killBrowser(app.profileDir)).toBeGreaterThan(0);
    await app.restart();
  });

  await test.step('after the restart Riwayat shows the export, not finished', async () => {
    await new PertukaranPageObject(app.page).openTab('Riwayat');
    const baris = app.page.getByRole('row', { name: /Kantor Dinas/ });
    await expect(baris).toHaveCount(1);
    await expect(baris).toContainText('belum tercatat selesai ditulis');
  });
});

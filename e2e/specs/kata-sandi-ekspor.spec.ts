import { expect, test } from '../harness/fixtures';
import { EksporTabObject, ImporTabObject, ImporTanpaEnkripsiSettingObject, PertukaranPageObject } from '../pages/pertukaran-pages';
import { SetupPageObject } from '../pages/setup-page';

/**
 * The passphrase rules of an export: 12 characters at least (`12345678` and an 11-character phrase are refused
 * beside the field, nothing is written), or *Buatkan kata sandi*, whose words are shown once to write down and then
 * open the file.
 */
test('an export refuses short passphrases and opens with a generated one', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const ekspor = new EksporTabObject(page);

  await test.step('short passphrases are refused beside the field, no file is written', async () => {
    await new SetupPageObject(page).completeForTangsel();
    await new PertukaranPageObject(page).openTab('Ekspor');
    for (const pendek of ['12345678', 'sandi-kanto']) {
      await ekspor.sandi().fill(pendek);
      await ekspor.ulang().fill(pendek);
      await ekspor.submit().click();
      await expect(page.getByText('Kata sandi paling sedikit 12 karakter, atau tekan Buatkan kata sandi.')).toBeVisible();
      await expect(ekspor.sandi()).toBeFocused();
    }
    expect(app.record.dialogRequests).toHaveLength(0);
  });

  let sandi = '';
  let berkas = '';
  await test.step('Buatkan kata sandi fills both fields and shows five words once', async () => {
    sandi = await ekspor.generatePassphrase();
    expect(sandi).toMatch(/^[a-z]+(-[a-z]+){4}$/);
    await expect(ekspor.sandi()).toHaveValue(sandi);
    await expect(ekspor.ulang()).toHaveValue(sandi);
    await expect(page.getByText('Tulis kata sandi ini sekarang.', { exact: false })).toBeVisible();
    // Typing one's own passphrase takes the generated one off the screen.
    await ekspor.sandi().fill('kata sandi sendiri');
    await expect(ekspor.generatedPassphrase()).toBeHidden();
    sandi = await ekspor.generatePassphrase();
    await ekspor.submit().click();
    await ekspor.result().waitFor({ timeout: 30_000 });
    berkas = (await ekspor.fact('Lokasi berkas').innerText()).trim();
    // Shown once: gone with the saved file's summary.
    await expect(ekspor.generatedPassphrase()).toBeHidden();
    await expect(ekspor.fact('Enkripsi')).toHaveText('Terenkripsi dengan kata sandi');
  });

  await test.step('the file opens with the generated words', async () => {
    await new PertukaranPageObject(page).openTab('Impor');
    const impor = new ImporTabObject(app);
    await impor.pick(berkas);
    await impor.check(sandi);
    await expect(impor.preview()).toBeVisible({ timeout: 30_000 });
  });
});

/**
 * An unencrypted bundle is refused where it is picked, before any passphrase, until Pengaturan allows such files;
 * then it imports, and Riwayat records it as unencrypted.
 */
test('an unencrypted file is refused unless Pengaturan allows it, and the import log says it was unencrypted', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const ekspor = new EksporTabObject(page);
  const impor = new ImporTabObject(app);
  const pengaturan = new ImporTanpaEnkripsiSettingObject(page);
  let berkas = '';

  await test.step('export a file without encryption', async () => {
    await new SetupPageObject(page).completeForTangsel();
    await new PertukaranPageObject(page).openTab('Ekspor');
    await page.getByLabel('Simpan tanpa enkripsi (tidak disarankan)').check();
    await ekspor.submit().click();
    await ekspor.result().waitFor({ timeout: 30_000 });
    berkas = (await ekspor.fact('Lokasi berkas').innerText()).trim();
  });

  await test.step('refused where it is picked, nothing changed', async () => {
    await new PertukaranPageObject(page).openTab('Impor');
    await impor.pick(berkas);
    await expect(impor.alert()).toContainText('Berkas ini tidak terenkripsi');
    await expect(impor.alert()).toContainText('Tidak ada data yang diubah.');
    await expect(impor.preview()).toBeHidden();
  });

  await test.step('allowed in Pengaturan (off by default), it imports', async () => {
    await pengaturan.open();
    await expect(pengaturan.toggle()).not.toBeChecked();
    await pengaturan.toggle().check();
    await expect(pengaturan.toggle()).toBeChecked();
    await new PertukaranPageObject(page).openTab('Impor');
    await impor.pick(berkas);
    await impor.check();
    await impor.preview().waitFor({ timeout: 30_000 });
    await impor.apply();
  });

  await test.step('Riwayat records the import as unencrypted', async () => {
    await new PertukaranPageObject(page).openTab('Riwayat');
    const imporRow = page.getByRole('table', { name: 'Berkas yang diimpor ke laptop ini' }).getByRole('row').nth(1);
    await expect(imporRow).toContainText('Tidak terenkripsi');
  });
});

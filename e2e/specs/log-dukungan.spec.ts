import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../harness/fixtures';
import { bacaLog, HalamanGalatPage, TentangPage } from '../pages/log-dukungan-pages';
import { SetupPageObject } from '../pages/setup-page';

const NIK = '3674011203900001';

test('an uncaught error shows a calm page, is logged without personal data, and the logs are saved as one file', async ({ app }) => {
  const { page } = app;
  await new SetupPageObject(page).completeForTangsel();
  const galat = new HalamanGalatPage(page);

  await test.step('an error no code catches: the calm page, not a blank window', async () => {
    await galat.lemparGalatTakTertangani(`Gagal membaca nama: Siti Aminah, NIK ${NIK}, telepon 0812 3456 7890, surel siti@contoh.id`);
    await expect(galat.heading()).toBeVisible();
    await expect(page.getByText('Data yang sudah tersimpan tetap aman di laptop ini.')).toBeVisible();
    await expect(galat.muatUlang()).toBeVisible();
  });

  await test.step('the renderer log names the error and where, with the NIK, the name and the contacts masked', async () => {
    await expect
      .poll(() => bacaLog(app, 'renderer'))
      .toContain('[window] Error: Gagal membaca nama: [disamarkan], NIK [NIK], telepon [telepon], surel [email]');
    const log = await bacaLog(app, 'renderer');
    expect(log).not.toContain(NIK);
    expect(log).not.toContain('Siti');
    expect(log).not.toContain('0812');
  });

  await test.step('Simpan log untuk dukungan on the error page saves every log as one .txt through main', async () => {
    await galat.simpanLog().click();
    await expect(page.getByRole('status').filter({ hasText: 'Log tersimpan di' })).toBeVisible();
    const suggested = app.record.dialogRequests.at(-1)!.suggestedName;
    expect(suggested).toMatch(/^log-koplindung-\d{4}-\d{2}-\d{2}\.txt$/);
    const text = await readFile(join(app.userDataDir, 'saved', suggested), 'utf8');
    expect(text).toMatch(/^KopLindung \S+ \(harness\) — log untuk dukungan/);
    expect(text).toContain('===== renderer.log =====');
    expect(text).toContain('NIK [NIK]');
    expect(text).not.toContain(NIK);
  });

  await test.step('after a reload the app is back, and Tentang saves the logs the same way', async () => {
    await galat.muatUlang().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
    const tentang = new TentangPage(page);
    await tentang.open();
    app.record.dialogAnswers.push(join(app.userDataDir, 'saved', 'untuk-ti'));
    await tentang.simpanLog().click();
    await expect(tentang.status()).toContainText('untuk-ti.txt');
    expect(await readFile(join(app.userDataDir, 'saved', 'untuk-ti.txt'), 'utf8')).toContain('[window] Error: Gagal membaca');
  });
});

test('an error while React draws a screen shows the same calm page, logged with where it happened', async ({ app }) => {
  const { page } = app;
  await new SetupPageObject(page).completeForTangsel();
  const galat = new HalamanGalatPage(page);
  await galat.rusakkanFormatTanggal(`tanggal lahir NIK ${NIK} tidak terbaca`);
  await page.getByRole('link', { name: 'Tentang' }).click();
  await expect(galat.heading()).toBeVisible();
  // Not React Router's own page, which would show the raw message, NIK included.
  await expect(page.getByText(NIK)).toHaveCount(0);
  await expect.poll(() => bacaLog(app, 'renderer')).toContain('[route] Error: tanggal lahir NIK [NIK] tidak terbaca');
  // The stack and React's component stack follow, indented under the line.
  expect(await bacaLog(app, 'renderer')).toMatch(/\[route\] Error: tanggal lahir NIK \[NIK\] tidak terbaca\n {4}\S/);
  expect(await bacaLog(app, 'renderer')).not.toContain(NIK);
});

test('main refuses a renderer log entry outside the contract, as data, and writes nothing', async ({ app }) => {
  const results = await app.page.evaluate(async () => ({
    tooLong: await window.desktop!.log.write({ level: 'error', scope: 'x', message: 'a'.repeat(2001) }),
    badScope: await window.desktop!.log.write({ level: 'error', scope: '../main', message: 'x' }),
    badLevel: await window.desktop!.log.write({ level: 'fatal' as never, scope: 'x', message: 'x' }),
  }));
  for (const r of Object.values(results)) expect(r).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(await bacaLog(app, 'renderer')).toBe('');
});

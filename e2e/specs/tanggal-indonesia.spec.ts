import { expect, test } from '../harness/fixtures';
import { KegiatanFormObject, KegiatanListObject } from '../pages/kegiatan-pages';
import { SetupPageObject } from '../pages/setup-page';

/**
 * Date and time inputs in the Indonesian order, as in the desktop app: the officer types a date day first and a time
 * on the 24-hour clock. Chromium on Linux takes that order from its UI language, so this fails when the harness
 * starts it without `LANGUAGE=id` or without Debian's `chromium-l10n` (then "04122026" is 12 April, and "0330" has no
 * AM/PM and stays empty).
 */
test('a date input reads day first and a time input is on the 24-hour clock', async ({ app }) => {
  const { page } = app;
  await new SetupPageObject(page).completeForTangsel();
  const list = new KegiatanListObject(page);
  await list.open();
  await list.add();
  const form = new KegiatanFormObject(page);

  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().locale)).toBe('id-ID');

  await form.field('Tanggal').click({ position: { x: 12, y: 12 } });
  await page.keyboard.type('04122026');
  await expect(form.field('Tanggal')).toHaveValue('2026-12-04');

  await form.field('Jam mulai').click({ position: { x: 12, y: 12 } });
  await page.keyboard.type('0330');
  await expect(form.field('Jam mulai')).toHaveValue('03:30');
});

import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Closes the toasts, so a screenshot shows the screen and not what happened to be confirmed a moment ago.
 * A toast may leave on its own between counting and clicking (each has its own timer); an unbounded click would
 * then wait for a button that is gone until the test times out, which happened on a slow CI machine. So each click
 * waits briefly, and the loop looks again.
 */
export async function dismissToasts(page: Page): Promise<void> {
  const close = page.getByRole('status').getByRole('button', { name: 'Tutup' });
  for (let attempt = 0; attempt < 20 && (await close.count()) > 0; attempt++) {
    await close
      .first()
      .click({ timeout: 1000 })
      .catch(() => undefined);
  }
  await expect(close).toHaveCount(0);
}

/** The toast saying `text` (a confirmation or a refusal), in the live region where every toast appears. */
export function toastWith(page: Page, text: string | RegExp): Locator {
  return page.getByRole('status').locator('div', { hasText: text });
}

/**
 * Undoes what the toast saying `text` confirms, with its *Urungkan* button. A toast with an action stays 10 s, so
 * the click comes right after the toast is seen, with nothing in between.
 */
export async function undoFromToast(page: Page, text: string | RegExp): Promise<void> {
  await toastWith(page, text)
    .getByRole('button', { name: /Urungkan/ })
    .click();
}

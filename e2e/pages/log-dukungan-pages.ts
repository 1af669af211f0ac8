import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { HarnessApp } from '../harness/fixtures';

/** The support logs as main wrote them in the harness's user-data folder (`logs/renderer.log`, `logs/main.log`). */
export async function bacaLog(app: HarnessApp, sumber: 'renderer' | 'main'): Promise<string> {
  return readFile(join(app.userDataDir, 'logs', `${sumber}.log`), 'utf8').catch(() => '');
}

/** The Tentang page's *Log untuk dukungan* section. */
export class TentangPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('link', { name: 'Tentang' }).click();
    await this.page.getByRole('heading', { level: 2, name: 'Log untuk dukungan' }).waitFor();
  }

  simpanLog(): Locator {
    return this.page.getByRole('button', { name: 'Simpan log untuk dukungan' });
  }

  status(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Log tersimpan di' });
  }
}

/** The calm page an uncaught error leaves instead of a blank window. */
export class HalamanGalatPage {
  constructor(private readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Maaf, ada yang tidak beres' });
  }

  simpanLog(): Locator {
    return this.page.getByRole('button', { name: 'Simpan log untuk dukungan' });
  }

  muatUlang(): Locator {
    return this.page.getByRole('button', { name: 'Muat ulang' });
  }

  /**
   * Makes every date formatting throw from now on, so the next screen that shows a date fails while React renders
   * it: what a bug in a component does. Playwright's evaluate is the harness's test-only way in.
   */
  async rusakkanFormatTanggal(pesan: string) {
    await this.page.evaluate((p) => {
      // `format` is a getter returning a bound function (ECMA-402), so it is redefined rather than assigned.
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
        configurable: true,
        get() {
          throw new Error(p);
        },
      });
    }, pesan);
  }

  /**
   * An error no code catches, thrown from a timer in the page: what a bug in an event handler or a callback does.
   * Playwright's evaluate is the harness's test-only way in; the app itself has no hook for it.
   */
  async lemparGalatTakTertangani(pesan: string) {
    await this.page.evaluate((p) => {
      setTimeout(() => {
        throw new Error(p);
      });
    }, pesan);
  }
}

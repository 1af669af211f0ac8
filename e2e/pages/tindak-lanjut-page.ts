import type { Page } from '@playwright/test';

/** The follow-up list of enrollments waiting at a status, with its cooperative and kecamatan filters. */
export class TindakLanjutObject {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kepesertaan BPJS' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Tindak Lanjut Kepesertaan' }).waitFor();
  }

  tab(status: 'Draf' | 'Formulir dicetak' | 'Diajukan' | 'Ditolak') {
    return this.page.getByRole('tablist', { name: 'Status kepesertaan' }).getByRole('tab', { name: new RegExp(`^${status} `) });
  }

  /** The count shown on a status tab. */
  count(status: Parameters<TindakLanjutObject['tab']>[0]) {
    return this.tab(status).locator('.tab-count');
  }

  kecamatan() {
    return this.page.getByLabel('Kecamatan', { exact: true });
  }

  koperasi() {
    return this.page.getByRole('combobox', { name: 'Koperasi' });
  }

  /** Chooses a cooperative by typing part of its name and picking the match with the keyboard. */
  async chooseKoperasi(typed: string, name: string) {
    await this.koperasi().fill(typed);
    await this.page.getByRole('option', { name: new RegExp(name) }).waitFor();
    await this.koperasi().press('ArrowDown');
    await this.koperasi().press('Enter');
  }

  summary() {
    return this.page.locator('.list-summary p');
  }

  rows() {
    return this.page.getByRole('tabpanel').getByRole('rowgroup').getByRole('row');
  }
}

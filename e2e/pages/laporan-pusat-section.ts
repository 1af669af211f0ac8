import type { Page } from '@playwright/test';

/** Pertukaran Data → Laporan Pusat: the central office workbook, its full-NIK choice and its outcome. */
export class LaporanPusatSectionObject {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pertukaran Data' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Pertukaran Data' }).waitFor();
    await this.page.getByRole('tab', { name: 'Laporan Pusat' }).click();
    await this.page.getByRole('heading', { level: 2, name: 'Laporan untuk kantor pusat (XLSX)' }).waitFor();
  }

  nikLengkap() {
    return this.page.getByRole('checkbox', { name: 'Tulis NIK lengkap' });
  }

  warning() {
    return this.page.getByRole('alertdialog', { name: 'NIK lengkap adalah data pribadi' });
  }

  /** Ticks "Tulis NIK lengkap" and confirms the warning. */
  async chooseFullNik() {
    await this.nikLengkap().check();
    await this.warning().getByRole('button', { name: 'Ya, tulis NIK lengkap' }).click();
  }

  submit() {
    return this.page.getByRole('button', { name: 'Buat laporan (XLSX)' });
  }

  saved() {
    return this.page.getByText(/^Tersimpan: /);
  }

  /** Makes the workbook and returns the path the save dialog answered, as the page shows it. */
  async make(): Promise<string> {
    await this.submit().click();
    await this.saved().waitFor({ timeout: 60_000 });
    return ((await this.saved().textContent()) ?? '').replace(/^Tersimpan: /, '');
  }
}

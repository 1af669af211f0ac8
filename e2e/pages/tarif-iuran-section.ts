import type { Page } from '@playwright/test';

/** Pengaturan → Tarif iuran BPJS Ketenagakerjaan: the table of rate periods and its edit forms. */
export class TarifIuranSectionObject {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click();
    await this.section().waitFor();
  }

  section() {
    return this.page.getByRole('region', { name: 'Tarif iuran BPJS Ketenagakerjaan' });
  }

  /** One rate's row across all periods, found by its row header (e.g. "Batas upah JP"). */
  rate(label: string) {
    return this.section()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }

  periodHeaders() {
    return this.section().getByRole('columnheader');
  }

  async edit(berlakuMulai: string) {
    await this.section()
      .getByRole('button', { name: `Ubah periode mulai ${berlakuMulai}` })
      .click();
  }

  field(label: string) {
    return this.section().getByLabel(label, { exact: true });
  }

  errorFor(label: string) {
    return this.section()
      .locator('.field', { has: this.page.getByLabel(label, { exact: true }) })
      .locator('.field-error');
  }

  async save() {
    await this.section().getByRole('button', { name: 'Simpan' }).click();
  }

  async cancel() {
    await this.section().getByRole('button', { name: 'Batal' }).click();
  }

  /** Asks for a new period starting on `isoDate` (YYYY-MM-DD); the edit form for it opens when the date is accepted. */
  async addPeriod(isoDate: string) {
    const dateField = this.field('Tanggal mulai periode baru');
    if (!(await dateField.isVisible())) await this.section().getByRole('button', { name: 'Tambah periode baru' }).click();
    await dateField.fill(isoDate);
    await this.section().getByRole('button', { name: 'Lanjut' }).click();
  }
}

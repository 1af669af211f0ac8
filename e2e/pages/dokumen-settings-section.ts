import type { Page } from '@playwright/test';

/** Pengaturan → Kop surat dan penandatangan, and the officer-on-duty picker beside it. */
export class DokumenSettingsSectionObject {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click();
    await this.section().waitFor();
  }

  section() {
    return this.page.getByRole('region', { name: 'Kop surat dan penandatangan' });
  }

  field(label: string) {
    return this.section().getByLabel(label, { exact: true });
  }

  /** Letterhead line n, counted from 1. */
  baris(n: number) {
    return this.field(`Baris kop ${n}`);
  }

  async addBaris() {
    await this.section().getByRole('button', { name: 'Tambah baris' }).click();
  }

  errorFor(label: string) {
    return this.section()
      .locator('.field', { has: this.page.getByLabel(label, { exact: true }) })
      .locator('.field-error');
  }

  async uploadLogo(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.field('Logo daerah').setInputFiles(file);
  }

  /** The emblem as the picker shows it. */
  logo() {
    return this.section().getByRole('img', { name: 'Logo yang akan tampil di kop surat' });
  }

  async removeLogo() {
    await this.section().getByRole('button', { name: 'Hapus logo' }).click();
  }

  /** The live preview of the letterhead and signature block. */
  preview() {
    return this.section().getByRole('figure', { name: 'Pratinjau kop surat dan tanda tangan' });
  }

  async save() {
    await this.section().getByRole('button', { name: 'Simpan' }).click();
  }

  petugasAktif() {
    return this.page.getByLabel('Petugas di laptop ini sekarang', { exact: true });
  }
}

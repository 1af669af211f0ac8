import type { Page } from '@playwright/test';
import type { HarnessApp } from '../harness/fixtures';

/** Impor dari Excel: the kind, the file, the mapping, the preview and its actions. */
export class ImporExcelObject {
  constructor(private readonly app: HarnessApp) {}

  private get page(): Page {
    return this.app.page;
  }

  /** Opens the wizard from Pengaturan for one kind of rows. */
  async open(jenis: 'Koperasi' | 'Data perorangan dan perannya di koperasi' | 'Hasil pendaftaran dari BPJS (nomor KPJ)') {
    await this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click();
    await this.page.getByRole('main').getByRole('link', { name: jenis, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Impor dari Excel' }).waitFor();
  }

  /** Picks a file through the (scripted) open dialog. */
  async pilihBerkas(path: string) {
    this.app.record.openAnswers.push(path);
    await this.page.getByRole('button', { name: /^Pilih berkas/ }).click();
  }

  pemetaan() {
    return this.page.getByRole('region', { name: 'Pemetaan kolom' });
  }

  isiKe(kolom: string) {
    return this.page.getByLabel(`Diisikan ke: ${kolom}`, { exact: true });
  }

  async periksa() {
    await this.page.getByRole('button', { name: 'Periksa dan tampilkan pratinjau' }).click();
  }

  pratinjau() {
    return this.page.getByRole('region', { name: 'Pratinjau' });
  }

  saring(label: RegExp) {
    return this.pratinjau().getByRole('button', { name: label });
  }

  baris(nomor: number) {
    return this.pratinjau().locator('tbody tr', { has: this.page.locator('td:first-child', { hasText: new RegExp(`^${nomor}$`) }) });
  }

  /** A row of a preview over several sheets: its sheet in the first cell, its row number in the second. */
  barisLembar(lembar: string, nomor: number) {
    return this.pratinjau()
      .locator('tbody tr')
      .filter({ has: this.page.locator('td:first-child', { hasText: new RegExp(`^${lembar}$`) }) })
      .filter({ has: this.page.locator('td:nth-child(2)', { hasText: new RegExp(`^${nomor}$`) }) });
  }

  /** The sheets with the same columns, offered to import at once. */
  lembarDiimpor() {
    return this.page.getByRole('group', { name: 'Lembar yang diimpor' });
  }

  async terapkan() {
    await this.page.getByRole('button', { name: 'Terapkan' }).click();
  }

  selesai() {
    return this.page.getByRole('status').filter({ hasText: 'Impor selesai' });
  }

  async unduhLaporan() {
    await this.page.getByRole('button', { name: 'Unduh laporan baris (XLSX)' }).first().click();
  }

  /** The progress bar of the work under way, with its Batal. */
  progres() {
    return this.page.locator('.impor-progres');
  }

  galat() {
    return this.page.getByRole('alert');
  }
}

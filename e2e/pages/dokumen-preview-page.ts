import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { HarnessApp } from '../harness/fixtures';

/**
 * A printed document's preview page (Kembali, Cetak, Simpan PDF above the A4 sheets): the daftar hadir, formulir
 * pendaftaran, daftar kolektif and berita acara. Saving answers the harness's save dialog with a path and returns
 * it once the file is written.
 */
export class DokumenPreviewObject {
  private saves = 0;

  constructor(private readonly app: HarnessApp) {}

  private get page(): Page {
    return this.app.page;
  }

  /** Opens a document route such as `/kegiatan/<id>/cetak/daftar-hadir` and waits for its sheet. */
  async open(route: string) {
    await this.page.goto(`${this.app.origin}/index.html#${route}`);
    await this.sheet().waitFor();
  }

  /** Waits for the preview after following a link or button that opened it. */
  async waitFor() {
    await this.sheet().waitFor();
  }

  heading() {
    return this.page.locator('.dokumen-toolbar h1');
  }

  /** The screen-only note that no signer is set, with its link to Pengaturan. */
  signerNotice() {
    return this.page.locator('.dokumen-toolbar').getByRole('note');
  }

  /** The document itself, as it will be on paper. */
  sheet() {
    return this.page.locator('article.dokumen');
  }

  /** The rows of the document's main table (the daftar hadir's people and blank rows, the kolektif's people). */
  tableRows() {
    return this.sheet().locator('table.dok-daftar-hadir, table.dok-kolektif, table.dok-peserta-hadir').locator('tbody tr');
  }

  /** The daftar hadir's number of blank rows for walk-ins. */
  async setBlankRows(n: number) {
    await this.page.getByLabel('Baris kosong untuk peserta tanpa undangan').fill(String(n));
  }

  /**
   * Presses "Simpan PDF" with the save dialog answered by `file` (default: a new file in the user-data folder),
   * waits for the "PDF disimpan" notice, and returns the path.
   */
  async savePdf(file?: string): Promise<string> {
    this.saves += 1;
    const target = file ?? join(this.app.userDataDir, 'dokumen', `dokumen-${Date.now()}-${this.saves}.pdf`);
    this.app.record.dialogAnswers.push(target);
    await this.page.getByRole('button', { name: 'Simpan PDF' }).click();
    await expect(this.page.getByText(`PDF disimpan: ${target}`)).toBeVisible();
    expect(existsSync(target)).toBe(true);
    return target;
  }

  /** Presses "Cetak"; the harness has no printer and writes `<userData>/printed/<n>.pdf` instead. */
  async print() {
    await this.page.getByRole('button', { name: 'Cetak', exact: true }).click();
    await expect(this.page.getByText('Dokumen dikirim ke printer.')).toBeVisible();
  }

  /** The offer to mark the printed forms' enrollments "formulir dicetak" (after a print or save). */
  markPrintedButton() {
    return this.page.getByRole('button', { name: /^Tandai \d+ formulir dicetak$/ });
  }

  /** The file name "Simpan PDF" suggested last. */
  lastSuggestedName(): string | undefined {
    return this.app.record.dialogRequests.at(-1)?.suggestedName;
  }
}

import { expect, type Page } from '@playwright/test';

/** Pengaturan → Cadangan: the list of backups and what each row offers. */
export class CadanganSectionObject {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('link', { name: 'Pengaturan' }).click();
    await expect(this.section()).toBeVisible();
  }

  section() {
    return this.page.getByRole('region', { name: 'Cadangan', exact: true });
  }

  rows() {
    return this.section()
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name: 'Pulihkan' }) });
  }

  /** Backs up now and waits for the confirmation. */
  async cadangkanSekarang() {
    await this.section().getByRole('button', { name: 'Cadangkan sekarang' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Cadangan dibuat' })).toBeVisible({ timeout: 30_000 });
  }

  /** Opens the restore preview of the row that has `text` (a reason such as "Dibuat petugas"). */
  async periksa(text: string) {
    await this.rows().filter({ hasText: text }).first().getByRole('button', { name: 'Pulihkan' }).click();
    await expect(this.page.getByRole('heading', { name: /^Pulihkan cadangan / })).toBeVisible({ timeout: 30_000 });
  }

  /** The preview's row for a table: [in the backup, here now]. */
  banding(tabel: string) {
    return this.page.getByRole('row', { name: new RegExp(`^${tabel} `) });
  }

  async pulihkan() {
    await this.page.getByRole('button', { name: 'Ganti data dengan cadangan ini' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Data dipulihkan' })).toBeVisible({ timeout: 60_000 });
  }
}

/** The recovery page start-up stops on when the database is missing, recreated, much smaller, or fails to open. */
export class PemulihanPageObject {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Data KopLindung perlu dipulihkan' });
  }

  async periksaCadangan() {
    await this.page.getByRole('button', { name: 'Periksa cadangan' }).click();
    await expect(this.page.getByRole('heading', { name: /^Pulihkan cadangan / })).toBeVisible({ timeout: 30_000 });
  }

  banding(tabel: string) {
    return this.page.getByRole('row', { name: new RegExp(`^${tabel} `) });
  }

  async pulihkan() {
    await this.page.getByRole('button', { name: 'Ganti data dengan cadangan ini' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Data dipulihkan' })).toBeVisible({ timeout: 60_000 });
  }

  async bukaAplikasi() {
    await this.page.getByRole('button', { name: 'Buka KopLindung' }).click();
  }

  async lanjutkanTanpaMemulihkan() {
    await this.page.getByLabel('Ketik LANJUTKAN').fill('LANJUTKAN');
    await this.page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
  }
}

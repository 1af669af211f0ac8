import type { Locator, Page } from '@playwright/test';
import type { HarnessApp } from '../harness/fixtures';

/** Pertukaran Data: the page and its tabs. */
export class PertukaranPageObject {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pertukaran Data' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Pertukaran Data' }).waitFor();
  }

  tab(name: 'Ekspor' | 'Impor' | 'Konflik' | 'Riwayat') {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  async openTab(name: 'Ekspor' | 'Impor' | 'Konflik' | 'Riwayat') {
    await this.open();
    await this.tab(name).click();
  }
}

/** Ekspor: destination, whole or changes only, passphrase twice, then the saved file's summary. */
export class EksporTabObject {
  constructor(private readonly page: Page) {}

  tujuan() {
    return this.page.getByLabel('Tujuan', { exact: true });
  }

  async jenis(jenis: 'semua' | 'perubahan') {
    await this.page.getByLabel(jenis === 'semua' ? 'Seluruh basis data' : 'Hanya perubahan sejak ekspor terakhir ke tujuan ini').check();
  }

  sandi() {
    return this.page.getByLabel('Kata sandi', { exact: true });
  }

  ulang() {
    return this.page.getByLabel('Ulangi kata sandi');
  }

  sinceNote() {
    return this.page.locator('form .field-hint', { hasText: /(E|e)kspor (terakhir )?ke “/ });
  }

  /** *Buatkan kata sandi*: fills both fields and shows the words once; returns them as shown. */
  async generatePassphrase(): Promise<string> {
    await this.page.getByRole('button', { name: 'Buatkan kata sandi' }).click();
    return (await this.generatedPassphrase().innerText()).trim();
  }

  generatedPassphrase() {
    return this.page.getByTestId('sandi-dibuatkan');
  }

  submit() {
    return this.page.getByRole('button', { name: /^Ekspor (dan simpan berkas|tanpa enkripsi)/ });
  }

  result() {
    return this.page.getByRole('region', { name: 'Berkas tersimpan' });
  }

  fact(label: string) {
    return this.result()
      .locator('.facts div', { has: this.page.locator('dt', { hasText: label }) })
      .locator('dd');
  }

  /** Exports with a passphrase and returns where the harness's save dialog put the file. */
  private async fill(opts: { tujuan: string; jenis: 'semua' | 'perubahan'; sandi: string }) {
    await this.tujuan().fill(opts.tujuan);
    await this.jenis(opts.jenis);
    await this.sandi().fill(opts.sandi);
    await this.ulang().fill(opts.sandi);
  }

  /**
   * The form filled and submitted, then at once *Batal* beside the progress bar (the key derivation of 600,000
   * rounds runs before the file is done: long enough for the click to land before the save dialog would open).
   */
  async exportThenCancel(opts: { tujuan: string; jenis: 'semua' | 'perubahan'; sandi: string }) {
    await this.fill(opts);
    await this.submit().click();
    await this.page.getByRole('button', { name: 'Batal', exact: true }).click();
  }

  async export(opts: { tujuan: string; jenis: 'semua' | 'perubahan'; sandi: string }): Promise<string> {
    await this.fill(opts);
    await this.submit().click();
    await this.result().waitFor({ timeout: 30_000 });
    return (await this.fact('Lokasi berkas').innerText()).trim();
  }
}

/** Impor: pick (scripted open dialog), passphrase, check, preview, apply, summary. */
export class ImporTabObject {
  constructor(private readonly app: HarnessApp) {}

  private get page() {
    return this.app.page;
  }

  /** Clicks "Pilih berkas…" with the harness's open dialog answering `path`. */
  async pick(path: string) {
    if (await this.summary().isVisible()) await this.again();
    this.app.record.openAnswers.push(path);
    await this.page.getByRole('button', { name: /^Pilih berkas/ }).click();
  }

  sandi() {
    return this.page.getByLabel('Kata sandi berkas');
  }

  async check(sandi?: string) {
    if (sandi !== undefined) await this.sandi().fill(sandi);
    await this.page.getByRole('button', { name: 'Periksa berkas' }).click();
  }

  /**
   * *Periksa berkas*, then at once *Batalkan pemeriksaan* while it runs (the key derivation of 600,000 rounds comes
   * first: long enough for the click to land before the records are read).
   */
  async checkThenCancel(sandi: string) {
    await this.check(sandi);
    await this.page.getByRole('button', { name: 'Batalkan pemeriksaan' }).click();
  }

  preview() {
    return this.page.getByRole('region', { name: 'Pratinjau impor' });
  }

  /** The preview's estimate of how long applying will take on this laptop. */
  estimate() {
    return this.preview().getByText(/^Perkiraan waktu: (sekitar|kurang dari) /);
  }

  summary() {
    return this.page.getByRole('region', { name: 'Impor selesai' });
  }

  alert() {
    return this.page.getByRole('alert');
  }

  /** The cells of one table row (by its header) in the preview's or the summary's counts. */
  row(where: Locator, tabel: string) {
    return where.getByRole('row', { name: new RegExp(`^${tabel}\\b`) }).getByRole('cell');
  }

  async apply() {
    await this.preview().getByRole('button', { name: 'Terapkan' }).click();
    await this.summary().waitFor({ timeout: 30_000 });
  }

  async cancel() {
    await this.preview().getByRole('button', { name: 'Batal' }).click();
  }

  /**
   * *Terapkan*, then at once *Batalkan impor* while it runs (it first takes the automatic backup, which derives its
   * key: long enough for the click to land before the merge does).
   */
  async applyThenCancel() {
    await this.preview().getByRole('button', { name: 'Terapkan' }).click();
    await this.preview().getByRole('button', { name: 'Batalkan impor' }).click();
  }

  /** The whole way through: pick, passphrase, check, apply. */
  async importFile(path: string, sandi: string) {
    await this.pick(path);
    await this.check(sandi);
    await this.preview().waitFor({ timeout: 30_000 });
    await this.apply();
  }

  async again() {
    await this.page.getByRole('button', { name: 'Impor berkas lain' }).click();
  }
}

/** Konflik: one article per conflicting field, each version a row with its button. */
export class KonflikTabObject {
  constructor(private readonly page: Page) {}

  items() {
    return this.page.getByRole('tabpanel').getByRole('article');
  }

  item(name: RegExp) {
    return this.page.getByRole('article', { name });
  }

  /** Every item as plain text lines (record, field, then each version's value, who and whether shown), in list order. */
  async describe(): Promise<string[]> {
    return this.items().evaluateAll((articles) =>
      articles.map((a) => {
        const head = a.querySelector('h3')?.textContent ?? '';
        const rows = [...a.querySelectorAll('tbody tr')].map((tr) =>
          [...tr.querySelectorAll('td')]
            .slice(0, 3)
            .map((td) => td.textContent?.trim())
            .join(' | '),
        );
        return [head, ...rows].join('\n');
      }),
    );
  }

  async choose(item: RegExp, value: string) {
    await this.item(item)
      .getByRole('button', { name: `Pakai nilai ini: ${value}` })
      .click();
  }
}

/** Pengaturan → Berkas tanpa enkripsi: the one switch that lets an unencrypted bundle be imported. */
export class ImporTanpaEnkripsiSettingObject {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click();
  }

  toggle() {
    return this.page.getByLabel('Izinkan impor berkas pertukaran data tanpa enkripsi');
  }
}

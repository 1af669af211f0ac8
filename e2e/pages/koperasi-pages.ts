import type { Page } from '@playwright/test';

/** The registry list: search, filters and rows. */
export class KoperasiListObject {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Koperasi' }).click();
    await this.page.getByRole('heading', { name: 'Daftar Koperasi' }).waitFor();
  }

  search() {
    return this.page.getByLabel('Cari koperasi');
  }

  rows() {
    return this.page.getByRole('rowgroup').getByRole('row');
  }

  row(name: string) {
    return this.rows().filter({ hasText: name });
  }

  summary() {
    return this.page.locator('.list-summary p');
  }

  async filter(label: 'Jenis' | 'Kelompok' | 'Kecamatan' | 'Status', option: string) {
    await this.page.getByRole('search').getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  async add() {
    await this.page.getByRole('link', { name: 'Tambah koperasi' }).click();
  }

  /** Records a savings-and-loan cooperative in Setu by name alone (data to back up, export or count) and waits for its page. */
  async tambahSimpanPinjam(nama: string) {
    await this.open();
    await this.add();
    const form = new KoperasiFormObject(this.page);
    await form.fillBasics({ nama, jenis: 'Simpan pinjam', kelompok: 'KPRI', kecamatan: 'Setu', nomorBadanHukum: 'AHU-0001248.AH.01.26.TAHUN 2024' });
    await form.save();
    await new KoperasiDetailObject(this.page).heading(nama).waitFor();
  }
}

/** The create/edit form. Fields are found by their visible labels, as an officer finds them. */
export class KoperasiFormObject {
  constructor(private readonly page: Page) {}

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async fillBasics(k: {
    nama: string;
    jenis?: string;
    kelompok?: string;
    kecamatan?: string;
    kelurahan?: string;
    nomorBadanHukum?: string;
    nomorIndukKoperasi?: string;
    anggotaLaki?: number;
    anggotaPerempuan?: number;
  }) {
    await this.field('Nama koperasi').fill(k.nama);
    if (k.jenis) await this.field('Jenis').selectOption({ label: k.jenis });
    if (k.kelompok) await this.field('Kelompok').fill(k.kelompok);
    if (k.nomorBadanHukum) await this.field('Nomor badan hukum').fill(k.nomorBadanHukum);
    if (k.nomorIndukKoperasi) await this.field('Nomor Induk Koperasi').fill(k.nomorIndukKoperasi);
    if (k.kecamatan) await this.field('Kecamatan').selectOption({ label: k.kecamatan });
    if (k.kelurahan) await this.field('Kelurahan/Desa').selectOption({ label: k.kelurahan });
    if (k.anggotaLaki !== undefined) await this.field('Anggota laki-laki').fill(String(k.anggotaLaki));
    if (k.anggotaPerempuan !== undefined) await this.field('Anggota perempuan').fill(String(k.anggotaPerempuan));
  }

  async save() {
    await this.page.getByRole('button', { name: 'Simpan' }).click();
  }

  errorFor(label: string) {
    return this.page.locator('.field', { has: this.page.getByLabel(label, { exact: true }) }).locator('.field-error');
  }
}

/** One cooperative's page. */
export class KoperasiDetailObject {
  constructor(private readonly page: Page) {}

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async edit() {
    await this.page.getByRole('link', { name: 'Ubah' }).click();
  }

  async delete() {
    await this.page.getByRole('button', { name: 'Hapus' }).click();
  }

  fact(label: string) {
    return this.page.locator('.facts div', { has: this.page.locator('dt', { hasText: label }) }).locator('dd');
  }
}

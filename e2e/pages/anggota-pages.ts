import { expect, type Page } from '@playwright/test';

/** The people list: one search box over name, NIK and phone; a virtualised table. */
export class AnggotaListObject {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Data Perorangan', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Data Perorangan', level: 1 }).waitFor();
  }

  search() {
    return this.page.getByLabel('Cari data perorangan');
  }

  rows() {
    return this.page.getByRole('rowgroup').getByRole('row');
  }

  summary() {
    return this.page.locator('.list-summary p');
  }

  async add() {
    await this.page.getByRole('link', { name: 'Tambah data perorangan' }).click();
  }
}

/** The person form, found by visible labels. */
export class AnggotaFormObject {
  constructor(private readonly page: Page) {}

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  nik() {
    return this.field('NIK');
  }

  findings() {
    return this.page.locator('.nik-findings li');
  }

  holderNotice() {
    return this.page.locator('.nik-holder');
  }

  acknowledge() {
    return this.page.getByLabel('Saya sudah memeriksa; simpan apa adanya');
  }

  async save() {
    await this.page.getByRole('button', { name: 'Simpan' }).click();
  }
}

/** One person's page: identity, roles, enrollments with their status steps. */
export class AnggotaDetailObject {
  constructor(private readonly page: Page) {}

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  fact(label: string) {
    return this.page
      .locator('.facts div', { has: this.page.locator('dt', { hasText: label }) })
      .locator('dd')
      .first();
  }

  roles() {
    return this.page.getByRole('region', { name: 'Peran di koperasi' });
  }

  enrollments() {
    return this.page.getByRole('region', { name: 'Kepesertaan BPJS Ketenagakerjaan' });
  }

  /** Adds a role by typing the cooperative's name in the picker and choosing it with the keyboard. */
  async addRole(role: { koperasi: string; peran: string; jabatan?: string; mulai?: string }) {
    await this.roles().getByRole('button', { name: 'Tambah peran' }).click();
    const picker = this.page.getByRole('combobox', { name: 'Koperasi' });
    await picker.fill(role.koperasi.split(' ').slice(-2).join(' '));
    await this.page.getByRole('option', { name: new RegExp(role.koperasi) }).waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await this.page.getByLabel('Peran', { exact: true }).selectOption({ label: role.peran });
    if (role.jabatan) await this.page.getByLabel('Jabatan', { exact: true }).fill(role.jabatan);
    if (role.mulai) await this.page.getByLabel('Sejak', { exact: true }).fill(role.mulai);
    await this.roles().getByRole('button', { name: 'Simpan' }).click();
  }

  async step(action: string) {
    await this.enrollments().getByRole('button', { name: action }).click();
  }
}

/**
 * Registers a person as an officer does — the people list, the person form, then a role in a cooperative on their
 * page — for journeys that need people recorded before the event day.
 */
export async function registerPerson(page: Page, p: { nama: string; nik: string; telepon?: string; koperasi: string; peran: string; jabatan?: string }) {
  const list = new AnggotaListObject(page);
  await list.open();
  await list.add();
  const form = new AnggotaFormObject(page);
  await form.field('NIK').fill(p.nik);
  await form.field('Nama lengkap').fill(p.nama);
  if (p.telepon) await form.field('No. HP').fill(p.telepon);
  await form.save();
  const detail = new AnggotaDetailObject(page);
  await expect(detail.heading(p.nama)).toBeVisible();
  await detail.addRole({ koperasi: p.koperasi, peran: p.peran, ...(p.jabatan ? { jabatan: p.jabatan } : {}) });
  await expect(detail.roles()).toContainText(p.koperasi);
}

/** *Hapus data pribadi* on a person's page: open, type HAPUS, erase; the app returns to the people list. */
export async function hapusDataPribadi(page: Page) {
  const section = page.getByRole('region', { name: 'Hapus data pribadi' });
  await section.getByRole('button', { name: 'Hapus data pribadi' }).click();
  await section.getByLabel('Ketik HAPUS untuk menghapus').fill('HAPUS');
  await section.getByRole('button', { name: 'Hapus data pribadi' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Data pribadi dihapus' })).toBeVisible();
}

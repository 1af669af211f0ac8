import { expect, type Page } from '@playwright/test';

/** The events list and the event form. */
export class KegiatanListObject {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kegiatan', exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Kegiatan Sosialisasi' }).waitFor();
  }

  async add() {
    await this.page.getByRole('link', { name: 'Kegiatan baru' }).click();
  }

  row(judul: string) {
    return this.page.getByRole('row', { name: new RegExp(judul) });
  }
}

export class KegiatanFormObject {
  constructor(private readonly page: Page) {}

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async fill(k: {
    judul: string;
    tanggal: string;
    jamMulai: string;
    jamSelesai?: string;
    tempat: string;
    alamat?: string;
    kecamatan?: string;
    program?: string;
    programDilayani?: string;
    penyelenggara?: string[];
    mitra?: string[];
    narasumber?: { nama: string; jabatan: string }[];
  }) {
    await this.field('Judul kegiatan').fill(k.judul);
    if (k.programDilayani) await this.field('Program yang dilayani').selectOption({ label: k.programDilayani });
    if (k.program) await this.field('Keterangan program (teks bebas)').fill(k.program);
    await this.field('Tanggal').fill(k.tanggal);
    await this.field('Jam mulai').fill(k.jamMulai);
    if (k.jamSelesai) await this.field('Jam selesai').fill(k.jamSelesai);
    await this.field('Tempat').fill(k.tempat);
    if (k.alamat) await this.field('Alamat tempat').fill(k.alamat);
    if (k.kecamatan) await this.field('Kecamatan').selectOption({ label: k.kecamatan });
    if (k.penyelenggara) await this.field('Penyelenggara').fill(k.penyelenggara.join('\n'));
    if (k.mitra) await this.field('Mitra').fill(k.mitra.join('\n'));
    for (const [i, n] of (k.narasumber ?? []).entries()) {
      await this.page.getByRole('button', { name: 'Tambah narasumber' }).click();
      await this.field(`Nama narasumber ${i + 1}`).fill(n.nama);
      await this.field(`Jabatan/instansi narasumber ${i + 1}`).fill(n.jabatan);
    }
  }

  async save() {
    await this.page.getByRole('button', { name: 'Simpan' }).click();
  }
}

/** One event's page: status steps, invitations, attendance summary, documents, print history. */
export class KegiatanDetailObject {
  constructor(private readonly page: Page) {}

  heading(judul: string) {
    return this.page.getByRole('heading', { level: 1, name: judul });
  }

  status() {
    return this.page.getByRole('region', { name: /^Status/ }).locator('.badge');
  }

  async step(label: string) {
    await this.page.getByRole('button', { name: label }).click();
  }

  invitations() {
    return this.page.getByRole('region', { name: 'Undangan' });
  }

  /** Invites a cooperative by typing its name in the picker, then names representatives from its officers. */
  async invite(koperasi: string, perwakilan: readonly string[], jumlah?: number) {
    const picker = this.page.getByRole('combobox', { name: 'Undang koperasi' });
    await picker.fill(koperasi.split(' ').slice(-2).join(' '));
    await this.page.getByRole('option', { name: new RegExp(koperasi) }).waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    const group = this.page.getByRole('group', { name: `Perwakilan ${koperasi}` });
    await group.waitFor();
    for (const name of perwakilan) await group.getByLabel(new RegExp(`^${name}`)).check();
    await group.getByRole('button', { name: 'Selesai memilih' }).click();
    if (jumlah !== undefined) {
      const input = this.page.getByLabel(`Jumlah perwakilan ${koperasi}`);
      await input.fill(String(jumlah));
      await input.blur();
    }
  }

  rekap(key: 'hadir' | 'undanganHadir' | 'perwakilanLain' | 'tanpaUndangan' | 'koperasiHadir' | 'walkIn' | 'inginMendaftar') {
    return this.page.locator(`[data-rekap="${key}"] strong`);
  }

  participants() {
    return this.page.getByRole('region', { name: 'Peserta' });
  }

  printHistory() {
    return this.page.getByRole('region', { name: 'Riwayat cetak' });
  }

  async openDocument(name: string) {
    await this.page.getByRole('region', { name: 'Dokumen' }).getByRole('link', { name }).click();
  }

  async openCheckIn() {
    await this.page.getByRole('link', { name: 'Buka check-in' }).click();
  }
}

/** The check-in table: one search box, the three outcomes, the walk-in form. */
export class CheckInObject {
  constructor(private readonly page: Page) {}

  search() {
    return this.page.getByRole('combobox', { name: /Cari peserta/ });
  }

  results() {
    return this.page.getByRole('listbox', { name: 'Hasil pencarian' }).getByRole('option');
  }

  /** The question asked before the first check-in of the day: who is at this table. */
  petugasChooser() {
    return this.page.getByRole('group', { name: 'Siapa yang bertugas di meja ini?' });
  }

  /** The officer the table credits, shown above the search. */
  petugasMeja() {
    return this.page.locator('.check-in-petugas-nama');
  }

  /** Answers the day's question "who sits at this table?" with `petugas`, as the officer opening the table does. */
  async sitAtTable(petugas: string) {
    await this.petugasChooser().getByRole('button', { name: petugas }).click();
    await expect(this.petugasMeja()).toHaveText(petugas);
  }

  outcome() {
    return this.page.locator('[data-hasil]');
  }

  /**
   * What a USB or handheld barcode scanner does with a QR code: types its text into the focused search box key by
   * key, as fast as it can, then Enter. Nothing else is pressed. Returns the outcome panel.
   */
  async scan(kode: string) {
    await expect(this.search()).toBeFocused();
    await this.page.keyboard.type(`${kode}\n`);
    return this.outcome();
  }

  /** Types as an officer does and presses Enter; returns the outcome panel. */
  async checkIn(query: string) {
    await this.search().fill(query);
    await this.search().press('Enter');
    return this.outcome();
  }

  rekap(key: 'hadir' | 'undanganHadir' | 'perwakilanLain' | 'tanpaUndangan' | 'koperasiHadir' | 'walkIn' | 'inginMendaftar') {
    return this.page.locator(`[data-rekap="${key}"] strong`);
  }

  walkInForm() {
    return this.page.getByRole('form', { name: 'Pendaftar di tempat' });
  }

  inginMendaftar() {
    return this.outcome().getByRole('checkbox', { name: /Ingin mendaftar/ });
  }
}

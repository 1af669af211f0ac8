import type { Page } from '@playwright/test';

/** /program: the agreements and the programs with their targets' achievement. */
export class ProgramListObject {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Program' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Program dan Target' }).waitFor();
  }

  section(name: 'Perjanjian' | 'Program') {
    return this.page.getByRole('region', { name });
  }
}

/** The agreement form, its parties one card each, fields found by their visible labels. */
export class PerjanjianFormObject {
  constructor(private readonly page: Page) {}

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Fills the agreement; party 1 is already on a new form, the others are added. */
  async fill(p: {
    jenis: string;
    tingkat: string;
    judul: string;
    tanggal?: string;
    pihak: { nama: string; nomor: string; penandatangan?: string; jabatan?: string }[];
  }) {
    await this.field('Jenis perjanjian').selectOption({ label: p.jenis });
    await this.field('Tingkat').selectOption({ label: p.tingkat });
    await this.field('Judul / perihal').fill(p.judul);
    if (p.tanggal) await this.field('Tanggal ditandatangani').fill(p.tanggal);
    for (const [i, x] of p.pihak.entries()) {
      const n = `(Pihak ${i + 1})`;
      if (i > 0) await this.page.getByRole('button', { name: 'Tambah pihak' }).click();
      await this.field(`Nama ${n}`).fill(x.nama);
      await this.field(`Nomor perjanjian ${n}`).fill(x.nomor);
      if (x.penandatangan) await this.field(`Penandatangan ${n}`).fill(x.penandatangan);
      if (x.jabatan) await this.field(`Jabatan penandatangan ${n}`).fill(x.jabatan);
    }
  }

  async save() {
    await this.page.getByRole('button', { name: 'Simpan' }).click();
  }
}

/** The program form: name, the agreements it rests on, the counting rule. */
export class ProgramFormObject {
  constructor(private readonly page: Page) {}

  async fill(p: { nama: string; perjanjian?: string[]; aturan: string; minimumTerdaftar?: number; peran?: string[] }) {
    await this.page.getByLabel('Nama', { exact: true }).fill(p.nama);
    for (const judul of p.perjanjian ?? []) await this.page.getByRole('checkbox', { name: new RegExp(judul) }).check();
    await this.page.getByLabel('Yang dihitung tercapai', { exact: true }).selectOption({ label: p.aturan });
    if (p.minimumTerdaftar !== undefined) await this.page.getByLabel('Paling sedikit orang terdaftar').fill(String(p.minimumTerdaftar));
    for (const peran of p.peran ?? []) await this.page.getByRole('checkbox', { name: peran, exact: true }).check();
  }

  async save() {
    await this.page.getByRole('button', { name: 'Simpan' }).click();
  }
}

/** A program's page: targets with their progress and worklist, participations, the target form. */
export class ProgramDetailObject {
  constructor(private readonly page: Page) {}

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** A target's card, found by its heading ("KSP 2026 · Tahun 2026"). */
  target(heading: string) {
    return this.page.getByRole('region', { name: heading });
  }

  worklist(heading: string) {
    return this.target(heading).getByRole('table', { name: /Yang perlu dikejar/ });
  }

  /** The region of one target's charts: bars of target vs achieved and the monthly line, with their numbers. */
  chart(heading: string, name: 'Target dan capaian' | 'Capaian kumulatif per bulan dan laju menuju target') {
    return this.target(heading).getByRole('img', { name });
  }

  async addTarget(t: { mulai: string; sampai: string; segmen: string; nilai?: string; daftar?: string[]; nama?: string; jumlah: number }) {
    await this.page.getByRole('link', { name: 'Tambah target' }).click();
    await this.fillTarget(t);
    await this.page.getByRole('button', { name: 'Simpan' }).click();
  }

  async fillTarget(t: { mulai: string; sampai: string; segmen: string; nilai?: string; daftar?: string[]; nama?: string; jumlah: number }) {
    await this.page.getByLabel('Mulai', { exact: true }).fill(t.mulai);
    await this.page.getByLabel('Sampai', { exact: true }).fill(t.sampai);
    await this.page.getByLabel('Segmen koperasi', { exact: true }).selectOption({ label: t.segmen });
    if (t.nilai) await this.page.getByLabel('Pilihan segmen', { exact: true }).selectOption({ label: t.nilai });
    for (const nama of t.daftar ?? []) await this.addToList(nama);
    if (t.nama) await this.page.getByLabel('Nama', { exact: true }).fill(t.nama);
    await this.page.getByLabel('Target (angka)', { exact: true }).fill(String(t.jumlah));
  }

  /**
   * Adds a cooperative to a target's named list (segment *Daftar koperasi tertentu*), picked by name with the
   * keyboard; waits until the list shows it, so the next pick starts from an empty box.
   */
  async addToList(nama: string) {
    const form = this.page.getByRole('form', { name: 'Data target' });
    const picker = form.getByRole('combobox', { name: 'Koperasi dalam daftar' });
    await picker.fill(nama.split(' ').slice(-2).join(' '));
    await this.page.getByRole('option', { name: new RegExp(nama) }).waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await form.getByRole('button', { name: `Keluarkan ${nama}` }).waitFor();
  }

  /** Records that a cooperative joined the program (PKS-PKB), picking it by name with the keyboard. */
  async recordParticipation(p: { koperasi: string; bergabung: string }) {
    const form = this.page.getByRole('form', { name: 'Catat keikutsertaan' });
    const picker = form.getByRole('combobox', { name: 'Koperasi' });
    await picker.fill(p.koperasi.split(' ').slice(-2).join(' '));
    await this.page.getByRole('option', { name: new RegExp(p.koperasi) }).waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await form.getByLabel('Tanggal bergabung').fill(p.bergabung);
    await form.getByRole('button', { name: 'Catat keikutsertaan' }).click();
  }
}

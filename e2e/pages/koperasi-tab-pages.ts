import type { Page } from '@playwright/test';

/** The tab list on a cooperative's page (Profil, Orang, Kepesertaan). */
export class KoperasiTabsObject {
  constructor(private readonly page: Page) {}

  list() {
    return this.page.getByRole('tablist', { name: 'Bagian halaman koperasi' });
  }

  tab(name: 'Profil' | 'Data Perorangan' | 'Kepesertaan') {
    return this.list().getByRole('tab', { name });
  }

  panel() {
    return this.page.getByRole('tabpanel');
  }

  async open(name: 'Profil' | 'Data Perorangan' | 'Kepesertaan') {
    await this.tab(name).click();
  }
}

/** The Orang tab: the reported-against-recorded card and one list per role. */
export class KoperasiOrangTabObject {
  constructor(private readonly page: Page) {}

  compare() {
    return this.page.getByRole('region', { name: 'Jumlah dilaporkan dan tercatat' });
  }

  /** One row of the comparison table: [reported, recorded]. */
  compareRow(label: string) {
    return this.compare()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) })
      .getByRole('cell');
  }

  /** The list of one role, e.g. 'Pengurus' (its title carries the count, so it is matched by its start). */
  section(peran: 'Pengurus' | 'Pengawas' | 'Karyawan' | 'Anggota' | 'Peran yang sudah berakhir') {
    return this.page.getByRole('region', { name: new RegExp(`^${peran} \\(`) });
  }

  rows(peran: Parameters<KoperasiOrangTabObject['section']>[0]) {
    return this.section(peran).getByRole('rowgroup').getByRole('row');
  }
}

/** The Kepesertaan tab: progress, counts per status, contributions, and the enrollments. */
export class KoperasiKepesertaanTabObject {
  constructor(private readonly page: Page) {}

  progress() {
    return this.page.getByRole('region', { name: 'Capaian kepesertaan' });
  }

  statusCounts() {
    return this.page.getByRole('region', { name: 'Kepesertaan per status' });
  }

  /** One row of the contribution table: [employer, worker, total]. */
  iuranRow(label: RegExp) {
    const table = this.page.getByRole('region', { name: 'Perkiraan iuran per bulan' });
    return table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label }) })
      .getByRole('cell');
  }

  rows() {
    return this.page
      .getByRole('region', { name: /^Daftar kepesertaan/ })
      .getByRole('rowgroup')
      .getByRole('row');
  }
}

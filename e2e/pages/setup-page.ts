import type { Page } from '@playwright/test';

/** First-run setup of the office profile. */
export class SetupPageObject {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Selamat datang di KopLindung' });
  }

  async fill(profile: { provinsi: string; kabupaten: string; namaKantor: string; alamat: string; telepon?: string; petugas: string[] }) {
    await this.page.getByLabel('Provinsi').selectOption({ label: profile.provinsi });
    await this.page.getByLabel('Kabupaten/Kota').selectOption({ label: profile.kabupaten });
    await this.page.getByLabel('Nama kantor').fill(profile.namaKantor);
    await this.page.getByLabel('Alamat (baris 1)').fill(profile.alamat);
    if (profile.telepon) await this.page.getByLabel('Telepon', { exact: true }).fill(profile.telepon);
    for (const [i, name] of profile.petugas.entries()) {
      if (i > 0) await this.page.getByRole('button', { name: 'Tambah petugas' }).click();
      await this.page.getByLabel(`Nama petugas ${i + 1}`).fill(name);
    }
  }

  async submit() {
    await this.page.getByRole('button', { name: 'Simpan dan mulai' }).click();
  }

  /** The usual office of these tests: Dinas Koperasi dan UKM Kota Tangerang Selatan. */
  async completeForTangsel() {
    await this.fill({
      provinsi: 'Banten',
      kabupaten: 'Kota Tangerang Selatan',
      namaKantor: 'Dinas Koperasi dan Usaha Kecil Menengah',
      alamat: 'Jl. Maruga Raya No. 1, Serua, Ciputat',
      petugas: ['Siti Nurhaliza', 'Budi Santoso'],
    });
    await this.submit();
  }

  /** A district office outside Banten, so nothing regional can pass for the tests' usual Tangerang Selatan. */
  async completeForKarawang() {
    await this.fill({
      provinsi: 'Jawa Barat',
      kabupaten: 'Kabupaten Karawang',
      namaKantor: 'Dinas Koperasi dan Usaha Kecil Menengah',
      alamat: 'Jl. Jend. A. Yani No. 1, Karawang Barat',
      telepon: '(0267) 402150',
      petugas: ['Dewi Lestari'],
    });
    await this.submit();
  }
}

import type { DomisiliLaporan, OrangLaporan } from './data-laporan';

type Domisili = Pick<OrangLaporan, 'kecamatanKode' | 'kecamatanNama'>;

/**
 * Live people counted by the kecamatan of their domicile, one person at a time: the Capaian sheet's "Orang
 * Tercatat" needs everyone, but only as a count, so the report's reader counts the people no sheet names and lets
 * them go (a district's 100,000 members without an enrollment are about 25 MB it need not hold).
 */
export class HitunganDomisili {
  readonly #per = new Map<string, { kecamatanKode: string; kecamatanNama: string; jumlah: number }>();

  tambah({ kecamatanKode, kecamatanNama }: Domisili): void {
    const kunci = `${kecamatanKode}\u0000${kecamatanNama}`;
    const ada = this.#per.get(kunci);
    if (ada) ada.jumlah++;
    else this.#per.set(kunci, { kecamatanKode, kecamatanNama, jumlah: 1 });
  }

  /** One entry per kecamatan code and name as written, in the order first met. */
  get daftar(): DomisiliLaporan[] {
    return [...this.#per.values()].map((d) => ({ ...d }));
  }
}

/** The count of people already in memory (tests, and data read without `domisili`). */
export function hitungDomisili(orang: Iterable<Domisili>): DomisiliLaporan[] {
  const h = new HitunganDomisili();
  for (const o of orang) h.tambah(o);
  return h.daftar;
}

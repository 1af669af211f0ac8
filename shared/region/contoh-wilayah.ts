import { tempatTandaTanganBawaan } from '../settings/pengaturan-dokumen-bawaan';

/** What hints and examples say about place, taken from the office's own region (a type, so i18n takes it whole). */
export type ContohWilayah = {
  /** "Kabupaten Karawang", as Kemendagri names it. */
  readonly kabupaten: string;
  /** "Karawang": the name as written before a date or after "Cabang". */
  readonly kota: string;
  /** "3215": the first digits of a NIK issued in this kab/kota. */
  readonly awalanNik: string;
  /** A kecamatan of the kab/kota: the one with the lowest code, usually the seat of government ("Karawang Barat"). */
  readonly kecamatan: string;
};

/**
 * Examples in hints come from where the office works: a Karawang office that reads "Aula Kantor Kecamatan Serpong"
 * or a NIK starting 3674 sees an example from somewhere else, which reads as if the app were made for another
 * office. Until the kecamatan list has loaded, the kab/kota's own name stands in for the kecamatan.
 */
export function contohWilayah(
  profile: { readonly kabupatenKode: string; readonly kabupatenNama: string } | null | undefined,
  kecamatan: readonly { readonly kode: string; readonly nama: string }[] = [],
): ContohWilayah {
  const kabupaten = profile?.kabupatenNama.trim() ?? '';
  const kota = tempatTandaTanganBawaan(kabupaten);
  const pertama = kecamatan.reduce<{ kode: string; nama: string } | null>((min, k) => (min === null || k.kode < min.kode ? k : min), null);
  return { kabupaten, kota, awalanNik: (profile?.kabupatenKode ?? '').replace('.', ''), kecamatan: pertama?.nama ?? kota };
}

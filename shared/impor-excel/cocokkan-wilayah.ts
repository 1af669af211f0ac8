import type { KabupatenRegions, Kecamatan, Kelurahan } from '../region/region-types';
import { teksSel, type HasilBersih, type SelMentah } from './masalah-sel';

/** A region name without its prefix, case, punctuation or spacing: "Kec. Serpong" and "SERPONG" meet. */
export function namaWilayahPolos(nama: string): string {
  return nama
    .toLowerCase()
    .replace(/[.,'’()]/g, ' ')
    .replace(/^\s*(kecamatan|kec|kelurahan|kel|desa|ds|kampung|kp|nagari|gampong)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface CocokWilayah {
  readonly kecamatan?: Kecamatan;
  readonly kelurahan?: Kelurahan;
}

/**
 * A kecamatan name from a cell matched to the office's Kemendagri codes. Only an exact match of the plain name
 * counts ("Kec. Serpong", "SERPONG UTARA"); a name that matches nothing is a warning (the row keeps no kecamatan
 * rather than a wrong one), and the match is shown beside the cell.
 */
export function cocokkanKecamatan(sel: SelMentah, kab: KabupatenRegions | undefined): HasilBersih<Kecamatan | null> {
  const asli = teksSel(sel);
  if (asli === '' || !kab) return { nilai: null };
  const polos = namaWilayahPolos(asli);
  const k = kab.kecamatan.find((c) => namaWilayahPolos(c.nama) === polos || c.kode === asli);
  if (!k) return { nilai: null, masalah: { tingkat: 'peringatan', kode: 'kecamatanTidakDikenal', nilai: asli } };
  return {
    nilai: k,
    masalah:
      polos === namaWilayahPolos(k.nama) && asli === k.nama
        ? undefined
        : { tingkat: 'peringatan', kode: 'wilayahDicocokkan', nilai: asli, hasil: `${k.nama} (${k.kode})` },
  };
}

/**
 * A desa or kelurahan name ("Ds. Karangligar") inside the matched kecamatan, or, when the row names no kecamatan,
 * anywhere in the district if only one has that name (then it gives the kecamatan too).
 */
export function cocokkanKelurahan(sel: SelMentah, kab: KabupatenRegions | undefined, kecamatan: Kecamatan | null): HasilBersih<CocokWilayah | null> {
  const asli = teksSel(sel);
  if (asli === '' || !kab) return { nilai: null };
  const polos = namaWilayahPolos(asli);
  const dalam = kecamatan ? [kecamatan] : kab.kecamatan;
  const cocok = dalam.flatMap((kc) =>
    kc.kelurahan.filter((kl) => namaWilayahPolos(kl.nama) === polos || kl.kode === asli).map((kelurahan) => ({ kecamatan: kc, kelurahan })),
  );
  if (cocok.length !== 1)
    return { nilai: null, masalah: { tingkat: 'peringatan', kode: cocok.length > 1 ? 'kelurahanGanda' : 'kelurahanTidakDikenal', nilai: asli } };
  const { kelurahan } = cocok[0]!;
  return {
    nilai: cocok[0]!,
    masalah:
      asli === kelurahan.nama ? undefined : { tingkat: 'peringatan', kode: 'wilayahDicocokkan', nilai: asli, hasil: `${kelurahan.nama} (${kelurahan.kode})` },
  };
}

import type { StatusBasisData } from './status-basis-data';

/** The database as the renderer found it at start, before anything was written to it. */
export type BasisDataDitemukan =
  | { readonly dibuka: false }
  | {
      readonly dibuka: true;
      /** Whether a database of that name existed before this start opened (and so perhaps created) it. */
      readonly sudahAda: boolean;
      readonly identitas: string | undefined;
      readonly jumlah: Readonly<Record<string, number>>;
    };

/** Why the app stops on the recovery page instead of showing the records. */
export type MasalahBasisData = 'gagal-dibuka' | 'hilang' | 'dibuat-ulang' | 'menyusut';

export type KeputusanPemulihan =
  { readonly lanjut: true } | { readonly lanjut: false; readonly masalah: MasalahBasisData; readonly tercatat: number; readonly ditemukan: number };

/** A drop to under half of what was recorded, by at least this many records, is "much smaller". */
export const SUSUT_MINIMUM = 20;

const total = (jumlah: Readonly<Record<string, number>>) => Object.values(jumlah).reduce((n, v) => n + v, 0);

/**
 * Whether the app may open on the database it found, judged against what main recorded after the last burst of
 * writes. Chromium may delete a backing store it finds corrupt and open an empty one, a profile may be wiped, a
 * database may fail to open: each stops the app on the recovery page instead of showing an empty office. A laptop
 * without a record (the first start, or the first with this app version) goes on.
 */
export function putuskanPemulihan(tercatat: StatusBasisData | null, ditemukan: BasisDataDitemukan): KeputusanPemulihan {
  const jumlahTercatat = tercatat ? total(tercatat.jumlah) : 0;
  if (!ditemukan.dibuka) return { lanjut: false, masalah: 'gagal-dibuka', tercatat: jumlahTercatat, ditemukan: 0 };
  if (tercatat === null) return { lanjut: true };
  const jumlahDitemukan = total(ditemukan.jumlah);
  const stop = (masalah: MasalahBasisData): KeputusanPemulihan => ({ lanjut: false, masalah, tercatat: jumlahTercatat, ditemukan: jumlahDitemukan });
  if (ditemukan.identitas === undefined) return stop(ditemukan.sudahAda ? 'dibuat-ulang' : 'hilang');
  if (ditemukan.identitas !== tercatat.identitas) return stop('dibuat-ulang');
  if (jumlahDitemukan * 2 < jumlahTercatat && jumlahTercatat - jumlahDitemukan >= SUSUT_MINIMUM) return stop('menyusut');
  if (jumlahDitemukan === 0 && jumlahTercatat > 0) return stop('menyusut');
  return { lanjut: true };
}

import { emptyAnggota, type Anggota } from './anggota-schema';

/** The name an erased person's record carries: a bundle refuses an empty name, and this one names no one. */
export const NAMA_TERHAPUS = '(dihapus)';

/**
 * A person's fields after *Hapus data pribadi* (UU 27/2022): every personal field blank. What is left of the record
 * is its id, its stamps and, outside these fields, the keyed NIK hash and the erasure's clock (`dihapusPribadi`).
 */
export function dataPribadiTerhapus(): Anggota {
  return { ...emptyAnggota(), nama: NAMA_TERHAPUS };
}

/** A journal entry's or conflict version's changes with every personal value blanked; which fields changed stays. */
export function kosongkanNilaiPribadi(changes: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const blank = dataPribadiTerhapus() as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) out[key] = key in blank ? blank[key] : value;
  return out;
}

import type { AnggotaRepository } from './anggota-repository';
import type { KopLindungDb } from './database';

/**
 * Retention (UU 27/2022: personal data kept no longer than needed): the tombstone of a person deleted more than
 * `hari` days ago is blanked as by *Hapus data pribadi*, keeping its id so the deletion still travels and wins.
 * Only records whose last change is that old are read (the `changedAt` index); each is one transaction, and the
 * journal logs each as `hapus-pribadi`. Returns how many were blanked.
 */
export async function kosongkanTerhapusLama(db: KopLindungDb, anggota: AnggotaRepository, hari: number, now: Date = new Date()): Promise<number> {
  const batas = new Date(now.getTime() - hari * 86_400_000).toISOString();
  const lama = await db.anggota
    .where('changedAt')
    .below(batas)
    .filter((a) => a.deleted === 1 && a.dihapusPribadi === undefined && (a.fieldClocks.deleted ?? '') < batas)
    .primaryKeys();
  for (const id of lama) await anggota.eraseDataPribadi(id);
  return lama.length;
}

import type { AnggotaRepository } from './anggota-repository';
import type { KopLindungDb } from './database';

/**
 * Retention (UU 27/2022: personal data kept no longer than needed): the tombstone of a person deleted more than
 * `hari` days ago is blanked as by *Hapus data pribadi*, keeping its id so the deletion still travels and wins.
 * Each is one transaction, and the journal logs each as `hapus-pribadi`. Returns how many were blanked.
 *
 * It runs at every start, so it reads no live person: a deleted person has no sort name (table-definitions.ts), so
 * the tombstones are the ids the `[namaSort+id]` index lacks, and both id lists come from one `getAllKeys` each. The
 * `changedAt` range it read before held, in an office a year old, nearly every person of the district, each read
 * whole through a cursor at every start.
 */
export async function kosongkanTerhapusLama(db: KopLindungDb, anggota: AnggotaRepository, hari: number, now: Date = new Date()): Promise<number> {
  const batas = new Date(now.getTime() - hari * 86_400_000).toISOString();
  const hidup = new Set(await db.anggota.orderBy('[namaSort+id]').primaryKeys());
  const terhapus = (await db.anggota.toCollection().primaryKeys()).filter((id) => !hidup.has(id));
  hidup.clear();
  const lama = (await db.anggota.bulkGet(terhapus))
    .filter((a) => a !== undefined && a.deleted === 1 && a.dihapusPribadi === undefined && (a.fieldClocks.deleted ?? '') < batas)
    .map((a) => a!.id);
  for (const id of lama) await anggota.eraseDataPribadi(id);
  return lama.length;
}

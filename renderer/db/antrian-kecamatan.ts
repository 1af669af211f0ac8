import type { StatusKepesertaan } from '../../shared/kepesertaan/kepesertaan-options';
import type { KopLindungDb } from './database';
import type { KepesertaanRecord } from './synced-records';

/** The key of the follow-up list by kecamatan: [kecamatan, status, statusSejak, koperasiId]. */
export type AntrianKecamatan = readonly [string, StatusKepesertaan, string, string];

/**
 * Where the follow-up list by kecamatan files an enrollment: the kecamatan of its cooperative (deleted or not, as
 * the registry's kecamatan index holds it), then its status, how long it waits and its cooperative, so one range
 * read of `antrianKecamatan` gives a kecamatan's enrollments in the list's order (statusSejak, cooperative, id).
 * None for a deleted enrollment, or one whose cooperative this laptop does not hold (yet): it then shows in no
 * kecamatan, as before.
 *
 * Unlike the other derived fields it comes from another record, so every path that stores an enrollment looks its
 * cooperative up (`isiAntrianKecamatan`), and every path that moves a cooperative to another kecamatan (or brings
 * one this laptop lacked) refiles that cooperative's enrollments (`segarkanAntrianKecamatan`), in the same
 * transaction; never journalled or exported, like the other index fields.
 */
export function antrianKecamatanOf(
  k: { readonly deleted?: 0 | 1; readonly status: StatusKepesertaan; readonly statusSejak: string; readonly koperasiId: string },
  kecamatanKode: string | undefined,
): AntrianKecamatan | undefined {
  return k.deleted === 1 || !kecamatanKode ? undefined : [kecamatanKode, k.status, k.statusSejak, k.koperasiId];
}

/** Each cooperative's kecamatan, for the ids given (one bulkGet; a missing cooperative has none). */
export async function kecamatanKoperasi(db: KopLindungDb, koperasiIds: Iterable<string>): Promise<Map<string, string>> {
  const ids = [...new Set(koperasiIds)];
  const found = await db.koperasi.bulkGet(ids);
  const out = new Map<string, string>();
  found.forEach((k, i) => {
    if (k?.kecamatanKode) out.set(ids[i]!, k.kecamatanKode);
  });
  return out;
}

/** Sets `antrianKecamatan` on enrollments about to be stored (inside a transaction that includes `koperasi`). */
export async function isiAntrianKecamatan(db: KopLindungDb, records: readonly Record<string, unknown>[]): Promise<void> {
  if (records.length === 0) return;
  const kecamatan = await kecamatanKoperasi(
    db,
    records.map((r) => r.koperasiId as string),
  );
  for (const r of records) r.antrianKecamatan = antrianKecamatanOf(r as unknown as KepesertaanRecord, kecamatan.get(r.koperasiId as string));
}

/**
 * Refiles the stored enrollments of cooperatives whose kecamatan changed (or that just arrived), inside a
 * transaction that includes `koperasi` and `kepesertaan`. Only the index field changes: no stamp, no journal.
 */
export async function segarkanAntrianKecamatan(db: KopLindungDb, koperasi: readonly { readonly id: string; readonly kecamatanKode?: string }[]): Promise<void> {
  if (koperasi.length === 0) return;
  const kecamatan = new Map(koperasi.map((k) => [k.id, k.kecamatanKode]));
  await db.kepesertaan
    .where('koperasiId')
    .anyOf([...kecamatan.keys()])
    .modify((k) => {
      (k as { antrianKecamatan?: AntrianKecamatan }).antrianKecamatan = antrianKecamatanOf(k, kecamatan.get(k.koperasiId));
    });
}

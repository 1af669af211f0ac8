import type { StatusKepesertaan } from '../../shared/kepesertaan/kepesertaan-options';
import type { KopLindungDb } from './database';
import { addTo, bumpCounters } from './record-counters';
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
 *
 * Each key also counts: a counter per (kecamatan, status) in `meta` (`counterAntrianKecamatan`), named from the key
 * itself, so it always equals the count of that index range, which Chromium can only give by walking it. Every path
 * that changes a key moves its count in the same transaction (`hitungAntrianKecamatan`).
 */
export function antrianKecamatanOf(
  k: { readonly deleted?: 0 | 1; readonly status: StatusKepesertaan; readonly statusSejak: string; readonly koperasiId: string },
  kecamatanKode: string | undefined,
): AntrianKecamatan | undefined {
  return k.deleted === 1 || !kecamatanKode ? undefined : [kecamatanKode, k.status, k.statusSejak, k.koperasiId];
}

/** The counter (record-counters.ts) of a kecamatan's live enrollments at a status: the size of that `antrianKecamatan` range. */
export const counterAntrianKecamatan = (kecamatanKode: string, status: StatusKepesertaan) => `antrianKecamatan:${kecamatanKode}:${status}`;

/**
 * Adds to `delta` what replacing an enrollment's stored key `sebelum` by `sesudah` does to the counters: one out of
 * the old range, one into the new (none for an absent key: a deleted or unfiled enrollment counts nowhere).
 */
export function hitungAntrianKecamatan(delta: Map<string, number>, sebelum: AntrianKecamatan | undefined, sesudah: AntrianKecamatan | undefined): void {
  if (sebelum) addTo(delta, [counterAntrianKecamatan(sebelum[0], sebelum[1])], -1);
  if (sesudah) addTo(delta, [counterAntrianKecamatan(sesudah[0], sesudah[1])], 1);
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

/**
 * Sets `antrianKecamatan` on enrollments about to be stored (inside a transaction that includes `koperasi`).
 * `cache`: cooperatives' kecamatan read before in the same transaction, after which none can move (the merge, whose
 * enrollments come in slices after every cooperative is stored); it is read first and filled with what is read.
 */
export async function isiAntrianKecamatan(
  db: KopLindungDb,
  records: readonly Record<string, unknown>[],
  cache: Map<string, string | undefined> = new Map(),
): Promise<void> {
  if (records.length === 0) return;
  const unread = [...new Set(records.map((r) => r.koperasiId as string))].filter((id) => !cache.has(id));
  if (unread.length > 0) {
    const kecamatan = await kecamatanKoperasi(db, unread);
    for (const id of unread) cache.set(id, kecamatan.get(id));
  }
  for (const r of records) r.antrianKecamatan = antrianKecamatanOf(r as unknown as KepesertaanRecord, cache.get(r.koperasiId as string));
}

/**
 * Refiles the stored enrollments of cooperatives whose kecamatan changed (or that just arrived), inside a
 * transaction that includes `koperasi`, `kepesertaan` and `meta`. Only the index field changes (no stamp, no
 * journal), and its counters move with it.
 */
export async function segarkanAntrianKecamatan(db: KopLindungDb, koperasi: readonly { readonly id: string; readonly kecamatanKode?: string }[]): Promise<void> {
  if (koperasi.length === 0) return;
  const kecamatan = new Map(koperasi.map((k) => [k.id, k.kecamatanKode]));
  const delta = new Map<string, number>();
  await db.kepesertaan
    .where('koperasiId')
    .anyOf([...kecamatan.keys()])
    .modify((k) => {
      const sesudah = antrianKecamatanOf(k, kecamatan.get(k.koperasiId));
      hitungAntrianKecamatan(delta, k.antrianKecamatan, sesudah);
      (k as { antrianKecamatan?: AntrianKecamatan }).antrianKecamatan = sesudah;
    });
  await bumpCounters(db, delta);
}

import type { Table, Transaction } from 'dexie';
import {
  ringkasDariRekaman, tabelRingkasan, terapkanPerubahan, type RingkasanKoperasi, type SumberOf, type TabelRingkasan,
} from '../../shared/program/ringkasan-koperasi';
import type { KopLindungDb, MetaEntry } from './database';

/**
 * The per-cooperative summaries the counting rules read (shared/program/ringkasan-koperasi.ts), kept in `meta` beside
 * the record counters and, like them, by every path that stores records, in the same transaction as the write: the
 * write path, the merge of a bundle (imports, restores, fusions of duplicates) and the migration that built them.
 * Every such transaction already holds `meta`, so no caller's transaction scope changes.
 */
export const RINGKASAN_PREFIX = 'ringkasan:';
const ringkasanKey = (koperasiId: string) => `${RINGKASAN_PREFIX}${koperasiId}`;

export const diikutiRingkasan = (table: string): table is TabelRingkasan => (tabelRingkasan as readonly string[]).includes(table);

/** One record as it was (undefined: new) and as it is (undefined: removed from the store). */
export interface PerubahanRekaman<T extends TabelRingkasan> {
  readonly sebelum: SumberOf<T> | undefined;
  readonly sesudah: SumberOf<T> | undefined;
}

/**
 * Applies changes of one table's records to the summaries they touch: reads those rows, applies each change,
 * writes back the rows that changed. Call inside a read-write transaction that includes `meta`.
 */
export async function perbaruiRingkasan<T extends TabelRingkasan>(meta: Table<MetaEntry, string>, table: T, changes: readonly PerubahanRekaman<T>[]): Promise<void> {
  if (changes.length === 0) return;
  const ids = new Set<string>();
  for (const c of changes) {
    if (c.sebelum?.koperasiId) ids.add(c.sebelum.koperasiId);
    if (c.sesudah?.koperasiId) ids.add(c.sesudah.koperasiId);
  }
  if (ids.size === 0) return;
  const keys = [...ids];
  const stored = await meta.bulkGet(keys.map(ringkasanKey));
  const rows = new Map<string, RingkasanKoperasi>();
  stored.forEach((entry) => {
    if (entry) rows.set((entry.value as RingkasanKoperasi).koperasiId, entry.value as RingkasanKoperasi);
  });
  const changed = new Set<string>();
  for (const c of changes) for (const id of terapkanPerubahan(rows, table, c.sebelum, c.sesudah)) changed.add(id);
  if (changed.size === 0) return;
  await meta.bulkPut([...changed].map((id) => ({ key: ringkasanKey(id), value: rows.get(id)! })));
}

/** Every summary, by cooperative id (the counting data; one range read of small rows). */
export async function bacaRingkasan(db: KopLindungDb): Promise<Map<string, RingkasanKoperasi>> {
  const entries = await db.meta.where('key').startsWith(RINGKASAN_PREFIX).toArray();
  return new Map(entries.map((e) => [(e.value as RingkasanKoperasi).koperasiId, e.value as RingkasanKoperasi]));
}

/** Drops every summary (a restore empties the stores before the backup merges back in). */
export async function hapusRingkasan(db: KopLindungDb): Promise<void> {
  await db.meta.where('key').startsWith(RINGKASAN_PREFIX).delete();
}

/**
 * Builds every summary from the stored records (the version-7 migration, inside Dexie's upgrade transaction):
 * live and deleted records alike are handed over, the summary keeps the live ones.
 */
export async function bangunRingkasan(tx: Transaction): Promise<void> {
  const rows = ringkasDariRekaman({
    kepesertaan: await tx.table('kepesertaan').toArray(),
    peran: await tx.table('peran').toArray(),
    kehadiran: await tx.table('kehadiran').toArray(),
  });
  const meta = tx.table('meta');
  await meta.where('key').startsWith(RINGKASAN_PREFIX).delete();
  if (rows.size > 0) await meta.bulkPut([...rows.values()].map((value) => ({ key: ringkasanKey(value.koperasiId), value })));
}

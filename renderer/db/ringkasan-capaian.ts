import type { Table, Transaction } from 'dexie';
import {
  ringkasDariRekaman,
  tabelRingkasan,
  terapkanPerubahan,
  type RingkasanKoperasi,
  type SumberOf,
  type TabelRingkasan,
} from '../../shared/program/ringkasan-koperasi';
import type { KopLindungDb } from './database';
import type { MetaEntry } from './meta-entry';

/**
 * The per-cooperative summaries the counting rules read (shared/program/ringkasan-koperasi.ts), kept in `meta` beside
 * the record counters and, like them, by every path that stores records, in the same transaction as the write: the
 * write path, the merge of a bundle (imports, restores, fusions of duplicates) and the migration that built them.
 * Every such transaction already holds `meta`, so no caller's transaction scope changes.
 */
export const RINGKASAN_PREFIX = 'ringkasan:';
const ringkasanKey = (koperasiId: string) => `${RINGKASAN_PREFIX}${koperasiId}`;

/**
 * Which summaries changed lately, so a reader that kept the last summaries (CapaianRepository) re-reads only those
 * rows instead of all 2,000: every write of summaries bumps `urutan` and appends the cooperatives it touched, in the
 * same transaction, so any connection (another window, the exchange worker) sees rows and entry together. The list
 * keeps the last `CINCIN_PERUBAHAN` ids; a reader whose last `urutan` is older than `sejak` (the list no longer reaches
 * back) or who knew another `epoch` (the summaries were dropped on a restore or rebuilt by the migration, or `meta`
 * lost the entry) reads every summary again. `changedAt` cannot tell this: a merge stamps records with other
 * laptops' clocks, not with this database's order of writes.
 */
export const PERUBAHAN_RINGKASAN = 'ringkasan-perubahan';
/**
 * How many changed ids the entry keeps: a reader follows each change as it comes (the screens re-read after every
 * write), and the entry is read and rewritten by every write that stores these records (a check-in at the table), so
 * it stays small (about 5 kB).
 */
export const CINCIN_PERUBAHAN = 128;

export interface PerubahanRingkasan {
  readonly epoch: string;
  readonly urutan: number;
  /** A reader that saw `urutan` ≥ `sejak` (of this epoch) finds every change after it in `ids`. */
  readonly sejak: number;
  /** The changed cooperatives, oldest first, each with the `urutan` of its change. */
  readonly ids: readonly string[];
  readonly urutanIds: readonly number[];
}

/** What a reader must read again since it saw (`epoch`, `urutan`): nothing, these cooperatives' rows, or all. */
export type SejakTerakhir = { readonly semua: true } | { readonly semua: false; readonly ids: readonly string[] };

export function berubahSejak(entry: PerubahanRingkasan | undefined, epoch: string, urutan: number): SejakTerakhir {
  if (!entry || entry.epoch !== epoch || urutan < entry.sejak || urutan > entry.urutan) return { semua: true };
  const ids = new Set<string>();
  for (let i = 0; i < entry.ids.length; i++) if (entry.urutanIds[i]! > urutan) ids.add(entry.ids[i]!);
  return { semua: false, ids: [...ids] };
}

/** Appends one write's changed cooperatives (a write touching more than the ring holds makes every reader reload). */
export function catatPerubahan(entry: PerubahanRingkasan | undefined, koperasiIds: readonly string[]): PerubahanRingkasan {
  const base = entry ?? mulaiBaru();
  const urutan = base.urutan + 1;
  if (koperasiIds.length > CINCIN_PERUBAHAN) return { epoch: base.epoch, urutan, sejak: urutan, ids: [], urutanIds: [] };
  const ids = [...base.ids, ...koperasiIds];
  const urutanIds = [...base.urutanIds, ...koperasiIds.map(() => urutan)];
  const drop = Math.max(0, ids.length - CINCIN_PERUBAHAN);
  // Dropping the oldest entries: a reader must have seen at least the last dropped change to rely on the rest.
  const sejak = drop > 0 ? Math.max(base.sejak, urutanIds[drop - 1]!) : base.sejak;
  return { epoch: base.epoch, urutan, sejak, ids: ids.slice(drop), urutanIds: urutanIds.slice(drop) };
}

/** A new epoch: every reader reads all summaries again. */
const mulaiBaru = (): PerubahanRingkasan => ({ epoch: crypto.randomUUID(), urutan: 0, sejak: 0, ids: [], urutanIds: [] });

/**
 * The same kind of entry for the cooperatives' own records (their jenis, golongan, kecamatan, employer registration
 * and deletion move the figures too), so a reader re-reads only the cooperatives written since instead of all
 * 2,000: written by the write path and the merge, the only code that stores cooperatives, in the same transaction;
 * a restore (which empties the store first) starts a new epoch. Anything else that ever rewrites the store outside
 * them (a migration) must start a new epoch too (`hapusRingkasan` does both).
 */
export const PERUBAHAN_KOPERASI = 'koperasi-perubahan';

/** Notes cooperatives stored by a write (call inside its read-write transaction, which holds `meta`). */
export async function catatKoperasiBerubah(meta: Table<MetaEntry, string>, koperasiIds: readonly string[]): Promise<void> {
  if (koperasiIds.length === 0) return;
  const entry = (await meta.get(PERUBAHAN_KOPERASI))?.value as PerubahanRingkasan | undefined;
  await meta.put({ key: PERUBAHAN_KOPERASI, value: catatPerubahan(entry, koperasiIds) });
}

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
export async function perbaruiRingkasan<T extends TabelRingkasan>(
  meta: Table<MetaEntry, string>,
  table: T,
  changes: readonly PerubahanRekaman<T>[],
): Promise<void> {
  const tertunda = new RingkasanTertunda(meta);
  await tertunda.terapkan(table, changes);
  await tertunda.simpan();
}

/**
 * Summary changes gathered over several batches of one transaction and written once at its end. The merge of a
 * district's file stores its roles, enrollments and check-ins in slices that each touch most cooperatives: writing
 * the summaries after every slice rewrote every row, long lists of ids included, dozens of times. Each row is read
 * once, when first touched; `simpan` writes the rows that changed and one change entry. Use inside one read-write
 * transaction that includes `meta`, and call `simpan` before it ends.
 */
export class RingkasanTertunda {
  private readonly rows = new Map<string, RingkasanKoperasi>();
  private readonly dibaca = new Set<string>();
  private readonly changed = new Set<string>();

  constructor(private readonly meta: Table<MetaEntry, string>) {}

  /** Applies one table's record changes to the rows they touch (reading the rows not read before). */
  async terapkan<T extends TabelRingkasan>(table: T, changes: readonly PerubahanRekaman<T>[]): Promise<void> {
    const ids = new Set<string>();
    for (const c of changes) {
      if (c.sebelum?.koperasiId) ids.add(c.sebelum.koperasiId);
      if (c.sesudah?.koperasiId) ids.add(c.sesudah.koperasiId);
    }
    await this.baca(ids);
    for (const c of changes) for (const id of terapkanPerubahan(this.rows, table, c.sebelum, c.sesudah)) this.changed.add(id);
  }

  /**
   * Reads the rows of these cooperatives not read before (one request, none when all were), so a caller that knows
   * them early (the merge, before a table's first write batch) spares `terapkan` a read between its batches.
   */
  async baca(koperasiIds: Iterable<string | undefined>): Promise<void> {
    const keys = [...new Set(koperasiIds)].filter((id): id is string => !!id && !this.dibaca.has(id));
    if (keys.length === 0) return;
    const stored = await this.meta.bulkGet(keys.map(ringkasanKey));
    for (const id of keys) this.dibaca.add(id);
    for (const entry of stored) if (entry) this.rows.set((entry.value as RingkasanKoperasi).koperasiId, entry.value as RingkasanKoperasi);
  }

  /** Writes the rows that changed since the last `simpan`, with one change entry for readers. */
  async simpan(): Promise<void> {
    if (this.changed.size === 0) return;
    const changed = [...this.changed];
    this.changed.clear();
    const perubahan = catatPerubahan((await this.meta.get(PERUBAHAN_RINGKASAN))?.value as PerubahanRingkasan | undefined, changed);
    await this.meta.bulkPut([...changed.map((id) => ({ key: ringkasanKey(id), value: this.rows.get(id)! })), { key: PERUBAHAN_RINGKASAN, value: perubahan }]);
  }
}

/** The change entries of the summaries and of the cooperatives; undefined before anything was written. */
export async function bacaPerubahan(
  meta: Table<MetaEntry, string>,
): Promise<{ ringkasan: PerubahanRingkasan | undefined; koperasi: PerubahanRingkasan | undefined }> {
  const [ringkasan, koperasi] = await meta.bulkGet([PERUBAHAN_RINGKASAN, PERUBAHAN_KOPERASI]);
  return { ringkasan: ringkasan?.value as PerubahanRingkasan | undefined, koperasi: koperasi?.value as PerubahanRingkasan | undefined };
}

/** Some summaries, by cooperative id (a cooperative without one is left out). */
export async function bacaRingkasanUntuk(meta: Table<MetaEntry, string>, koperasiIds: readonly string[]): Promise<Map<string, RingkasanKoperasi>> {
  const entries = await meta.bulkGet(koperasiIds.map(ringkasanKey));
  const rows = new Map<string, RingkasanKoperasi>();
  for (const e of entries) if (e) rows.set((e.value as RingkasanKoperasi).koperasiId, e.value as RingkasanKoperasi);
  return rows;
}

/** Every summary, by cooperative id (the counting data; one range read of small rows). */
export async function bacaRingkasan(db: KopLindungDb): Promise<Map<string, RingkasanKoperasi>> {
  const entries = await db.meta.where('key').startsWith(RINGKASAN_PREFIX).toArray();
  return new Map(entries.map((e) => [(e.value as RingkasanKoperasi).koperasiId, e.value as RingkasanKoperasi]));
}

/**
 * Drops every summary (a restore empties the stores before the backup merges back in); readers of the summaries and
 * of the cooperatives start over.
 */
export async function hapusRingkasan(db: KopLindungDb): Promise<void> {
  await db.meta.where('key').startsWith(RINGKASAN_PREFIX).delete();
  await db.meta.bulkPut([
    { key: PERUBAHAN_RINGKASAN, value: mulaiBaru() },
    { key: PERUBAHAN_KOPERASI, value: mulaiBaru() },
  ]);
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
  await meta.put({ key: PERUBAHAN_RINGKASAN, value: mulaiBaru() });
  if (rows.size > 0) await meta.bulkPut([...rows.values()].map((value) => ({ key: ringkasanKey(value.koperasiId), value })));
}

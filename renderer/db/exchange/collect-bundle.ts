import { nikHashSemua } from '../../../shared/anggota/hash-nik';
import type { BundleContents } from '../../../shared/exchange/bundle-contents';
import { BUNDLE_FORMAT_VERSION, bundleSections, type BundleManifest, type JenisEkspor } from '../../../shared/exchange/bundle-manifest';
import { exchangeFieldNames, type ExchangeRecord } from '../../../shared/exchange/exchange-record';
import { nikDikenal } from '../../../shared/exchange/nik-dikenal';
import { syncedTables, type SyncedTable } from '../../../shared/records/synced-tables';
import type Dexie from 'dexie';
import { schemaVersions } from '../schema-versions';
import { BundleError } from '../../exchange/bundle-error';

/** Who and what a bundle is from; the counts, hashes and clocks are filled in from the records. */
export type ManifestBase = Pick<BundleManifest, 'appVersion' | 'kantor' | 'deviceId' | 'petugas' | 'nomorEkspor' | 'dibuat' | 'tujuan'>;

export interface CollectOptions {
  readonly jenis: JenisEkspor;
  /** For `perubahan`: the `sampai` of the last bundle to the same destination ('' sends everything). */
  readonly sejak: string;
  readonly manifest: ManifestBase;
  /**
   * The schema the records are read at, when not this app's newest: a backup taken right before a schema upgrade
   * reads the database as the older app left it (tables that version lacks are empty sections).
   */
  readonly schemaVersion?: number;
  /** Asked before each page is read: true stops with BundleError('cancelled') (Batal while exporting). */
  readonly dibatalkan?: () => boolean;
  /** Stored records read per page (HALAMAN_BAWAAN); tests lower it to cross page boundaries. */
  readonly halaman?: number;
}

/** Stored records read at a time: one page's rows and their exchange records are small beside a whole table. */
export const HALAMAN_BAWAAN = 2000;

/**
 * Where a read of one table's records stands: the whole table goes in key order, a page after the last key read;
 * a changes-only read goes through the keys of the records changed since (in change order, as the index gives them),
 * a page of them at a time.
 */
export interface PageCursor {
  readonly keys: readonly string[] | null;
  at: number;
  after: string | undefined;
  done: boolean;
}

/** A cursor over the table's records, or (with `since`) those changed after it; reads the keys for the latter. */
export async function openPageCursor(db: Dexie, table: string, since: string): Promise<PageCursor> {
  const keys = since ? ((await db.table(table).where('changedAt').above(since).primaryKeys()) as string[]) : null;
  return { keys, at: 0, after: undefined, done: keys?.length === 0 };
}

/** A cursor that reads the same records again (the same keys, or the table from its start). */
export const rewindPageCursor = (cursor: PageCursor): PageCursor => ({ keys: cursor.keys, at: 0, after: undefined, done: cursor.keys?.length === 0 });

/**
 * The next page of stored records (empty once done). A record gone since its key was listed is left out: only a
 * read outside the transaction that listed the keys can meet one, and the export's hash check catches it.
 */
export async function readPage(db: Dexie, table: string, cursor: PageCursor, size: number): Promise<Record<string, unknown>[]> {
  if (cursor.done) return [];
  const store = db.table(table);
  if (cursor.keys) {
    const slice = cursor.keys.slice(cursor.at, cursor.at + size);
    cursor.at += slice.length;
    cursor.done = cursor.at >= cursor.keys.length;
    return ((await store.bulkGet(slice)) as (Record<string, unknown> | undefined)[]).filter((r) => r !== undefined);
  }
  const rows = (await (cursor.after === undefined ? store.toCollection() : store.where(':id').above(cursor.after)).limit(size).toArray()) as Record<
    string,
    unknown
  >[];
  cursor.done = rows.length < size;
  if (rows.length > 0) cursor.after = rows.at(-1)!.id as string;
  return rows;
}

const EMPTY_HASH = '0'.repeat(64);

/** A stored record as a bundle carries it: the user fields and the stamp, without derived keys or `changedAt`. */
export function toExchangeRecord<T extends SyncedTable>(table: T, stored: Record<string, unknown>): ExchangeRecord<T> {
  const out: Record<string, unknown> = {};
  const clockKeys = ['deleted', ...exchangeFieldNames[table]];
  for (const field of exchangeFieldNames[table]) out[field] = stored[field];
  const clocks = (stored.fieldClocks ?? {}) as Record<string, string>;
  const basis = (stored.fieldBasis ?? {}) as Record<string, string>;
  const fieldClocks: Record<string, string> = {};
  const fieldBasis: Record<string, string> = {};
  for (const key of clockKeys) {
    if (clocks[key]) fieldClocks[key] = clocks[key];
    if (basis[key]) fieldBasis[key] = basis[key];
  }
  if (table === 'anggota') {
    const known = nikDikenal(stored.nik, stored);
    if (known.length > 0) out.nikDikenal = known;
    if (typeof stored.dihapusPribadi === 'string') out.dihapusPribadi = stored.dihapusPribadi;
    const hashes = nikHashSemua(stored);
    if (hashes.length > 0) out.nikHashSemua = hashes;
  }
  return {
    ...out,
    id: stored.id,
    createdAt: stored.createdAt,
    deviceId: stored.deviceId,
    deleted: stored.deleted,
    fieldClocks,
    fieldBasis,
  } as ExchangeRecord<T>;
}

/**
 * Reads what a bundle will carry, in one read transaction so the records, the aliases and `sampai` are one
 * consistent moment: the whole database, or every record that changed here (edited, or brought by an import)
 * after `sejak`. `sampai` is the newest local change clock, where the next export to the same place continues.
 * Each table is read a page at a time and each page's stored rows let go once mapped, so only the exchange records
 * are held whole. An export to a file does not hold even those (exportBundle); this serves the tests and the bench.
 */
export async function collectBundle(db: Dexie, options: CollectOptions): Promise<BundleContents> {
  const since = options.jenis === 'perubahan' ? options.sejak : '';
  const size = options.halaman ?? HALAMAN_BAWAAN;
  const present = new Set(db.tables.map((t) => t.name));
  const stores = [...syncedTables, 'alias'].filter((t) => present.has(t)).map((t) => db.table(t));
  return db.transaction('r', stores, async () => {
    const tables: Record<string, unknown[]> = {};
    let sampai = since;
    for (const table of syncedTables) {
      const records: unknown[] = [];
      tables[table] = records;
      if (options.dibatalkan?.()) throw new BundleError('cancelled');
      if (!present.has(table)) continue;
      const cursor = await openPageCursor(db, table, since);
      while (!cursor.done) {
        if (options.dibatalkan?.()) throw new BundleError('cancelled');
        for (const row of await readPage(db, table, cursor, size)) {
          records.push(toExchangeRecord(table, row));
          if (since && (row.changedAt as string) > sampai) sampai = row.changedAt as string;
        }
      }
      if (!since) sampai = maxClock(sampai, await newestChange(db, table));
    }
    const alias = present.has('alias') ? await db.table('alias').toArray() : [];
    const isi = Object.fromEntries(bundleSections.map((s) => [s, { jumlah: s === 'alias' ? alias.length : tables[s]!.length, sha256: EMPTY_HASH }]));
    return { manifest: manifestOf(options, since, sampai, isi as BundleManifest['isi']), tables: tables as unknown as BundleContents['tables'], alias };
  });
}

/** The newest change clock in a table ('' when empty). */
export async function newestChange(db: Dexie, table: string): Promise<string> {
  return ((await db.table(table).orderBy('changedAt').last()) as { changedAt?: string } | undefined)?.changedAt ?? '';
}

export const maxClock = (a: string, b: string): string => (b > a ? b : a);

/** The manifest of a bundle read at `sampai`, with its sections' counts and hashes. */
export function manifestOf(options: CollectOptions, since: string, sampai: string, isi: BundleManifest['isi']): BundleManifest {
  return {
    ...options.manifest,
    format: 'koplindung-bundle',
    formatVersion: BUNDLE_FORMAT_VERSION,
    schemaVersion: options.schemaVersion ?? schemaVersions.at(-1)!.version,
    jenis: options.jenis,
    sejak: since,
    sampai,
    isi,
  };
}

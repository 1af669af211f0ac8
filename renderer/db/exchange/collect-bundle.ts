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
  /** Asked before each table is read: true stops with BundleError('cancelled') (Batal while exporting). */
  readonly dibatalkan?: () => boolean;
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
 */
export async function collectBundle(db: Dexie, options: CollectOptions): Promise<BundleContents> {
  const since = options.jenis === 'perubahan' ? options.sejak : '';
  const present = new Set(db.tables.map((t) => t.name));
  const stores = [...syncedTables, 'alias'].filter((t) => present.has(t)).map((t) => db.table(t));
  return db.transaction('r', stores, async () => {
    const tables: Record<string, unknown[]> = {};
    let sampai = since;
    for (const table of syncedTables) {
      if (options.dibatalkan?.()) throw new BundleError('cancelled');
      if (!present.has(table)) {
        tables[table] = [];
        continue;
      }
      const rows: Record<string, unknown>[] = since ? await db.table(table).where('changedAt').above(since).toArray() : await db.table(table).toArray();
      tables[table] = rows.map((r) => toExchangeRecord(table, r));
      const newest = since
        ? rows.reduce((m, r) => ((r.changedAt as string) > m ? (r.changedAt as string) : m), '')
        : (((await db.table(table).orderBy('changedAt').last()) as { changedAt?: string } | undefined)?.changedAt ?? '');
      if (newest > sampai) sampai = newest;
    }
    const alias = present.has('alias') ? await db.table('alias').toArray() : [];
    const isi = Object.fromEntries(bundleSections.map((s) => [s, { jumlah: s === 'alias' ? alias.length : tables[s]!.length, sha256: EMPTY_HASH }]));
    const manifest: BundleManifest = {
      ...options.manifest,
      format: 'koplindung-bundle',
      formatVersion: BUNDLE_FORMAT_VERSION,
      schemaVersion: options.schemaVersion ?? schemaVersions.at(-1)!.version,
      jenis: options.jenis,
      sejak: since,
      sampai,
      isi: isi as BundleManifest['isi'],
    };
    return { manifest, tables: tables as unknown as BundleContents['tables'], alias };
  });
}

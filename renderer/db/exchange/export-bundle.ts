import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { bundleManifestSchema, type BundleManifest, type BundleSection } from '../../../shared/exchange/bundle-manifest';
import { syncedTables, type SyncedTable } from '../../../shared/records/synced-tables';
import type Dexie from 'dexie';
import { BundleError } from '../../exchange/bundle-error';
import { bundleProgress, encodeBundle, NdjsonChunker, SectionChangedError, writeBundle, type EncodeBundleOptions } from '../../exchange/encode-bundle';
import {
  collectBundle,
  HALAMAN_BAWAAN,
  manifestOf,
  maxClock,
  newestChange,
  openPageCursor,
  readPage,
  rewindPageCursor,
  toExchangeRecord,
  type CollectOptions,
  type PageCursor,
} from './collect-bundle';

export type ExportBundleOptions = CollectOptions & Omit<EncodeBundleOptions, 'dibatalkan'>;

export interface ExportedBundle {
  readonly bytes: Uint8Array;
  readonly manifest: BundleManifest;
}

/**
 * Streamed tries of an export whose records changed between its two passes (an officer saving meanwhile) before it
 * reads them once and holds them (a check-in table saving every few seconds would spoil every try).
 */
const PERCOBAAN = 2;

/**
 * An export straight from the database to bundle bytes (collectBundle + encodeBundle in one), without ever holding
 * the records whole: a district is 700,000 records, over a GB of heap as exchange records. The file's manifest comes
 * first but carries each section's hash, so the records are read twice, a page at a time:
 * - the hash pass, in one read transaction (the records, the aliases and `sampai` one consistent moment, as
 *   collectBundle reads them): each page mapped to exchange records, serialised and hashed, then let go;
 * - the write pass, outside it (the compressor's stream cannot keep an IndexedDB transaction open): the same keys
 *   read again page by page, serialised, gzipped and sealed.
 * Every write of a record stamps a new `changedAt` (the write path's rule, which changes-only exports rely on too),
 * so each page's keys and clocks, fingerprinted in the first pass and compared in the second, tell whether a record
 * changed, came or went in between (an officer saving meanwhile): then the export starts over, so the file carries
 * the records its manifest describes. After PERCOBAAN spoilt tries it exports as it always could: the records read
 * in one transaction and held (collectBundle then encodeBundle), more memory but never spoilt, so an export or a
 * backup taken while the check-in table is busy still succeeds. Hashing the bytes again would cost as much as
 * the first hash; should a write ever skip the stamp, the importer's own SHA-256 check still refuses the file. The
 * aliases (small) are held from the first pass. Same file as collectBundle then encodeBundle
 * (docs/exchange-format.md); progress counts both passes.
 */
export async function exportBundle(db: Dexie, options: ExportBundleOptions): Promise<ExportedBundle> {
  for (let percobaan = 1; ; percobaan++) {
    try {
      return await exportOnce(db, options);
    } catch (error) {
      if (!(error instanceof SectionChangedError)) throw error;
      if (percobaan >= PERCOBAAN) return exportHeld(db, options);
    }
  }
}

/** The export from records held in memory: one consistent read, whatever is saved meanwhile. */
async function exportHeld(db: Dexie, options: ExportBundleOptions): Promise<ExportedBundle> {
  const contents = await collectBundle(db, options);
  return { bytes: await encodeBundle(contents, options), manifest: contents.manifest };
}

async function exportOnce(db: Dexie, options: ExportBundleOptions): Promise<ExportedBundle> {
  const since = options.jenis === 'perubahan' ? options.sejak : '';
  const size = options.halaman ?? HALAMAN_BAWAAN;
  const present = new Set(db.tables.map((t) => t.name));
  const stores = [...syncedTables, 'alias'].filter((t) => present.has(t)).map((t) => db.table(t));
  const periksaBatal = () => {
    if (options.dibatalkan?.()) throw new BundleError('cancelled');
  };

  const first = await db.transaction('r', stores, async () => {
    const tables = new Map<SyncedTable, { cursor: PageCursor; pages: string[] }>();
    let total = 0;
    for (const table of syncedTables) {
      if (!present.has(table)) continue;
      const cursor = await openPageCursor(db, table, since);
      tables.set(table, { cursor, pages: [] });
      total += cursor.keys ? cursor.keys.length : await db.table(table).count();
    }
    const alias = present.has('alias') ? await db.table('alias').toArray() : [];
    total += alias.length;
    const progress = bundleProgress(total * 2, options.onProgress);

    const isi = {} as Record<BundleSection, { jumlah: number; sha256: string }>;
    let sampai = since;
    for (const table of syncedTables) {
      periksaBatal();
      const hash = sectionHasher();
      const read = tables.get(table);
      while (read && !read.cursor.done) {
        const rows = await readPage(db, table, read.cursor, size);
        periksaBatal();
        read.pages.push(fingerprint(rows));
        for (const row of rows) {
          hash.add(toExchangeRecord(table, row));
          if (since) sampai = maxClock(sampai, row.changedAt as string);
        }
        progress(rows.length);
      }
      if (!since && read) sampai = maxClock(sampai, await newestChange(db, table));
      isi[table] = hash.digest();
    }
    const aliasHash = sectionHasher();
    for (const record of alias) aliasHash.add(record);
    isi.alias = aliasHash.digest();
    progress(alias.length);
    return { tables, alias, progress, manifest: manifestOf(options, since, sampai, isi) };
  });
  periksaBatal();

  const manifest = bundleManifestSchema.parse(first.manifest);
  async function* pages(section: BundleSection): AsyncGenerator<readonly unknown[]> {
    if (section === 'alias') {
      yield first.alias;
      return;
    }
    const read = first.tables.get(section);
    if (!read) return;
    const cursor = rewindPageCursor(read.cursor);
    for (const expected of read.pages) {
      const rows = await readPage(db, section, cursor, size);
      if (fingerprint(rows) !== expected) throw new SectionChangedError(section);
      yield rows.map((row) => toExchangeRecord(section, row));
    }
    if (!cursor.done && (await readPage(db, section, cursor, size)).length > 0) throw new SectionChangedError(section);
  }
  const bytes = await writeBundle(manifest, pages, options, first.progress);
  return { bytes, manifest };
}

/** A page's count and a hash of its keys and change clocks in order: the same on both passes unless a record changed, came or went. */
function fingerprint(rows: readonly Record<string, unknown>[]): string {
  let hash = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x0a, 0x01000193);
  };
  for (const row of rows) {
    mix(String(row.id));
    mix(String(row.changedAt));
  }
  return `${rows.length}:${(hash >>> 0).toString(16)}`;
}

/** A section's count and SHA-256 over its NDJSON, fed a record at a time (the bytes encodeBundle writes). */
function sectionHasher() {
  const hasher = sha256.create();
  const chunker = new NdjsonChunker();
  let jumlah = 0;
  const take = (chunk: { bytes: Uint8Array; records: number } | null) => {
    if (chunk === null) return;
    hasher.update(chunk.bytes);
    jumlah += chunk.records;
  };
  return {
    add: (record: unknown) => take(chunker.add(record)),
    digest: () => {
      take(chunker.flush());
      return { jumlah, sha256: bytesToHex(hasher.digest()) };
    },
  };
}

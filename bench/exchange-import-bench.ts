import type { BundleContents } from '../shared/exchange/bundle-contents';
import { newestClock } from '../shared/exchange/newest-clock';
import { syncedTables } from '../shared/records/synced-tables';
import { ChangeClock } from '../renderer/db/change-clock';
import { openKopLindungDb, type KopLindungDb } from '../renderer/db/database';
import type { ImportCounts } from '../renderer/db/import-counts';
import type { ImporBundelLog } from '../renderer/db/impor-log';
import { mergeBundle } from '../renderer/db/exchange/merge-bundle';
import { schemaVersions } from '../renderer/db/schema-versions';
import { decodeBundle } from '../renderer/exchange/decode-bundle';
import type { DecodeParts } from './bench-types';
import { latestStoreShapes } from './dexie-store-shape';
import { decodeParts } from './exchange-codec-parts';
import { rawImport, replicateFreshImport, sameStores } from './exchange-raw-baseline';
import { deleteDb, openRawDb } from './raw-idb-baseline';
import { assertSameStores } from './write-bench';

/** The importing laptop (a fresh one: its database is empty before the first import). */
export const IMPORT_DEVICE = 'bench-laptop-b';

const since = (started: number) => Math.round(performance.now() - started);

/**
 * The import side of the exchange bench, run in a dedicated worker as the app's `preview` and `apply` are
 * (exchange-worker-api.ts), one step per call so the page can read the worker's heap between steps: decode the
 * bundle, preview and apply it (mergeBundle, as the worker does, with the import log) into an empty database, put
 * the same records into an empty raw IndexedDB database with the same stores, check both hold the same, then import
 * the same bundle again into the now-full database.
 */
export class ImportBench {
  private contents: BundleContents | null = null;
  private readonly clock = new ChangeClock(IMPORT_DEVICE);
  private importHlc = '';
  private app: KopLindungDb | null = null;
  private readonly raws = new Map<string, IDBDatabase>();
  private readonly shapes = latestStoreShapes(schemaVersions);

  constructor(
    private readonly bytes: Uint8Array,
    private readonly passphrase: string,
  ) {}

  private get decoded(): BundleContents {
    if (!this.contents) throw new Error('decode first');
    return this.contents;
  }

  private get appDb(): KopLindungDb {
    if (!this.app) throw new Error('open the target databases first');
    return this.app;
  }

  /** decodeBundle: decrypt (with the key derivation), inflate, split, hash, parse and check every record. */
  async decode(): Promise<{ ms: number; records: number }> {
    this.contents = null;
    const started = performance.now();
    this.contents = await decodeBundle(this.bytes, { passphrase: this.passphrase, schemaVersion: schemaVersions.at(-1)!.version });
    const ms = since(started);
    return { ms, records: syncedTables.reduce((n, t) => n + this.decoded.tables[t].length, 0) };
  }

  async decodeParts(): Promise<DecodeParts> {
    return decodeParts(this.bytes, this.passphrase, this.decoded);
  }

  /** A fresh app database and a fresh raw one with the same stores; the import's stamp, as the UI thread makes it. */
  async openTargets(appName: string, rawName: string): Promise<void> {
    this.app = await openKopLindungDb(appName);
    assertSameStores(this.app, this.shapes);
    this.raws.set(rawName, await openRawDb(rawName, this.shapes));
    this.clock.receive(newestClock(this.decoded));
    this.importHlc = this.clock.next();
  }

  /** The preview: the very merge in a read-only transaction, counting only. */
  async preview(): Promise<{ ms: number; counts: ImportCounts }> {
    const started = performance.now();
    const counts = await mergeBundle(this.appDb, this.decoded, { apply: false, importHlc: '', deviceId: '' });
    return { ms: since(started), counts };
  }

  /** The apply: one read-write transaction with the import log, as the worker's `apply`. */
  async apply(): Promise<{ ms: number; counts: ImportCounts; journalEntries: number }> {
    const m = this.decoded.manifest;
    const log: Omit<ImporBundelLog, 'hasil'> = {
      id: crypto.randomUUID(),
      waktu: new Date().toISOString(),
      namaBerkas: 'bench.kopl',
      deviceId: m.deviceId,
      nomorEkspor: m.nomorEkspor,
      kantor: m.kantor.nama,
      petugasPengirim: m.petugas,
      petugas: 'Petugas Impor',
      jenis: m.jenis,
      dibuat: m.dibuat,
      jumlahBerkas: Object.fromEntries(Object.entries(m.isi).map(([section, s]) => [section, s.jumlah])),
    };
    const journalBefore = await this.appDb.journal.count();
    const started = performance.now();
    const counts = await mergeBundle(this.appDb, this.decoded, { apply: true, importHlc: this.importHlc, deviceId: IMPORT_DEVICE, log });
    const ms = since(started);
    return { ms, counts, journalEntries: (await this.appDb.journal.count()) - journalBefore };
  }

  /** Raw puts of what the merge stores (with its journal entries, or the records alone) into the named raw database. */
  async rawImport(rawName: string, journal: boolean): Promise<{ ms: number; writes: number }> {
    let raw = this.raws.get(rawName);
    if (!raw) {
      raw = await openRawDb(rawName, this.shapes);
      this.raws.set(rawName, raw);
    }
    const batches = replicateFreshImport(this.decoded, this.importHlc, IMPORT_DEVICE, journal);
    const ms = Math.round(await rawImport(raw, batches));
    return { ms, writes: batches.reduce((n, b) => n + b.values.length, 0) };
  }

  /** Every record of the synced tables and the journal, the app's against the raw database's. */
  async verify(rawName: string): Promise<number> {
    const raw = this.raws.get(rawName);
    if (!raw) throw new Error(`no raw database ${rawName}`);
    return sameStores(this.appDb.backendDB(), raw, [...syncedTables, 'journal']);
  }

  /** Deletes the target databases (between rounds, and at the end). */
  async dropTargets(): Promise<void> {
    if (this.app) {
      const name = this.app.name;
      this.app.close();
      this.app = null;
      await deleteDb(name);
    }
    for (const [name, raw] of this.raws) {
      raw.close();
      await deleteDb(name);
    }
    this.raws.clear();
  }

  /** The same bundle again into the now-full database: decode, preview and apply, each timed (every record `sama`). */
  async reimport(): Promise<{ decodeMs: number; previewMs: number; applyMs: number; counts: ImportCounts; journalEntries: number }> {
    const { ms: decodeMs } = await this.decode();
    this.clock.receive(newestClock(this.decoded));
    this.importHlc = this.clock.next();
    const { ms: previewMs } = await this.preview();
    const { ms: applyMs, counts, journalEntries } = await this.apply();
    return { decodeMs, previewMs, applyMs, counts, journalEntries };
  }
}

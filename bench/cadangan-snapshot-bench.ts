import { gabungRantaiCadangan } from '../shared/cadangan/gabung-rantai-cadangan';
import type { BundleContents } from '../shared/exchange/bundle-contents';
import { newestClock } from '../shared/exchange/newest-clock';
import { syncedTables } from '../shared/records/synced-tables';
import { ChangeClock } from '../renderer/db/change-clock';
import { openKopLindungDb, type KopLindungDb } from '../renderer/db/database';
import type { ManifestBase } from '../renderer/db/exchange/collect-bundle';
import { schemaVersions } from '../renderer/db/schema-versions';
import { decodeBundle } from '../renderer/exchange/decode-bundle';
import { createExchangeWorkerApi, type CadangkanResult } from '../renderer/exchange/exchange-worker-api';
import { latestStoreShapes } from './dexie-store-shape';
import { rawImport, replicateFreshImport } from './exchange-raw-baseline';
import { openRawDb } from './raw-idb-baseline';

/** The laptop a restore runs on: it keeps its own device id (a restore never takes the backup's). */
const RESTORE_DEVICE = 'bench-laptop-pulih';
const since = (started: number) => Math.round(performance.now() - started);
const recordsOf = (r: CadangkanResult) => Object.entries(r.jumlah).reduce((n, [section, c]) => (section === 'alias' ? n : n + c), 0);

export interface SnapshotFigures {
  readonly ms: number;
  readonly jenis: string;
  readonly records: number;
  readonly bytes: number;
}

export interface RestoreFigures {
  /** previewRestore: every link decoded with the key and the chain replayed into one snapshot. */
  readonly openMs: number;
  /** pulihkan: the stores emptied and the snapshot merged in, one transaction. */
  readonly replaceMs: number;
  readonly records: number;
}

const done = (request: IDBRequest | IDBTransaction, event: 'success' | 'complete') =>
  new Promise<void>((resolve, reject) => {
    request.addEventListener(event, () => resolve());
    request.addEventListener('error', () => reject(request.error));
  });

/**
 * The backup side of the bench, in a dedicated worker as the app takes its backups (exchange-worker-api.ts): the
 * worker API's own `createCadangan` (collect, encrypt with the backup key, decode again and compare counts) for a full
 * snapshot and for a changes-only one after it, and its `previewRestore` + `restore` for a restore of the chain,
 * into an empty database (the recovery page after a wiped profile) and over the full district (Pengaturan →
 * Pulihkan). Baselines on raw IndexedDB: reading every record (or the changed ones through `changedAt`) in one
 * read-only transaction, and putting the restored records with their journal entries into an empty database.
 */
export class CadanganBench {
  private full: CadangkanResult | null = null;
  private changes: CadangkanResult | null = null;
  private readonly shapes = latestStoreShapes(schemaVersions);

  constructor(
    private readonly passphrase: string,
    private readonly manifest: ManifestBase,
  ) {}

  private api(name: string) {
    let db: KopLindungDb | undefined;
    const open = async () => (db ??= await openKopLindungDb(name));
    return { api: createExchangeWorkerApi(open), close: () => db?.close() };
  }

  async penuh(sourceName: string): Promise<SnapshotFigures> {
    const { api, close } = this.api(sourceName);
    try {
      const started = performance.now();
      this.full = await api.createCadangan({ passphrase: this.passphrase, manifest: this.manifest });
      return { ms: since(started), jenis: this.full.jenis, records: recordsOf(this.full), bytes: this.full.bytes.byteLength };
    } finally {
      close();
    }
  }

  async perubahan(sourceName: string): Promise<SnapshotFigures> {
    if (!this.full) throw new Error('penuh first');
    const { api, close } = this.api(sourceName);
    try {
      const dasar = { sampai: this.full.sampai, identitas: this.full.identitas, rantai: this.full.rantai };
      const started = performance.now();
      this.changes = await api.createCadangan({ passphrase: this.passphrase, manifest: this.manifest, dasar });
      const ms = since(started);
      if (this.changes.jenis !== 'perubahan') throw new Error(`expected a changes-only backup, got ${this.changes.jenis}`);
      return { ms, jenis: this.changes.jenis, records: recordsOf(this.changes), bytes: this.changes.bytes.byteLength };
    } finally {
      close();
    }
  }

  /** Raw reads of what a snapshot collects: every synced store whole, or (after `sejak`) its `changedAt` range. */
  async rawBaca(sourceName: string, changesOnly: boolean): Promise<{ ms: number; records: number }> {
    const sejak = changesOnly ? this.full?.sampai : undefined;
    if (changesOnly && !sejak) throw new Error('penuh first');
    const open = indexedDB.open(sourceName);
    await done(open, 'success');
    const db = open.result;
    try {
      const started = performance.now();
      const tx = db.transaction([...syncedTables], 'readonly');
      const requests = syncedTables.map((t) =>
        sejak ? tx.objectStore(t).index('changedAt').getAll(IDBKeyRange.lowerBound(sejak, true)) : tx.objectStore(t).getAll(),
      );
      await Promise.all(requests.map((r) => done(r, 'success')));
      const ms = since(started);
      return { ms, records: requests.reduce((n, r) => n + (r.result as unknown[]).length, 0) };
    } finally {
      db.close();
    }
  }

  private rantai() {
    if (!this.full || !this.changes) throw new Error('penuh and perubahan first');
    return [
      { berkas: 'cadangan-penuh.kopl', bytes: this.full.bytes },
      { berkas: 'cadangan-perubahan.kopl', bytes: this.changes.bytes },
    ];
  }

  /** Pulihkan of the chain (full + changes) into `targetName`, as the recovery page or Pengaturan runs it. */
  async pulihkan(targetName: string): Promise<RestoreFigures> {
    const { api, close } = this.api(targetName);
    try {
      let started = performance.now();
      const preview = await api.previewRestore(this.rantai(), this.passphrase);
      const openMs = since(started);
      const clock = new ChangeClock(RESTORE_DEVICE);
      clock.receive(preview.newest);
      started = performance.now();
      const counts = await api.restore({ importHlc: clock.next(), deviceId: RESTORE_DEVICE, petugas: 'Petugas Bench' });
      const replaceMs = since(started);
      return { openMs, replaceMs, records: counts.baru + counts.diperbarui + counts.sama };
    } finally {
      close();
    }
  }

  /** Raw baseline of a restore into an empty database: the replayed snapshot's records and journal entries put in one transaction. */
  async rawPulihkan(rawName: string): Promise<{ ms: number; writes: number }> {
    const links: { berkas: string; contents: BundleContents }[] = [];
    for (const link of this.rantai())
      links.push({
        berkas: link.berkas,
        contents: await decodeBundle(link.bytes, { passphrase: this.passphrase, schemaVersion: schemaVersions.at(-1)!.version }),
      });
    const contents = gabungRantaiCadangan(links);
    const clock = new ChangeClock(RESTORE_DEVICE);
    clock.receive(newestClock(contents));
    const batches = replicateFreshImport(contents, clock.next(), RESTORE_DEVICE, true);
    const raw = await openRawDb(rawName, this.shapes);
    try {
      const ms = Math.round(await rawImport(raw, batches));
      return { ms, writes: batches.reduce((n, b) => n + b.values.length, 0) };
    } finally {
      raw.close();
    }
  }
}

import type { BundleContents } from '../shared/exchange/bundle-contents';
import { newestClock } from '../shared/exchange/newest-clock';
import { syncedTables, type SyncedTable } from '../shared/records/synced-tables';
import { ChangeClock } from '../renderer/db/change-clock';
import { openKopLindungDb, type KopLindungDb } from '../renderer/db/database';
import type { ImportCounts } from '../renderer/db/import-counts';
import type { ImporBundelLog } from '../renderer/db/impor-log';
import { mergeBundle } from '../renderer/db/exchange/merge-bundle';
import { derivedFields } from '../renderer/db/table-definitions';
import { decodeBundle } from '../renderer/exchange/decode-bundle';
import { schemaVersions } from '../renderer/db/schema-versions';
import type { DeltaImportOutput, DeltaRawOutput } from './bench-types';
import { latestStoreShapes } from './dexie-store-shape';
import { openRawDb } from './raw-idb-baseline';
import { assertSameStores } from './write-bench';

/** The office laptop the month is imported on (the district's own database). */
const OFFICE_DEVICE = 'bench-kantor-dinas';
/** Names the step in an error (comlink passes the message on, not where it came from). */
const step = <T>(name: string, work: Promise<T>): Promise<T> =>
  work.catch((error: unknown) => {
    throw new Error(`delta ${name}: ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)}`);
  });
const since = (started: number) => Math.round(performance.now() - started);

const done = (target: IDBRequest | IDBTransaction, event: 'success' | 'complete') =>
  new Promise<void>((resolve, reject) => {
    target.addEventListener(event, () => resolve());
    target.addEventListener('error', () => reject(target.error));
    if (target instanceof IDBTransaction) target.addEventListener('abort', () => reject(target.error ?? new Error('aborted')));
  });

/** What the app's merge wrote, read back untimed for the raw side: the records, their journal entries, the touched cooperatives' summaries. */
interface Written {
  readonly records: Map<SyncedTable, Record<string, unknown>[]>;
  readonly journal: Record<string, unknown>[];
  readonly meta: Record<string, unknown>[];
}

/**
 * A realistic delta into a full district (issue 16 §3), in a dedicated worker as the app runs its import: the
 * officer's changes-only bundle decoded, previewed and applied (mergeBundle with the import log, as the worker's
 * `pratinjau` and `terapkan`) into the district's app database, end to end in one call; then the raw baseline on
 * the raw district database loaded beside it (bench/district-load-bench.ts): in one strict-durability transaction,
 * the reads the merge needs (every incoming key, the NIK index for every incoming person, the roles, enrollments and
 * check-ins of people fused away, the touched cooperatives' summaries), then the puts of what the app wrote (records,
 * summaries), its journal entries and the deletes of the people fused away.
 */
export class DeltaImport {
  private contents: BundleContents | null = null;
  private app: KopLindungDb | null = null;
  private written: Written | null = null;
  /** Who holds the month's NIKs in the app's database after the merge (the survivors of every fusion). */
  private holdersAfter = new Set<string>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly passphrase: string,
  ) {}

  /** Decode, preview and apply, each timed, as the Impor tab runs them one after the other. */
  async importInto(appName: string): Promise<DeltaImportOutput> {
    const app = (this.app = await openKopLindungDb(appName));
    assertSameStores(app, latestStoreShapes(schemaVersions));
    const journalBefore = (await app.journal.orderBy(':id').lastKey()) ?? 0;
    let started = performance.now();
    const contents = (this.contents = await decodeBundle(this.bytes, { passphrase: this.passphrase, schemaVersion: schemaVersions.at(-1)!.version }));
    const decodeMs = since(started);
    started = performance.now();
    const preview = await step('preview', mergeBundle(app, contents, { apply: false, importHlc: '', deviceId: '' }));
    const previewMs = since(started);
    const clock = new ChangeClock(OFFICE_DEVICE);
    clock.receive(newestClock(contents));
    const importHlc = clock.next();
    const m = contents.manifest;
    const log: Omit<ImporBundelLog, 'hasil'> = {
      id: crypto.randomUUID(),
      waktu: new Date().toISOString(),
      namaBerkas: 'petugas-bulan-ini.kopl',
      deviceId: m.deviceId,
      nomorEkspor: m.nomorEkspor,
      kantor: m.kantor.nama,
      petugasPengirim: m.petugas,
      petugas: 'Petugas Kantor',
      jenis: m.jenis,
      dibuat: m.dibuat,
      jumlahBerkas: Object.fromEntries(Object.entries(m.isi).map(([section, s]) => [section, s.jumlah])),
    };
    started = performance.now();
    const counts: ImportCounts = await step(
      'apply',
      mergeBundle(app, contents, { apply: true, importHlc, deviceId: OFFICE_DEVICE, petugas: 'Petugas Kantor', log }),
    );
    const applyMs = since(started);
    await this.readWritten(app, journalBefore as number);
    return { decodeMs, previewMs, applyMs, counts, previewCounts: preview, journalEntries: this.written!.journal.length };
  }

  /** Untimed: what the merge wrote (journal entries after `after`, the records they name, the summaries of their cooperatives). */
  private async readWritten(app: KopLindungDb, after: number): Promise<void> {
    const journal = (await app.journal.where(':id').above(after).toArray()).map(({ seq: _seq, ...entry }) => entry as Record<string, unknown>);
    const records = new Map<SyncedTable, Record<string, unknown>[]>();
    const koperasiIds = new Set<string>();
    for (const table of syncedTables) {
      const ids = journal.filter((e) => e.table === table).map((e) => e.recordId as string);
      if (ids.length === 0) continue;
      const rows = (await app.table(table).bulkGet(ids)).filter((r): r is Record<string, unknown> => r !== undefined);
      records.set(table, rows);
      for (const r of rows) if (typeof r.koperasiId === 'string') koperasiIds.add(r.koperasiId);
    }
    const meta = (await app.meta.bulkGet([...koperasiIds].map((id) => `ringkasan:${id}`))).filter((r) => r !== undefined) as unknown as Record<
      string,
      unknown
    >[];
    // District people holding an incoming NIK that the merge took away (fused into a smaller id).
    const niks = this.decoded.tables.anggota.map((a) => a.nik).filter((n) => n !== '');
    const holders = (await app.anggota.where('nikKey').anyOf(niks).primaryKeys()) as string[];
    this.written = { records, journal, meta };
    this.holdersAfter = new Set(holders);
  }

  private get decoded(): BundleContents {
    if (!this.contents) throw new Error('import first');
    return this.contents;
  }

  /** The raw baseline on the raw district database: the same reads, then the same writes, in one strict transaction. */
  async rawInto(rawName: string): Promise<DeltaRawOutput> {
    const written = this.written;
    if (!written) throw new Error('import first');
    const raw = await openRawDb(rawName, latestStoreShapes(schemaVersions));
    try {
      const contents = this.decoded;
      const nikKeys = contents.tables.anggota.flatMap((a) => (derivedFields.anggota(a as never).nikSemua as string[] | undefined) ?? []);
      // Untimed: which district people the raw side must delete (held an incoming NIK here, gone from the app's database).
      const probe = raw.transaction('anggota', 'readonly').objectStore('anggota').index('nikKey');
      const before = await Promise.all(
        contents.tables.anggota
          .filter((a) => a.nik !== '')
          .map(async (a) => {
            const request = probe.getKey(a.nik);
            await done(request, 'success');
            return request.result as string | undefined;
          }),
      );
      const fusedAway = before.filter((id): id is string => id !== undefined && !this.holdersAfter.has(id));

      let reads = 0;
      let writes = 0;
      const started = performance.now();
      const tx = raw.transaction([...syncedTables, 'journal', 'meta'], 'readwrite', { durability: 'strict' });
      const committed = done(tx, 'complete');
      committed.catch(() => undefined);
      const pending: Promise<void>[] = [];
      const read = (request: IDBRequest) => {
        reads++;
        pending.push(done(request, 'success'));
      };
      for (const table of syncedTables) {
        const store = tx.objectStore(table);
        for (const r of contents.tables[table]) read(store.get(r.id));
      }
      const people = tx.objectStore('anggota').index('nikSemua');
      for (const key of nikKeys) read(people.getAll(key));
      for (const table of ['peran', 'kepesertaan', 'kehadiran'] as const) {
        const index = tx.objectStore(table).index('anggotaId');
        for (const id of fusedAway) read(index.getAll(id));
      }
      const meta = tx.objectStore('meta');
      for (const m of written.meta) read(meta.get(m.key as string));
      await Promise.all(pending);

      // The people fused away first, as the merge does: a survivor may take over their NIK in the unique index.
      for (const id of fusedAway) tx.objectStore('anggota').delete(id);
      for (const [table, rows] of written.records) {
        const store = tx.objectStore(table);
        for (const r of rows) store.put(r);
        writes += rows.length;
      }
      for (const m of written.meta) meta.put(m);
      const journal = tx.objectStore('journal');
      for (const e of written.journal) journal.add(e);
      writes += written.meta.length + written.journal.length + fusedAway.length;
      await committed;
      return { ms: since(started), reads, writes, fusedAway: fusedAway.length };
    } finally {
      raw.close();
    }
  }

  close(): void {
    this.app?.close();
    this.app = null;
  }
}

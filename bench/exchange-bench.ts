import { wrap, transfer, type Remote } from 'comlink';
import type { ManifestBase } from '../renderer/db/exchange/collect-bundle';
import type { ExchangeExportOutput, ExchangeImportRound, ExchangeInput, ExchangeOutput, WorkerHeap } from './bench-types';
import type { ExchangeBenchWorker } from './exchange-bench.worker';
import { quiet } from './quiet';
import { DEVICE, freshNames } from './write-bench';

const PASSPHRASE = 'kata sandi bench pertukaran data';

/** How long one import step may take before the bench says so instead of waiting forever (a stalled transaction or a worker out of memory never answers). */
const STEP_LIMIT_MS = 20 * 60 * 1000;

/** A worker call, or an error naming the step when it has not finished within STEP_LIMIT_MS. */
export function finishing<T>(step: string, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new Error(`exchange: ${step} did not finish within ${STEP_LIMIT_MS / 60000} min (a stalled IndexedDB transaction, or a worker out of memory)`)),
      STEP_LIMIT_MS,
    );
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

const mean = (values: readonly number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);
const log = (line: string) => console.info(`bench: exchange: ${line}`);

/** Two literal constructions, so Vite bundles the worker and Chromium (and the heap watcher) see each by name. */
const exportWorker = () => new Worker(new URL('./exchange-bench.worker.ts', import.meta.url), { type: 'module', name: 'bench-ekspor' });
const importWorker = () => new Worker(new URL('./exchange-bench.worker.ts', import.meta.url), { type: 'module', name: 'bench-impor' });

/** How often the re-import's heap is sampled after a collection. */
const REIMPORT_LIVE_EVERY_MS = 5000;

/**
 * The worker's peak heap since the last call (scripts/bench.mjs binds it; null when run without it). `liveEveryMs`
 * asks for a collection before a sample that often until the next call (scripts/bench-worker-heap.mjs).
 */
export const heapOf = async (name: string, liveEveryMs = 0): Promise<WorkerHeap> =>
  window.kopBenchWorkerHeap ? window.kopBenchWorkerHeap(name, liveEveryMs) : null;

/**
 * Data exchange at district size (issue 5 §7), each side in its own dedicated worker as the app runs it: export the
 * whole district database (collect + encode with a passphrase), then, on a "second laptop" (a fresh worker and
 * empty databases), decode, preview and apply it, beside raw IndexedDB puts of exactly what the merge stored, and
 * import the same bundle once more into the now-full database.
 */
export async function exchangeBench(sourceName: string, input: ExchangeInput): Promise<ExchangeOutput> {
  const wallStarted = performance.now();
  const manifest: ManifestBase = {
    appVersion: '0.1.0',
    kantor: { kode: '36.74', nama: 'Dinas Koperasi dan UKM Kota Tangerang Selatan' },
    deviceId: DEVICE,
    petugas: 'Petugas Bench',
    nomorEkspor: 1,
    dibuat: new Date().toISOString(),
    tujuan: 'Laptop kedua',
  };

  await quiet();
  const exporterWorker = exportWorker();
  const exporter = wrap<ExchangeBenchWorker>(exporterWorker);
  await heapOf('bench-ekspor');
  log(`export (exportBundle; then collect + encode held whole${input.split ? ', then encode steps one by one' : ''})`);
  let exported: { bytes: Uint8Array; figures: ExchangeExportOutput };
  try {
    const app = await exporter.exportApp(sourceName, manifest, PASSPHRASE);
    const heap = await heapOf('bench-ekspor');
    const halves = await exporter.exportBench(sourceName, manifest, PASSPHRASE, input.split);
    const heapCollectEncode = await heapOf('bench-ekspor');
    exported = { bytes: app.bytes, figures: { ...halves, exportMs: app.exportMs, bundleBytes: app.bytes.length, heap, heapCollectEncode } };
  } finally {
    exporterWorker.terminate();
  }
  const exportHeap = exported.figures.heap;
  const records = Object.entries(exported.figures.records).reduce((n, [s, c]) => (s === 'alias' ? n : n + c), 0);
  log(
    `${records} records: exportBundle ${exported.figures.exportMs} ms (heap ${exportHeap?.peakMB ?? '?'} MB); collect ${exported.figures.collectMs} ms + encode ${exported.figures.encodeMs} ms (heap ${exported.figures.heapCollectEncode?.peakMB ?? '?'} MB); ${exported.figures.bundleBytes} bytes of ${exported.figures.plainJsonBytes} as JSON`,
  );

  const importerWorker = importWorker();
  const w = wrap<ExchangeBenchWorker>(importerWorker);
  const { fresh, names } = freshNames();
  try {
    await heapOf('bench-impor');
    await w.importStart(transfer(exported.bytes, [exported.bytes.buffer]), PASSPHRASE);
    await quiet();
    await heapOf('bench-impor');
    const decoded = await w.decode();
    const decodeHeap = await heapOf('bench-impor');
    log(`decode ${decoded.ms} ms`);
    const decodeParts = input.split ? await w.decodeParts() : null;
    await heapOf('bench-impor');

    const rounds: ExchangeImportRound[] = [];
    let preview: Awaited<ReturnType<Remote<ExchangeBenchWorker>['preview']>> | null = null;
    let applied: Awaited<ReturnType<Remote<ExchangeBenchWorker>['apply']>> | null = null;
    let applyHeap: WorkerHeap = null;
    let rawHeap: WorkerHeap = null;
    let previewHeap: WorkerHeap = null;
    let rawRecordsOnlyMs: number | null = null;
    let rawWrites = 0;
    let verifiedRecords = 0;
    for (let round = 0; round < input.rounds; round++) {
      if (round > 0) await w.dropTargets();
      const rawName = fresh('exchange-raw');
      await w.openTargets(fresh('exchange-app'), rawName);
      if (round === 0) {
        preview = await w.preview();
        previewHeap = await heapOf('bench-impor');
        log(`preview into the empty database ${preview.ms} ms`);
      }
      const order: ('raw' | 'app')[] = round % 2 === 0 ? ['raw', 'app'] : ['app', 'raw'];
      let appMs = 0;
      let rawMs = 0;
      const waitedMs = { app: 0, raw: 0 };
      for (const side of order) {
        waitedMs[side] = await quiet();
        await heapOf('bench-impor');
        log(`round ${round + 1}: ${side === 'app' ? 'app apply (mergeBundle)' : 'raw puts'} into the empty database…`);
        if (side === 'app') {
          applied = await finishing('app apply', w.apply());
          appMs = applied.ms;
          applyHeap = await heapOf('bench-impor');
        } else {
          const raw = await finishing('raw puts', w.rawImport(rawName, true));
          rawMs = raw.ms;
          rawWrites = raw.writes;
          rawHeap = await heapOf('bench-impor');
        }
      }
      rounds.push({ order, appMs, rawMs, waitedMs });
      log(
        `round ${round + 1} ${order.join('→')}: app apply ${appMs} ms, raw puts ${rawMs} ms (waited ${waitedMs.app} / ${waitedMs.raw} ms for an idle Chromium before each)`,
      );
      if (round === 0) {
        verifiedRecords = await w.verify(rawName);
        log(`checked ${verifiedRecords} records alike in both databases`);
        if (input.split) {
          await quiet();
          rawRecordsOnlyMs = (await finishing('raw puts without journal', w.rawImport(fresh('exchange-raw-records'), false))).ms;
          log(`raw puts without journal entries ${rawRecordsOnlyMs} ms`);
        }
      }
    }

    await quiet();
    // The re-import's time has no target, so its heap is also sampled after a collection every few seconds: the
    // plain peak counts garbage the collector had not yet reclaimed (540 and 2,353 MB in two runs of the same code).
    await heapOf('bench-impor', REIMPORT_LIVE_EVERY_MS);
    log('re-import of the same bundle into the full database…');
    const again = await finishing('re-import', w.reimport());
    const reimportHeap = await heapOf('bench-impor');
    log(`re-import into the full database: decode ${again.decodeMs} ms, preview ${again.previewMs} ms, apply ${again.applyMs} ms`);
    await w.dropTargets();

    return {
      method:
        'export and import each in a dedicated worker (as the app); import into empty databases: mergeBundle (apply, one rw transaction with the import log) vs raw puts of the records it stored and their journal entries (one strict-durability transaction, requests issued 50,000 at a time), checked record for record; rounds alternate the first side; before each side the bench waits for an idle Chromium (LevelDB compaction)',
      records,
      export: exported.figures,
      import: {
        decodeMs: decoded.ms,
        decodeParts,
        previewMs: preview!.ms,
        previewCounts: preview!.counts,
        rounds,
        appApplyMs: mean(rounds.map((r) => r.appMs)),
        rawMs: mean(rounds.map((r) => r.rawMs)),
        rawRecordsOnlyMs,
        rawWrites,
        counts: applied!.counts,
        journalEntries: applied!.journalEntries,
        verifiedRecords,
        heap: { decode: decodeHeap, preview: previewHeap, apply: applyHeap, raw: rawHeap },
      },
      reimport: { ...again, heap: reimportHeap },
      wallMs: Math.round(performance.now() - wallStarted),
    };
  } finally {
    importerWorker.terminate();
    for (const name of names) await deleteQuietly(name);
  }
}

/** The worker deleted them already unless a step failed; a database still open in a dead worker is closed with it. */
async function deleteQuietly(name: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

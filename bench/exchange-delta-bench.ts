import { transfer, wrap } from 'comlink';
import type { KabupatenRegions } from '../shared/region/region-types';
import type { DeltaInput, DeltaOutput } from './bench-types';
import type { DistrictLoad } from './district-load-bench';
import { finishing, heapOf } from './exchange-bench';
import { quiet } from './quiet';
import type { ExchangeBenchWorker } from './exchange-bench.worker';
import { buildMonthBundle } from './exchange-delta-month';

const PASSPHRASE = 'kata sandi petugas bulan ini';
const log = (line: string) => console.info(`bench: delta: ${line}`);

/** Issue 16 §3: an officer's month imported end to end (decode, preview, apply) within ten seconds, in a worker heap under 1 GB. */
export const DELTA_TARGETS = { endToEndMaxS: 10, heapMaxMB: 1024 };

/** A literal construction, so Vite bundles the worker and the heap watcher sees it by name. */
const deltaWorker = () => new Worker(new URL('./exchange-bench.worker.ts', import.meta.url), { type: 'module', name: 'bench-delta' });

/**
 * A realistic delta (issue 16 §3): one officer's month (exchange-delta-month.ts) exported as a changes-only bundle
 * from a second laptop, imported into the full district database in a fresh dedicated worker (decode, preview,
 * apply, timed end to end), beside raw IndexedDB doing the same reads and writes on the raw district database
 * (exchange-delta-import.ts). The app goes first: the raw side writes exactly what the app's merge wrote, read back.
 * Both district databases keep the month (the sections after this one see a district grown by it).
 */
export async function deltaBench(
  load: DistrictLoad,
  input: DeltaInput & { seed: number; kabupaten: KabupatenRegions; koperasiCount: number },
): Promise<DeltaOutput> {
  log(`building one officer's month (${input.changes} records, ${input.sameNik} with a district NIK) on a second laptop`);
  const { bytes, month } = await buildMonthBundle(load.db, { ...input, passphrase: PASSPHRASE });
  log(`${month.total} records in a ${(month.bundleBytes / 1024).toFixed(0)} KB changes-only bundle`);
  const worker = deltaWorker();
  const w = wrap<ExchangeBenchWorker>(worker);
  try {
    await w.deltaStart(transfer(bytes, [bytes.buffer]), PASSPHRASE);
    await quiet();
    await heapOf('bench-delta');
    const app = await finishing('delta import', w.deltaImport(load.name));
    const heap = await heapOf('bench-delta');
    const endToEndMs = app.decodeMs + app.previewMs + app.applyMs;
    log(
      `app: decode ${app.decodeMs} ms + preview ${app.previewMs} ms + apply ${app.applyMs} ms = ${endToEndMs} ms; ${app.counts.digabung} people fused; worker heap peak ${heap?.peakMB ?? 'n/a'} MB`,
    );
    await quiet();
    const raw = await finishing('delta raw', w.deltaRaw(load.rawName));
    log(`raw: ${raw.reads} reads + ${raw.writes} writes in ${raw.ms} ms`);
    await w.deltaClose();
    return {
      method:
        "an officer's month built on a second laptop through the write path and exported changes-only; imported in a fresh dedicated worker into the district's app database (decode + preview + apply with the import log, as the Impor tab); raw: the same reads (incoming keys, NIK index, fused people's roles/enrollments/check-ins, summaries) and the writes the app made (records, summaries, journal, deletes) on the raw district database in one strict-durability transaction; app first",
      month,
      app,
      raw,
      endToEndMs,
      heap,
      target: DELTA_TARGETS,
    };
  } finally {
    worker.terminate();
  }
}

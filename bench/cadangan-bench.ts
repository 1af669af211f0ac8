import { wrap } from 'comlink';
import type { ManifestBase } from '../renderer/db/exchange/collect-bundle';
import { tetapkanIdentitas } from '../renderer/db/keadaan-basis-data';
import type { CadanganInput, CadanganOutput } from './bench-types';
import type { CadanganBenchWorker } from './cadangan-bench.worker';
import type { DistrictLoad } from './district-load-bench';
import { quiet } from './quiet';
import { deleteDb } from './raw-idb-baseline';
import { DEVICE, freshNames } from './write-bench';

const PASSPHRASE = 'kunci cadangan bench 0123456789abcdef';
const log = (line: string) => console.info(`bench: cadangan: ${line}`);

/**
 * Backups at district size (issue 15 §1), on the district database after the exchange section: a full snapshot
 * (the app's `createCadangan`: collect, encrypt, decode again and compare), then `perubahan` people edited and a
 * changes-only snapshot after it, each beside raw reads of the same records; then the restore of that chain into an
 * empty database beside raw puts of the same records (the exchange section's when given: putting 1.4 million
 * records and entries raw takes minutes, and a full run should not pay for it twice), and, when asked for, over the
 * full district database (Pengaturan → Pulihkan).
 * Main's part (writing the file, reading it back, fsync) is a file write of the sizes shown and is not timed here.
 */
export async function cadanganBench(
  load: DistrictLoad,
  input: CadanganInput,
  /** The exchange section's raw puts of the district into an empty database, when it ran: the same baseline. */
  rawImport?: { readonly ms: number; readonly writes: number },
): Promise<CadanganOutput> {
  const wallStarted = performance.now();
  const manifest: ManifestBase = {
    appVersion: '0.1.0',
    kantor: { kode: '36.74', nama: 'Dinas Koperasi dan UKM Kota Tangerang Selatan' },
    deviceId: DEVICE,
    petugas: 'Petugas Bench',
    nomorEkspor: 1,
    dibuat: new Date().toISOString(),
    tujuan: 'Cadangan',
  };
  const worker = new Worker(new URL('./cadangan-bench.worker.ts', import.meta.url), { type: 'module', name: 'bench-cadangan' });
  const w = wrap<CadanganBenchWorker>(worker);
  const { fresh, names } = freshNames();
  try {
    // The identity the app gives its database at first start: a changes-only backup continues only on the same one.
    await tetapkanIdentitas(load.db, crypto.randomUUID());
    await w.start(PASSPHRASE, manifest);
    await quiet();
    const rawFull = await w.rawBaca(load.name, false);
    log(`raw read of every record ${rawFull.ms} ms (${rawFull.records} records)`);
    await quiet();
    const penuh = await w.penuh(load.name);
    log(`full snapshot ${penuh.ms} ms: ${penuh.records} records, ${penuh.bytes} bytes`);

    const ids = (await load.db.anggota.limit(input.perubahan).primaryKeys()) as string[];
    const editStarted = performance.now();
    for (const id of ids) await load.writes.update('anggota', id, { pekerjaan: 'Pedagang keliling' });
    log(`${ids.length} people edited through the write path in ${Math.round(performance.now() - editStarted)} ms`);
    await quiet();
    const rawChanges = await w.rawBaca(load.name, true);
    log(`raw read of the changed records (changedAt index) ${rawChanges.ms} ms (${rawChanges.records} records)`);
    await quiet();
    const perubahan = await w.perubahan(load.name);
    log(`changes-only snapshot ${perubahan.ms} ms: ${perubahan.records} records, ${perubahan.bytes} bytes`);

    await quiet();
    const kosong = await w.pulihkan(fresh('cadangan-pulih'));
    log(`restore into an empty database: open the chain ${kosong.openMs} ms, replace ${kosong.replaceMs} ms (${kosong.records} records)`);
    let raw: { ms: number; writes: number };
    if (rawImport) {
      raw = rawImport;
      log(`raw puts of the same records and journal entries into an empty database: the exchange section's ${raw.ms} ms (${raw.writes} writes)`);
    } else {
      await quiet();
      raw = await w.rawPulihkan(fresh('cadangan-raw'));
      log(`raw puts of the restored records and journal entries into an empty database ${raw.ms} ms (${raw.writes} writes)`);
    }
    let penuhDiganti: CadanganOutput['pulihkanPenuh'] = null;
    if (input.pulihkanPenuh) {
      await quiet();
      penuhDiganti = await w.pulihkan(load.name);
      log(
        `restore over the full district database: open the chain ${penuhDiganti.openMs} ms, replace ${penuhDiganti.replaceMs} ms (${penuhDiganti.records} records)`,
      );
    }

    return {
      method: `the app's exchange worker API in a dedicated worker: createCadangan (collect, encrypt with the backup key, decode again, compare counts) for a full and a changes-only snapshot; previewRestore + restore of that chain into an empty database${input.pulihkanPenuh ? ' and over the full one' : ''}; raw baselines: one read-only transaction of getAll per store (changes: the changedAt index range), and one strict-durability transaction of puts of the restored records with their journal entries (${rawImport ? "the exchange section's raw import of the same district: its records differ from the restored ones only in the people edited between the snapshots" : 'the restored chain'}); an idle Chromium before each step`,
      perubahan: ids.length,
      penuh: { ...penuh, rawReadMs: rawFull.ms },
      perubahanSaja: { ...perubahan, rawReadMs: rawChanges.ms },
      pulihkanKosong: { ...kosong, rawMs: raw.ms, rawWrites: raw.writes, rawFrom: rawImport ? 'exchange' : 'cadangan' },
      pulihkanPenuh: penuhDiganti,
      wallMs: Math.round(performance.now() - wallStarted),
    };
  } finally {
    worker.terminate();
    for (const name of names) await deleteDb(name).catch(() => undefined);
  }
}

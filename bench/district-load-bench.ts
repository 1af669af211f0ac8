import { generateKoperasi } from '../shared/test-support/generator/district-generator';
import { districtPeopleStream, koperasiWithIds } from '../shared/test-support/generator/people-generator';
import type { KabupatenRegions } from '../shared/region/region-types';
import { ChangeClock } from '../renderer/db/change-clock';
import { openKopLindungDb, type KopLindungDb } from '../renderer/db/database';
import { schemaVersions } from '../renderer/db/schema-versions';
import type { InputOf } from '../renderer/db/table-definitions';
import { WritePath } from '../renderer/db/write-path';
import type { DistrictInput, DistrictLoadSummary, DistrictTable } from './bench-types';
import { latestStoreShapes } from './dexie-store-shape';
import { PeopleSample } from './people-sample';
import { deleteDb, openRawDb, rawWrite } from './raw-idb-baseline';
import { usedHeapMB } from './timing-stats';
import { assertSameExceptStamps, replicateBulkCreate } from './write-path-replica';
import { orangPeranDariIsian, type OrangPeran } from '../renderer/db/orang-peran';
import type { Anggota } from '../shared/anggota/anggota-schema';
import { assertSameStores, DEVICE, freshName } from './write-bench';

interface Batch<T extends DistrictTable> {
  readonly table: T;
  readonly values: InputOf<T>[];
  readonly ids: string[];
}
type AnyBatch = { [T in DistrictTable]: Batch<T> }[DistrictTable];

const batchOf = <T extends DistrictTable>(table: T, items: readonly { id: string; values: InputOf<T> }[]): Batch<T> => ({
  table,
  values: items.map((i) => i.values),
  ids: items.map((i) => i.id),
});

/** One chunk's batches (one transaction per table per side); the koperasi go in the first chunk alone. */
function* batches(
  input: { seed: number; kabupaten: KabupatenRegions; koperasiCount: number },
  district: DistrictInput,
  sample: PeopleSample,
): Generator<AnyBatch[]> {
  const koperasi = koperasiWithIds(input.seed, generateKoperasi({ seed: input.seed, count: input.koperasiCount, kabupaten: input.kabupaten }));
  yield [
    batchOf(
      'koperasi',
      koperasi.map((k) => ({ id: k.id, values: k.koperasi })),
    ),
  ];
  const stream = districtPeopleStream({
    seed: input.seed,
    kabupaten: input.kabupaten,
    koperasi,
    people: district.people,
    roles: district.roles,
    enrollments: district.enrollments,
    chunkSize: district.chunkSize,
  });
  for (const chunk of stream) {
    for (const a of chunk.anggota) sample.addPerson(a.id, a.values);
    for (const p of chunk.peran) sample.addRole(p.values.koperasiId);
    for (const k of chunk.kepesertaan) sample.addEnrollment(k.values.koperasiId);
    yield [batchOf('anggota', chunk.anggota), batchOf('peran', chunk.peran), batchOf('kepesertaan', chunk.kepesertaan)];
  }
}

const tables: readonly DistrictTable[] = ['koperasi', 'anggota', 'peran', 'kepesertaan'];
const perTable = <V>(make: () => V) => Object.fromEntries(tables.map((t) => [t, make()])) as Record<DistrictTable, V>;

export interface DistrictLoad {
  readonly db: KopLindungDb;
  readonly writes: WritePath;
  readonly name: string;
  /** The raw IndexedDB database loaded beside it (the check-in section's baseline reads and writes it). */
  readonly raw: IDBDatabase;
  readonly rawName: string;
  readonly sample: PeopleSample;
  readonly kecamatan: readonly string[];
  readonly summary: DistrictLoadSummary;
}

/**
 * Loads a whole district — cooperatives, then people, roles and enrollments chunk by chunk — into the app's database
 * through `WritePath.bulkCreate` and into a raw IndexedDB database with the same stores and indexes through plain
 * `add`s of the same records and journal entries. Both databases are open at once in the same profile and grow in
 * step: every chunk is written to both, with one strict-durability transaction per table on each side, and the
 * side that goes first alternates chunk by chunk, so neither gets the warm-up, a fresher database or the other's
 * compaction debt more often. Generation and the baseline's record building happen between the timed writes.
 */
export async function districtLoadBench(
  input: { seed: number; kabupaten: KabupatenRegions; koperasiCount: number },
  district: DistrictInput,
  appName?: string,
): Promise<DistrictLoad> {
  const wallStarted = performance.now();
  const shapes = latestStoreShapes(schemaVersions);
  const name = appName ?? freshName('district-app');
  const rawName = freshName('district-raw');
  const db = await openKopLindungDb(name);
  assertSameStores(db, shapes);
  const writes = new WritePath(db, new ChangeClock(DEVICE));
  const raw = await openRawDb(rawName, shapes);
  const replicaClock = new ChangeClock(DEVICE);
  const sample = new PeopleSample(input.seed);
  const kecamatanKoperasi = new Map<string, string>();
  // Every person loaded so far: a role may join a person of an earlier chunk (about 25 MB at district size).
  const orang = new Map<string, OrangPeran | undefined>();

  const byTable = perTable(() => ({ appMs: 0, rawMs: 0 }));
  const records = perTable(() => 0);
  const order = { appFirstMs: 0, appSecondMs: 0, rawFirstMs: 0, rawSecondMs: 0 };
  let generateMs = 0;
  let transactions = 0;
  let peakHeap: number | null = usedHeapMB();
  const noteHeap = () => {
    const mb = usedHeapMB();
    if (mb !== null) peakHeap = Math.max(peakHeap ?? 0, mb);
  };

  const chunks = batches(input, district, sample);
  for (let index = 0; ; index++) {
    const genStarted = performance.now();
    const next = chunks.next();
    if (next.done) break;
    // What the write path looks up when it stores enrollments and roles (their cooperative's kecamatan, their person).
    for (const b of next.value) {
      if (b.table === 'koperasi') b.ids.forEach((id, i) => kecamatanKoperasi.set(id, (b.values[i] as { kecamatanKode?: string }).kecamatanKode ?? ''));
      if (b.table === 'anggota') b.ids.forEach((id, i) => orang.set(id, orangPeranDariIsian(b.values[i] as Anggota)));
    }
    const from = { kecamatanOf: (id: string) => kecamatanKoperasi.get(id), orangOf: (id: string) => orang.get(id) };
    const work = next.value.map((b) => ({ batch: b, replica: replicateBulkCreate(b.table, b.values, b.ids, replicaClock, from) }));
    generateMs += performance.now() - genStarted;
    noteHeap();

    const appSide = async () => {
      let total = 0;
      for (const { batch, replica } of work) {
        const started = performance.now();
        const written = await writes.bulkCreate(batch.table, batch.values as never, batch.ids);
        const ms = performance.now() - started;
        byTable[batch.table].appMs += ms;
        total += ms;
        assertSameExceptStamps(batch.table, written, replica.records, index <= 1);
      }
      noteHeap();
      return total;
    };
    const rawSide = async () => {
      let total = 0;
      for (const { batch, replica } of work) {
        const ms = await rawWrite(raw, [
          { store: batch.table, values: replica.records },
          { store: 'journal', values: replica.journal },
        ]);
        byTable[batch.table].rawMs += ms;
        total += ms;
      }
      noteHeap();
      return total;
    };
    if (index % 2 === 0) {
      order.rawFirstMs += await rawSide();
      order.appSecondMs += await appSide();
    } else {
      order.appFirstMs += await appSide();
      order.rawSecondMs += await rawSide();
    }
    for (const { batch } of work) records[batch.table] += batch.ids.length;
    transactions += work.length;
    if (index % 10 === 0)
      console.info(`bench: district chunk ${index}, ${records.anggota} people on each side after ${Math.round((performance.now() - wallStarted) / 1000)} s`);
  }
  const sum = (side: 'appMs' | 'rawMs') => tables.reduce((n, t) => n + byTable[t][side], 0);
  const round = (ms: number) => Math.round(ms);
  return {
    db,
    writes,
    name,
    raw,
    rawName,
    sample,
    kecamatan: [...new Set(input.kabupaten.kecamatan.map((k) => k.kode))],
    summary: {
      method:
        'one pass; every chunk written to both databases (same records and journal entries, one strict-durability transaction per table per chunk; the app also updates its counters in meta), the first side alternating chunk by chunk',
      rounds: 1,
      chunkSize: district.chunkSize,
      transactionsPerSide: transactions,
      records,
      journalEntries: tables.reduce((n, t) => n + records[t], 0),
      appMs: round(sum('appMs')),
      rawMs: round(sum('rawMs')),
      byTable: Object.fromEntries(tables.map((t) => [t, { appMs: round(byTable[t].appMs), rawMs: round(byTable[t].rawMs) }])) as Record<
        DistrictTable,
        { appMs: number; rawMs: number }
      >,
      generateMs: round(generateMs),
      wallMs: round(performance.now() - wallStarted),
      orderEffect: {
        appFirstMs: round(order.appFirstMs),
        appSecondMs: round(order.appSecondMs),
        rawFirstMs: round(order.rawFirstMs),
        rawSecondMs: round(order.rawSecondMs),
      },
      peakHeapMB: peakHeap,
      heapAfterLoadMB: usedHeapMB(),
    },
  };
}

/**
 * Closes and deletes both district databases once the read and check-in benchmarks are done; with `keepApp` the
 * app's database stays (the first-screen measurement opens the app on it afterwards).
 */
export async function dropDistrict(load: DistrictLoad, keepApp = false): Promise<void> {
  load.db.close();
  load.raw.close();
  if (!keepApp) await deleteDb(load.name);
  await deleteDb(load.rawName);
}

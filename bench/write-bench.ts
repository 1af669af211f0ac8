import type { Koperasi } from '../shared/koperasi/koperasi-schema';
import { ChangeClock } from '../renderer/db/change-clock';
import { openKopLindungDb, type KopLindungDb } from '../renderer/db/database';
import { schemaVersions } from '../renderer/db/schema-versions';
import { WritePath } from '../renderer/db/write-path';
import type { WriteRound } from './bench-types';
import { describeStore, latestStoreShapes, type StoreShape } from './dexie-store-shape';
import { median } from './percentile';
import { quiet } from './quiet';
import { deleteDb, openRawDb, rawWrite } from './raw-idb-baseline';

export const DEVICE = 'bench-device';
let counter = 0;
export const freshName = (kind: string) => `bench-${kind}-${Date.now()}-${counter++}`;

/** Fresh database names that remember themselves, so a section deletes every database it made when it ends. */
export function freshNames(): { fresh: (kind: string) => string; names: readonly string[] } {
  const names: string[] = [];
  return {
    names,
    fresh: (kind) => {
      const name = freshName(kind);
      names.push(name);
      return name;
    },
  };
}

/** Sorted, JSON-comparable form of a store shape (IndexedDB lists indexes alphabetically). */
const normalise = (s: StoreShape) => JSON.stringify({ ...s, indexes: [...s.indexes].sort((a, b) => a.name.localeCompare(b.name)) });

/** Refuses to compare against a baseline whose stores differ from the ones the app really created. */
export function assertSameStores(app: KopLindungDb, shapes: readonly StoreShape[]): void {
  const idb = app.backendDB();
  for (const shape of shapes) {
    const real = describeStore(idb.transaction(shape.name, 'readonly').objectStore(shape.name));
    if (normalise(real) !== normalise(shape))
      throw new Error(`raw baseline store ${shape.name} differs from the app's: ${normalise(real)} vs ${normalise(shape)}`);
  }
}

/**
 * Times `work` on a fresh app database (opened untimed); the database is deleted afterwards unless `keep`, when it
 * stays open for the caller.
 */
async function timedOnFreshDb(kind: string, work: (db: KopLindungDb) => Promise<unknown>, keep = false): Promise<{ ms: number; db: KopLindungDb }> {
  const name = freshName(kind);
  const db = await openKopLindungDb(name);
  const started = performance.now();
  await work(db);
  const ms = performance.now() - started;
  if (!keep) {
    db.close();
    await deleteDb(name);
  }
  return { ms, db };
}

async function appWrite(values: readonly Koperasi[], keep: boolean): Promise<{ ms: number; db: KopLindungDb; writes: WritePath }> {
  let writes: WritePath | undefined;
  const { ms, db } = await timedOnFreshDb(
    'app',
    (fresh) => {
      writes = new WritePath(fresh, new ChangeClock(DEVICE));
      return writes.bulkCreate('koperasi', values);
    },
    keep,
  );
  return { ms, db, writes: writes! };
}

/**
 * The same prebuilt records and journal entries added through Dexie's bulkAdd in one transaction, as the app's write
 * path does after building them: the floor any write through Dexie reaches, which tells the library's share of the
 * gap to raw IndexedDB from the share of building records, stamps and journal entries.
 */
async function dexieRun(records: readonly unknown[], journal: readonly unknown[]): Promise<number> {
  const { ms } = await timedOnFreshDb('dexie', (db) =>
    db.transaction('rw', [db.koperasi, db.journal], async () => {
      await db.koperasi.bulkAdd(records as never);
      await db.journal.bulkAdd(journal as never);
    }),
  );
  return ms;
}

async function rawRun(shapes: readonly StoreShape[], batches: Parameters<typeof rawWrite>[1]): Promise<number> {
  const name = freshName('raw');
  const db = await openRawDb(name, shapes);
  const ms = await rawWrite(db, batches);
  db.close();
  await deleteDb(name);
  return ms;
}

/**
 * Loads the same cooperatives through the app's bulkCreate and, as the baseline, through bare IndexedDB with the
 * very records and journal entries bulkCreate produced (taken from an untimed warm-up run, which also warms the
 * JIT for both sides). Each run gets a fresh database; the order alternates per round so neither side always
 * benefits from going second. Each run starts on an idle Chromium: the database deleted after the run before
 * leaves LevelDB compacting for a second or more, which without the wait fell on whichever side came next and
 * slowed the later rounds of one run up to twofold. Each round also times the raw side without the journal and the
 * same records through Dexie alone (dexieRun), for the table's information rows. The last app database stays open
 * for the search benchmark.
 */
export async function writeBench(values: readonly Koperasi[], rounds: number) {
  const shapes = latestStoreShapes(schemaVersions);
  const warmName = freshName('warmup');
  const warm = await openKopLindungDb(warmName);
  const records = await new WritePath(warm, new ChangeClock(DEVICE)).bulkCreate('koperasi', values);
  const journal = (await warm.journal.toArray()).map(({ seq: _seq, ...entry }) => entry);
  assertSameStores(warm, shapes);
  warm.close();
  await deleteDb(warmName);
  const full = [
    { store: 'koperasi', values: records },
    { store: 'journal', values: journal },
  ];

  const results: WriteRound[] = [];
  let kept: Awaited<ReturnType<typeof appWrite>> | null = null;
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? (['raw', 'app'] as const) : (['app', 'raw'] as const);
    let appMs = 0;
    let rawMs = 0;
    for (const side of order) {
      await quiet();
      if (side === 'raw') rawMs = await rawRun(shapes, full);
      else {
        const run = await appWrite(values, r === rounds - 1);
        appMs = run.ms;
        if (r === rounds - 1) kept = run;
      }
    }
    await quiet();
    const rawKoperasiOnlyMs = await rawRun(shapes, [full[0]!]);
    await quiet();
    const dexieBulkAddMs = await dexieRun(records, journal);
    results.push({ order, appMs, rawMs, rawKoperasiOnlyMs, dexieBulkAddMs });
  }
  return {
    kept: kept!,
    stores: shapes,
    records: records.length,
    journalEntries: journal.length,
    summary: {
      rounds: results,
      medianAppMs: median(results.map((r) => r.appMs)),
      medianRawMs: median(results.map((r) => r.rawMs)),
      medianRawKoperasiOnlyMs: median(results.map((r) => r.rawKoperasiOnlyMs)),
      medianDexieBulkAddMs: median(results.map((r) => r.dexieBulkAddMs)),
    },
  };
}

import type { BundleContents } from '../shared/exchange/bundle-contents';
import { mergeRecord, type MergeableRecord } from '../shared/exchange/merge-record';
import { syncedTables } from '../shared/records/synced-tables';
import type { JournalEntry } from '../renderer/db/journal-entry';
import { antrianKecamatanOf } from '../renderer/db/antrian-kecamatan';
import { orangPeranDariIsian } from '../renderer/db/orang-peran';
import { derivedFields } from '../renderer/db/table-definitions';

/** One store's writes in the raw baseline's transaction. */
export interface RawBatch {
  readonly store: string;
  readonly values: readonly unknown[];
  /** `put` for records (the merge's bulkPut), `add` for journal entries (its bulkAdd; the key is generated). */
  readonly method: 'put' | 'add';
}

/**
 * What `mergeBundle` stores when a bundle goes into an empty database — no local copies, no NIK held by two ids,
 * no aliases: each record merged with nothing (the shared mergeRecord), its derived index fields, the index fields
 * that come from another record (an enrollment's `antrianKecamatan` from its cooperative, a role's `orangRoster`
 * from its person) and the import's `changedAt`; and, with `journal`, one `merge` entry per record, table by table
 * in the merge's order. Built here,
 * untimed, so the raw baseline can go first; `sameStores` then checks it record for record against what the
 * app really wrote.
 */
export function replicateFreshImport(contents: BundleContents, importHlc: string, deviceId: string, journal: boolean): RawBatch[] {
  const batches: RawBatch[] = [];
  const kecamatan = new Map(contents.tables.koperasi.flatMap((k) => (k.kecamatanKode ? [[k.id, k.kecamatanKode] as const] : [])));
  const orang = new Map(contents.tables.anggota.map((a) => [a.id, orangPeranDariIsian(a)] as const));
  const fromOthers = (table: string, merged: Record<string, unknown>) => {
    if (table === 'kepesertaan') return { antrianKecamatan: antrianKecamatanOf(merged as never, kecamatan.get(merged.koperasiId as string)) };
    if (table === 'peran') return { orangRoster: orang.get(merged.anggotaId as string) };
    return {};
  };
  for (const table of syncedTables) {
    const records = contents.tables[table] as unknown as readonly MergeableRecord[];
    if (records.length === 0) continue;
    batches.push({
      store: table,
      method: 'put',
      values: records.map((r) => {
        const merged = mergeRecord(table, r.id, [{ record: r }]).record as Record<string, unknown>;
        return { ...merged, ...derivedFields[table](merged as never), changedAt: importHlc, ...fromOthers(table, merged) };
      }),
    });
    if (journal) {
      const entries: JournalEntry[] = records.map((r) => ({ table, recordId: r.id, hlc: importHlc, deviceId, op: 'merge', changes: {} }));
      batches.push({ store: 'journal', method: 'add', values: entries });
    }
  }
  return batches;
}

const done = (target: IDBRequest | IDBTransaction, event: 'success' | 'complete') =>
  new Promise<void>((resolve, reject) => {
    target.addEventListener(event, () => resolve());
    target.addEventListener('error', () => reject(target.error));
    if (target instanceof IDBTransaction) target.addEventListener('abort', () => reject(target.error ?? new Error('aborted')));
  });

const RAW_SLICE = 50_000;

/**
 * The storage engine's own speed for the import's writes: every batch in ONE read-write transaction with strict
 * durability (as the merge's one transaction), timed until the transaction completes. Requests go out in slices
 * (below), about as the merge's bulkPut/bulkAdd calls send them (one table's batch, then its journal entries).
 */
export async function rawImport(db: IDBDatabase, batches: readonly RawBatch[]): Promise<number> {
  const started = performance.now();
  const tx = db.transaction([...new Set(batches.map((b) => b.store))], 'readwrite', { durability: 'strict' });
  const committed = done(tx, 'complete');
  committed.catch(() => undefined); // a failed slice rejects first; the abort is reported there
  // In slices, each issued when the previous one's last request has succeeded (the transaction stays open while
  // requests are pending). A district's 1.4 million requests issued at once stalled Chromium 156's transaction for
  // good: a standalone test got 1.05 million done, then no error, no abort and no more progress. At 50,000 people
  // awaiting each batch timed like issuing everything at once.
  for (const batch of batches) {
    const store = tx.objectStore(batch.store);
    for (let from = 0; from < batch.values.length; from += RAW_SLICE) {
      let last: IDBRequest | undefined;
      for (const value of batch.values.slice(from, from + RAW_SLICE)) last = batch.method === 'put' ? store.put(value) : store.add(value);
      if (last) await done(last, 'success');
    }
  }
  await committed;
  return performance.now() - started;
}

/** Reads a store in key order, `size` records at a time. */
async function* pages(db: IDBDatabase, store: string, size = 5000): AsyncGenerator<unknown[]> {
  let after: IDBValidKey | undefined;
  for (;;) {
    const tx = db.transaction(store, 'readonly');
    const s = tx.objectStore(store);
    const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
    const valuesRequest = s.getAll(range, size);
    const keysRequest = s.getAllKeys(range, size);
    await Promise.all([done(valuesRequest, 'success'), done(keysRequest, 'success')]);
    const values = valuesRequest.result as unknown[];
    if (values.length === 0) return;
    after = (keysRequest.result as IDBValidKey[]).at(-1);
    yield values;
    if (values.length < size) return;
  }
}

/**
 * Refuses a baseline that did not write exactly what the app wrote: every record of the given stores, in key order,
 * compared as JSON (journal entries with their sequence numbers). Returns the records compared.
 */
export async function sameStores(app: IDBDatabase, raw: IDBDatabase, stores: readonly string[]): Promise<number> {
  let compared = 0;
  for (const store of stores) {
    const rawPages = pages(raw, store);
    for await (const appPage of pages(app, store)) {
      const rawPage = (await rawPages.next()).value ?? [];
      for (let i = 0; i < appPage.length; i++) {
        const [a, r] = [JSON.stringify(appPage[i]), JSON.stringify(rawPage[i])];
        if (a !== r) throw new Error(`exchange baseline: ${store} record ${compared + i} differs from the app's:\n${a}\n${r}`);
      }
      compared += appPage.length;
    }
    if (!(await rawPages.next()).done) throw new Error(`exchange baseline: ${store} holds more records than the app's`);
  }
  return compared;
}

import type { KopLindungDb } from './database';

/**
 * Live-record counts kept beside the data, in the `meta` table, by the write path in the same transaction as each
 * write. IndexedDB has no cheap count: Chromium walks every index entry, which costs seconds at 250,000 people,
 * and the list, the home page and the follow-up tabs all need their totals on every change.
 */
export const counterKey = (name: string) => `jumlah:${name}`;

/** Adds each delta to its counter (creating it at 0). Call inside a transaction that includes `meta`. */
export async function bumpCounters(db: KopLindungDb, delta: ReadonlyMap<string, number>): Promise<void> {
  const names = [...delta.keys()].filter((n) => delta.get(n) !== 0);
  if (names.length === 0) return;
  const current = await db.meta.bulkGet(names.map(counterKey));
  await db.meta.bulkPut(names.map((n, i) => ({ key: counterKey(n), value: Number(current[i]?.value ?? 0) + delta.get(n)! })));
}

export async function readCounter(db: KopLindungDb, name: string): Promise<number> {
  return Number((await db.meta.get(counterKey(name)))?.value ?? 0);
}

/** Several counters in one request (`meta.bulkGet`), in the order of `names`. */
export async function readCounters(db: KopLindungDb, names: readonly string[]): Promise<number[]> {
  return (await db.meta.bulkGet(names.map(counterKey))).map((row) => Number(row?.value ?? 0));
}

/** Adds `amount` to every name in `names` within a running delta. */
export function addTo(delta: Map<string, number>, names: readonly string[], amount: number) {
  for (const n of names) delta.set(n, (delta.get(n) ?? 0) + amount);
}

import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { KopLindungDb } from '../renderer/db/database';

/**
 * What a repository call asks of IndexedDB, counted below Dexie (its DBCore layer): transactions, range reads
 * (getAll), key reads (get, and bulkGet's keys, each one IndexedDB request), and cursors with every step they take.
 * In Chromium every request and every cursor step is a round trip to the browser's storage process, so these
 * counts explain a slow call better than its time alone. Used on a second connection to the bench database, never
 * on the one being timed.
 */
export interface RequestCounts {
  transactions: number;
  rangeReads: number;
  keyReads: number;
  cursors: number;
  cursorSteps: number;
}

export const noRequests = (): RequestCounts => ({ transactions: 0, rangeReads: 0, keyReads: 0, cursors: 0, cursorSteps: 0 });

function counting(counts: RequestCounts): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'bench-request-counter',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        counts.transactions++;
        return down.transaction(stores, mode, options);
      },
      table: (name): DBCoreTable => {
        const table = down.table(name);
        return {
          ...table,
          get: (req) => {
            counts.keyReads++;
            return table.get(req);
          },
          getMany: (req) => {
            counts.keyReads += req.keys.length;
            return table.getMany(req);
          },
          query: (req) => {
            counts.rangeReads++;
            return table.query(req);
          },
          openCursor: async (req) => {
            counts.cursors++;
            const cursor = await table.openCursor(req);
            if (cursor) {
              const start = cursor.start.bind(cursor);
              cursor.start = (onNext) =>
                start(() => {
                  counts.cursorSteps++;
                  onNext();
                });
            }
            return cursor;
          },
        };
      },
    }),
  };
}

/** A second connection to an app database whose every request is counted into `counts`. */
export async function openCounted(name: string, counts: RequestCounts): Promise<KopLindungDb> {
  const db = new KopLindungDb(name);
  db.use(counting(counts));
  await db.open();
  return db;
}

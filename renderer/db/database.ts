import Dexie, { type Table } from 'dexie';
import type { Synced } from '../../shared/records/record-meta';
import type { Koperasi } from '../../shared/koperasi/koperasi-schema';
import type { JournalEntry } from './journal-entry';
import { schemaVersions } from './schema-versions';

/** A stored cooperative: the user's fields, its change stamp, and fields derived for the indexes. */
export type KoperasiRecord = Synced<Koperasi> & { readonly namaSort: string; readonly searchTokens: readonly string[] };

export interface MetaEntry {
  readonly key: string;
  readonly value: unknown;
}

export const DEFAULT_DB_NAME = 'koplindung';

/**
 * The one database class. Writes use strict durability: the app tells the user "saved" only after the data is on
 * disk, so a power cut at an event never loses what was confirmed.
 */
export class KopLindungDb extends Dexie {
  koperasi!: Table<KoperasiRecord, string>;
  journal!: Table<JournalEntry, number>;
  meta!: Table<MetaEntry, string>;

  constructor(name: string = DEFAULT_DB_NAME, upTo: number = Number.POSITIVE_INFINITY) {
    super(name, { chromeTransactionDurability: 'strict' });
    for (const v of schemaVersions) {
      if (v.version <= upTo) this.version(v.version).stores(v.stores);
    }
  }
}

/** Opens (creating or upgrading) the app database. */
export async function openKopLindungDb(name: string = DEFAULT_DB_NAME): Promise<KopLindungDb> {
  const db = new KopLindungDb(name);
  await db.open();
  return db;
}

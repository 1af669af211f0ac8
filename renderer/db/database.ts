import Dexie, { type Table } from 'dexie';
import type { AliasRecord } from '../../shared/exchange/exchange-record';
import type { JournalEntry } from './journal-entry';
import { schemaVersions } from './schema-versions';
import type {
  KoperasiRecord,
  AnggotaRecord,
  PeranRecord,
  KepesertaanRecord,
  KegiatanRecord,
  KehadiranRecord,
  CetakanRecord,
  PerjanjianRecord,
  ProgramRecord,
  TargetRecord,
  KeikutsertaanRecord,
} from './synced-records';
import type { KonflikRecord } from './konflik-record';
import type { EksporLog } from './ekspor-log';
import type { ImporLog } from './impor-log';
import type { MetaEntry } from './meta-entry';

export const DEFAULT_DB_NAME = 'koplindung';

/**
 * The one database class. Writes use strict durability: the app tells the user "saved" only after the data is on
 * disk, so a power cut at an event never loses what was confirmed.
 */
export class KopLindungDb extends Dexie {
  koperasi!: Table<KoperasiRecord, string>;
  anggota!: Table<AnggotaRecord, string>;
  peran!: Table<PeranRecord, string>;
  kepesertaan!: Table<KepesertaanRecord, string>;
  kegiatan!: Table<KegiatanRecord, string>;
  kehadiran!: Table<KehadiranRecord, string>;
  cetakan!: Table<CetakanRecord, string>;
  perjanjian!: Table<PerjanjianRecord, string>;
  program!: Table<ProgramRecord, string>;
  target!: Table<TargetRecord, string>;
  keikutsertaan!: Table<KeikutsertaanRecord, string>;
  journal!: Table<JournalEntry, number>;
  meta!: Table<MetaEntry, string>;
  konflik!: Table<KonflikRecord, string>;
  alias!: Table<AliasRecord, string>;
  ekspor!: Table<EksporLog, string>;
  impor!: Table<ImporLog, string>;

  constructor(name: string = DEFAULT_DB_NAME, upTo: number = Number.POSITIVE_INFINITY) {
    super(name, { chromeTransactionDurability: 'strict' });
    for (const v of schemaVersions) {
      if (v.version > upTo) continue;
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

/** Opens (creating or upgrading) the app database. */
export async function openKopLindungDb(name: string = DEFAULT_DB_NAME): Promise<KopLindungDb> {
  const db = new KopLindungDb(name);
  await db.open();
  return db;
}

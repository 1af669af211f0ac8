import Dexie, { type Table } from 'dexie';
import type { Synced } from '../../shared/records/record-meta';
import type { Koperasi } from '../../shared/koperasi/koperasi-schema';
import type { Anggota } from '../../shared/anggota/anggota-schema';
import type { Peran } from '../../shared/anggota/peran-schema';
import type { Kepesertaan } from '../../shared/kepesertaan/kepesertaan-schema';
import type { StatusKepesertaan } from '../../shared/kepesertaan/kepesertaan-options';
import type { Kegiatan } from '../../shared/kegiatan/kegiatan-schema';
import type { Kehadiran } from '../../shared/kegiatan/kehadiran-schema';
import type { Cetakan } from '../../shared/cetak/cetakan-schema';
import type { JournalEntry } from './journal-entry';
import { schemaVersions } from './schema-versions';

/** A stored cooperative: the user's fields, its change stamp, and fields derived for the indexes. */
export type KoperasiRecord = Synced<Koperasi> & { readonly namaSort: string; readonly searchTokens: readonly string[] };

/**
 * A stored person. `nikKey` is the NIK, or absent when the person has none, so the unique index holds one person
 * per NIK while any number of walk-ins without a KTP can be recorded.
 */
export type AnggotaRecord = Synced<Anggota> & {
  /** Absent on deleted people, so the list and its count skip them. */
  readonly namaSort?: string;
  readonly searchTokens: readonly string[];
  readonly nikKey?: string;
};

export type PeranRecord = Synced<Peran>;

/**
 * A stored enrollment. `antrian` ([status, statusSejak]) and `antrianKoperasi` ([koperasiId, status]) are the
 * follow-up list's keys, absent on deleted enrollments so they never count or show.
 */
export type KepesertaanRecord = Synced<Kepesertaan> & {
  readonly antrian?: readonly [StatusKepesertaan, string];
  readonly antrianKoperasi?: readonly [string, StatusKepesertaan];
};

export type KegiatanRecord = Synced<Kegiatan>;
export type KehadiranRecord = Synced<Kehadiran>;
export type CetakanRecord = Synced<Cetakan>;

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
  anggota!: Table<AnggotaRecord, string>;
  peran!: Table<PeranRecord, string>;
  kepesertaan!: Table<KepesertaanRecord, string>;
  kegiatan!: Table<KegiatanRecord, string>;
  kehadiran!: Table<KehadiranRecord, string>;
  cetakan!: Table<CetakanRecord, string>;
  journal!: Table<JournalEntry, number>;
  meta!: Table<MetaEntry, string>;

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

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
import type { Keikutsertaan } from '../../shared/program/keikutsertaan-schema';
import type { Perjanjian } from '../../shared/program/perjanjian-schema';
import type { Program } from '../../shared/program/program-schema';
import type { Target } from '../../shared/program/target-schema';
import type { AliasRecord } from '../../shared/exchange/exchange-record';
import type { FieldVersion } from '../../shared/exchange/field-versions';
import type { JenisEkspor } from '../../shared/exchange/bundle-manifest';
import type { JenisImpor } from '../../shared/impor-excel/kolom-impor';
import type { StatusBaris } from './impor-excel/rencana-impor';
import type { JournalEntry } from './journal-entry';
import type { SyncedTable } from './schema-versions';
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
  /** Every NIK the person is known by (shared/exchange/nik-dikenal.ts), for the merge: a multi-entry index. */
  readonly nikSemua?: readonly string[];
  /** Set by *Hapus data pribadi* (its clock): the personal fields are blank on every laptop the record reaches. */
  readonly dihapusPribadi?: string;
  /** The hashes of every NIK the erased person was known by (shared/anggota/hash-nik.ts), the only trace kept. */
  readonly nikHashSemua?: readonly string[];
  /** The one hash the first version of erasure kept; read as part of `nikHashSemua` (hash-nik.ts). */
  readonly nikHash?: string;
  /** A live person without NIK: their `namaSort`, indexed (schema 8) as Kemungkinan duplikat's blocking key. */
  readonly namaTanpaNik?: string;
};

/** A stored role. `orangRoster`: its person's [sort name, sex] for the cooperative's roster (orang-peran.ts). */
export type PeranRecord = Synced<Peran> & { readonly orangRoster?: readonly [string, string] };

/**
 * A stored enrollment. `antrian` ([status, statusSejak]), `antrianKoperasi` ([koperasiId, status]) and
 * `antrianKecamatan` are the follow-up list's keys, absent on deleted enrollments so they never count or show.
 */
export type KepesertaanRecord = Synced<Kepesertaan> & {
  readonly antrian?: readonly [StatusKepesertaan, string];
  readonly antrianKoperasi?: readonly [string, StatusKepesertaan];
  /** [kecamatan of its cooperative, status, statusSejak, koperasiId]: the list by kecamatan (antrian-kecamatan.ts). */
  readonly antrianKecamatan?: readonly [string, StatusKepesertaan, string, string];
};

export type KegiatanRecord = Synced<Kegiatan>;
export type KehadiranRecord = Synced<Kehadiran>;
export type CetakanRecord = Synced<Cetakan>;
export type PerjanjianRecord = Synced<Perjanjian>;
export type ProgramRecord = Synced<Program>;
export type TargetRecord = Synced<Target>;
export type KeikutsertaanRecord = Synced<Keikutsertaan>;

/**
 * A field of a record that holds versions written without knowing each other (field-versions.ts): the value the
 * record shows is the newest; `versions` are the others, each with its clock (time and laptop). Local to this
 * laptop: every laptop computes the same list from the same files.
 */
export interface KonflikRecord {
  /** `<tabel>/<recordId>/<field>`. */
  readonly id: string;
  readonly tabel: SyncedTable;
  readonly recordId: string;
  readonly field: string;
  readonly versions: readonly FieldVersion[];
}

/** One export this laptop made: a bundle to a destination, or the central office workbook. */
export interface EksporLog {
  readonly id: string;
  /** ISO time of the export. */
  readonly waktu: string;
  readonly berkas: 'bundel' | 'xlsx';
  readonly tujuan: string;
  readonly jenis: JenisEkspor;
  readonly nomorEkspor: number;
  /** The local change clocks the bundle covered: after `sejak`, up to `sampai` ('' for none). */
  readonly sejak: string;
  readonly sampai: string;
  /** Records per section (bundles) or rows per sheet (workbook). */
  readonly jumlah: Readonly<Record<string, number>>;
  readonly namaBerkas: string;
  readonly petugas: string;
  readonly terenkripsi: boolean;
  /** Workbook only: full NIKs were written at the officer's explicit choice. */
  readonly nikLengkap?: boolean;
  /**
   * 'tertunda' from just before the file is written until it is (then the field goes): an entry still pending
   * after a crash says a file may have left the laptop. Absent on completed entries and on those from before.
   */
  readonly status?: 'tertunda';
}

/** What one bundle import did, beside the manifest's own counts, so both sides can compare the same totals. */
export interface ImporBundelLog {
  readonly id: string;
  /** Absent on entries written before spreadsheet imports were logged: every such entry is a bundle. */
  readonly berkas?: 'bundel';
  readonly waktu: string;
  readonly namaBerkas: string;
  readonly deviceId: string;
  readonly nomorEkspor: number;
  readonly kantor: string;
  readonly petugasPengirim: string;
  readonly petugas: string;
  readonly jenis: JenisEkspor;
  readonly dibuat: string;
  /** The manifest's record count per section. */
  readonly jumlahBerkas: Readonly<Record<string, number>>;
  readonly hasil: ImportCounts;
  /** Whether the file came encrypted; absent in logs written before it was recorded. */
  readonly terenkripsi?: boolean;
  /**
   * How long its preview's dry run and its apply took on this laptop, for the next import's estimate
   * (perkiraan-waktu-terapkan.ts); absent in logs written before it was recorded.
   */
  readonly durasi?: DurasiImpor;
}

/** The measured time of one import's two merges: the preview's dry run, then the apply. */
export interface DurasiImpor {
  readonly pratinjauMs: number;
  readonly terapkanMs: number;
}

/**
 * What one spreadsheet import (Impor dari Excel) did, in the same log as bundles, so Riwayat shows every file
 * that brought personal data in. No device or export number: the [deviceId+nomorEkspor] index skips these entries.
 */
export interface ImporExcelLog {
  readonly id: string;
  readonly waktu: string;
  readonly berkas: 'xlsx';
  readonly namaBerkas: string;
  /** The sheets taken, in order ('' for a CSV). */
  readonly lembar: readonly string[];
  readonly jenisImpor: JenisImpor;
  /** The preview's counts: rows baru, diperbarui, sama, galat. */
  readonly jumlahBaris: Readonly<Record<StatusBaris, number>>;
  /** Records written. */
  readonly ditulis: number;
  readonly semuaAtauTidak: boolean;
  readonly petugas: string;
}

/** The import log: bundles merged and spreadsheets imported. */
export type ImporLog = ImporBundelLog | ImporExcelLog;

/** What a merge did (or will do, in the preview), per table and in total. */
export interface ImportCounts {
  readonly baru: number;
  readonly diperbarui: number;
  readonly sama: number;
  /** Records that now hold a conflict people should see. */
  readonly konflik: number;
  /** People fused into another with the same NIK. */
  readonly digabung: number;
  readonly perTabel: Readonly<Record<string, { baru: number; diperbarui: number; sama: number; konflik: number }>>;
}

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

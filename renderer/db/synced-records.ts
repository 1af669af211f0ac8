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

// The stored shapes of the synced tables: each table's shared type, its change stamp (`Synced`) and the fields the
// write path derives for the indexes (table-definitions.ts). `database.ts` types its tables with them.

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

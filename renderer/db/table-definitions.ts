import { AWALAN_HASH, nikHashSemua } from '../../shared/anggota/hash-nik';
import type { Anggota } from '../../shared/anggota/anggota-schema';
import { anggotaSearchTokens, anggotaSortKey } from '../../shared/anggota/anggota-search';
import type { Peran } from '../../shared/anggota/peran-schema';
import type { Kepesertaan } from '../../shared/kepesertaan/kepesertaan-schema';
import type { Koperasi } from '../../shared/koperasi/koperasi-schema';
import { koperasiSearchTokens, koperasiSortKey } from '../../shared/koperasi/koperasi-search';
import type { Cetakan } from '../../shared/cetak/cetakan-schema';
import { nikSemua } from '../../shared/exchange/nik-dikenal';
import type { Kegiatan } from '../../shared/kegiatan/kegiatan-schema';
import type { Kehadiran } from '../../shared/kegiatan/kehadiran-schema';
import type { Keikutsertaan } from '../../shared/program/keikutsertaan-schema';
import type { Perjanjian } from '../../shared/program/perjanjian-schema';
import type { Program } from '../../shared/program/program-schema';
import type { Target } from '../../shared/program/target-schema';
import type {
  AnggotaRecord,
  CetakanRecord,
  KegiatanRecord,
  KehadiranRecord,
  KeikutsertaanRecord,
  KepesertaanRecord,
  KoperasiRecord,
  PeranRecord,
  PerjanjianRecord,
  ProgramRecord,
  TargetRecord,
} from './synced-records';
import type { SyncedTable } from './schema-versions';

/** What a user (or an import) writes into each synced table, and what the table stores. */
export interface TableTypes {
  koperasi: { input: Koperasi; record: KoperasiRecord };
  anggota: { input: Anggota; record: AnggotaRecord };
  peran: { input: Peran; record: PeranRecord };
  kepesertaan: { input: Kepesertaan; record: KepesertaanRecord };
  kegiatan: { input: Kegiatan; record: KegiatanRecord };
  kehadiran: { input: Kehadiran; record: KehadiranRecord };
  cetakan: { input: Cetakan; record: CetakanRecord };
  perjanjian: { input: Perjanjian; record: PerjanjianRecord };
  program: { input: Program; record: ProgramRecord };
  target: { input: Target; record: TargetRecord };
  keikutsertaan: { input: Keikutsertaan; record: KeikutsertaanRecord };
}
export type InputOf<T extends SyncedTable> = TableTypes[T]['input'];
export type RecordOf<T extends SyncedTable> = TableTypes[T]['record'];

/** The values derived fields are computed from: the user's fields, and whether the record is deleted. */
export type DerivedSource<T extends SyncedTable> = InputOf<T> & { readonly deleted?: 0 | 1 };

/**
 * Fields computed from a record for its indexes. They are recomputed on every write and never journalled or
 * exported, so changing how search works is a new app version, not a data migration. A derived key set to
 * `undefined` keeps the record out of that index (IndexedDB skips records whose key is not a valid key).
 */
export const derivedFields: { readonly [T in SyncedTable]: (values: DerivedSource<T>) => Record<string, unknown> } = {
  koperasi: (k) => ({ namaSort: koperasiSortKey(k.nama), searchTokens: koperasiSearchTokens(k) }),
  // A deleted person leaves the list and the search (data-protection deletion), but keeps the NIK index entry, so
  // registering the NIK again offers to restore that person instead of making a second one.
  // `nikSemua`: every NIK the person is known by (nik-dikenal.ts), for the merge's "one person per NIK"; for an
  // erased person, the hashes of those NIKs (prefixed, hash-nik.ts), so the same person is still found by them.
  // `namaTanpaNik`: the sort name of a live person without NIK (a walk-in), the blocking key of Kemungkinan
  // duplikat: every pair it reports holds one of them, so it reads only their names' groups.
  anggota: (a) =>
    a.deleted === 1
      ? {
          namaSort: undefined,
          searchTokens: [],
          nikKey: a.nik || undefined,
          nikSemua: [...nikSemua(a), ...nikHashSemua(a).map((h) => AWALAN_HASH + h)],
          namaTanpaNik: undefined,
        }
      : {
          namaSort: anggotaSortKey(a.nama) || '-',
          searchTokens: anggotaSearchTokens(a),
          nikKey: a.nik || undefined,
          nikSemua: nikSemua(a),
          namaTanpaNik: a.nik ? undefined : anggotaSortKey(a.nama) || '-',
        },
  peran: () => ({}),
  kepesertaan: (k) =>
    k.deleted === 1 ? { antrian: undefined, antrianKoperasi: undefined } : { antrian: [k.status, k.statusSejak], antrianKoperasi: [k.koperasiId, k.status] },
  kegiatan: () => ({}),
  kehadiran: () => ({}),
  cetakan: () => ({}),
  perjanjian: () => ({}),
  program: () => ({}),
  target: () => ({}),
  keikutsertaan: () => ({}),
};
export const derivedKeys: { readonly [T in SyncedTable]: readonly string[] } = {
  koperasi: ['namaSort', 'searchTokens'],
  anggota: ['namaSort', 'searchTokens', 'nikKey', 'nikSemua', 'namaTanpaNik'],
  peran: [],
  // `antrianKecamatan` comes from the cooperative, not from the enrollment: set by antrian-kecamatan.ts.
  kepesertaan: ['antrian', 'antrianKoperasi', 'antrianKecamatan'],
  kegiatan: [],
  kehadiran: [],
  cetakan: [],
  perjanjian: [],
  program: [],
  target: [],
  keikutsertaan: [],
};

/**
 * The counters a live record adds to (record-counters.ts): every table its total, enrollments also their total per
 * status (the follow-up tabs and the home page), cooperatives their total per status, per BPJS status and per
 * kelompok (the home page's counts and the kelompok options, without reading the registry). Enrollments also count
 * per kecamatan and status, but from the key they are filed under, which comes from their cooperative, not from the
 * record: those counters are kept beside it (antrian-kecamatan.ts `hitungAntrianKecamatan`).
 */
export const counterNames: { readonly [T in SyncedTable]: (record: DerivedSource<T>) => readonly string[] } = {
  koperasi: (k) => ['koperasi', ...koperasiCounterNames(k)],
  anggota: () => ['anggota'],
  peran: () => ['peran'],
  kepesertaan: (k) => ['kepesertaan', counterStatusKepesertaan(k.status)],
  kegiatan: () => ['kegiatan'],
  kehadiran: () => ['kehadiran'],
  cetakan: () => ['cetakan'],
  perjanjian: () => ['perjanjian'],
  program: () => ['program'],
  target: () => ['target'],
  keikutsertaan: () => ['keikutsertaan'],
};

/** The counter of live enrollments at a status: the follow-up tabs and the home page read it. */
export const counterStatusKepesertaan = (status: string) => `kepesertaan:${status}`;

/** Where the cooperative counters per kelompok start in `meta` (after `jumlah:`): KoperasiRepository.kelompokOptions. */
export const KELOMPOK_COUNTER = 'koperasi:kelompok:';

/** A live cooperative's counters besides the total (schema v9 counts them once for older databases). */
export function koperasiCounterNames(k: Pick<Koperasi, 'status' | 'statusBpjs' | 'kelompok'>): string[] {
  return [`koperasi:status:${k.status}`, `koperasi:bpjs:${k.statusBpjs}`, ...(k.kelompok ? [KELOMPOK_COUNTER + k.kelompok] : [])];
}

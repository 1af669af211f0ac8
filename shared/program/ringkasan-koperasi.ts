import type { StatusKepesertaan } from '../kepesertaan/kepesertaan-options';
import { peranDihitung } from './program-options';

/**
 * What the counting rules (hitung-capaian.ts) need of one cooperative's enrollments, roles and check-ins, kept as a
 * few flat arrays in one row per cooperative. The rules then read 2,000 small rows instead of walking 150,000
 * enrollments, 300,000 roles and 100,000 check-ins, which costs seconds at district size on every change.
 *
 * Each part is a multiset of tuples, one per live record, in parallel arrays (cheap to store and to read back):
 * a change is "take out the tuple of the record as it was, put in the tuple of the record as it is", exact whatever
 * order the changes arrive in, so the write path and the merge keep it right without reading other records.
 * Tuples are kept sorted, so the same records give the same row however they arrived.
 */
export interface RingkasanKoperasi {
  readonly koperasiId: string;
  /** Live enrollments not refused: the person, the step reached (rank in `tahapUrut`), the WIB date it became terdaftar ('' unless terdaftar). */
  readonly kepesertaan: { readonly anggotaId: string[]; readonly tahap: number[]; readonly terdaftar: string[] };
  /** Live roles a program can count (`peranDihitung`): the person and the role's index there. */
  readonly peran: { readonly anggotaId: string[]; readonly kode: number[] };
  /** Live check-ins: the event, the person, 1 when they want to enroll. */
  readonly kehadiran: { readonly kegiatanId: string[]; readonly anggotaId: string[]; readonly ingin: number[] };
}

/** The steps a cooperative or person can be at, least to furthest; the rank of each is its index. */
export const tahapUrut = ['belum', 'diundang', 'hadir', 'ingin_mendaftar', 'draf', 'formulir_dicetak', 'diajukan', 'terdaftar'] as const;
export type Tahap = (typeof tahapUrut)[number];
/** Each step's place in `tahapUrut`, looked up rather than searched for (the loops run over every enrollment). */
export const peringkat = Object.fromEntries(tahapUrut.map((t, i) => [t, i])) as Record<Tahap, number>;

/** The step an enrollment status stands for; a refused enrollment stands for none. nonaktif was terdaftar. */
export const tahapKepesertaan: Partial<Record<StatusKepesertaan, Tahap>> = {
  draf: 'draf',
  formulir_dicetak: 'formulir_dicetak',
  diajukan: 'diajukan',
  terdaftar: 'terdaftar',
  nonaktif: 'terdaftar',
};

const WIB_MS = 7 * 3_600_000;

/**
 * The calendar date in WIB of a status time: an enrollment made terdaftar at 23:30 WIB on 31 December is a
 * December registration, though its UTC time is already 16:30 of that day and one at 01:00 WIB on 1 January is in
 * the new year though UTC still says 31 December.
 */
export function tanggalWib(waktu: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(waktu)) return waktu;
  const ms = Date.parse(waktu);
  return Number.isNaN(ms) ? '' : new Date(ms + WIB_MS).toISOString().slice(0, 10);
}

/** The fields of each stored record the summary reads (any stored record of the table has them). */
export interface KepesertaanSumber {
  readonly koperasiId: string;
  readonly anggotaId: string;
  readonly status: StatusKepesertaan;
  readonly statusSejak: string;
  readonly deleted?: 0 | 1;
}
export interface PeranSumber {
  readonly koperasiId: string;
  readonly anggotaId: string;
  readonly peran: string;
  readonly deleted?: 0 | 1;
}
export interface KehadiranSumber {
  readonly koperasiId: string;
  readonly anggotaId: string;
  readonly kegiatanId: string;
  readonly inginMendaftar: boolean;
  readonly deleted?: 0 | 1;
}

/** The tables whose records the summary follows. */
export const tabelRingkasan = ['kepesertaan', 'peran', 'kehadiran'] as const;
export type TabelRingkasan = (typeof tabelRingkasan)[number];
export type SumberOf<T extends TabelRingkasan> = { kepesertaan: KepesertaanSumber; peran: PeranSumber; kehadiran: KehadiranSumber }[T];

type Tuple = readonly (string | number)[];

/** A record's tuple in its part of the summary, or null when it does not count (deleted, refused, a role no program counts). */
function tupleOf<T extends TabelRingkasan>(table: T, r: SumberOf<T> | undefined): Tuple | null {
  if (!r || r.deleted === 1 || !r.koperasiId) return null;
  if (table === 'kepesertaan') {
    const e = r as KepesertaanSumber;
    const t = tahapKepesertaan[e.status];
    if (!t) return null;
    return [e.anggotaId, peringkat[t], e.status === 'terdaftar' ? tanggalWib(e.statusSejak) : ''];
  }
  if (table === 'peran') {
    const kode = (peranDihitung as readonly string[]).indexOf((r as PeranSumber).peran);
    return kode < 0 ? null : [r.anggotaId, kode];
  }
  const h = r as KehadiranSumber;
  return [h.kegiatanId, h.anggotaId, h.inginMendaftar ? 1 : 0];
}

const columns = (row: RingkasanKoperasi, table: TabelRingkasan): (string | number)[][] =>
  table === 'kepesertaan'
    ? [row.kepesertaan.anggotaId, row.kepesertaan.tahap, row.kepesertaan.terdaftar]
    : table === 'peran'
      ? [row.peran.anggotaId, row.peran.kode]
      : [row.kehadiran.kegiatanId, row.kehadiran.anggotaId, row.kehadiran.ingin];

/** Compares the tuple at `i` of the columns with `t`, column by column. */
function compareAt(cols: readonly (string | number)[][], i: number, t: Tuple): number {
  for (let c = 0; c < cols.length; c++) {
    const a = cols[c]![i]!;
    const b = t[c]!;
    if (a < b) return -1;
    if (a > b) return 1;
  }
  return 0;
}

/** The first index whose tuple is not below `t` (binary search: a big cooperative holds thousands of tuples). */
function lowerBound(cols: readonly (string | number)[][], t: Tuple): number {
  let lo = 0;
  let hi = cols[0]!.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareAt(cols, mid, t) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function ringkasanKosong(koperasiId: string): RingkasanKoperasi {
  return {
    koperasiId,
    kepesertaan: { anggotaId: [], tahap: [], terdaftar: [] },
    peran: { anggotaId: [], kode: [] },
    kehadiran: { kegiatanId: [], anggotaId: [], ingin: [] },
  };
}

/**
 * Applies one record's change to the summaries it touches (`rows`, by cooperative id; missing rows are created):
 * the tuple of the record as it was goes out of its cooperative's row, the tuple as it is now goes in (a record
 * moved to another cooperative leaves one row and joins the other). Returns the ids of the rows it changed.
 */
export function terapkanPerubahan<T extends TabelRingkasan>(
  rows: Map<string, RingkasanKoperasi>,
  table: T,
  sebelum: SumberOf<T> | undefined,
  sesudah: SumberOf<T> | undefined,
): string[] {
  const out = tupleOf(table, sebelum);
  const into = tupleOf(table, sesudah);
  if (out && into && sebelum!.koperasiId === sesudah!.koperasiId && out.every((v, i) => v === into[i])) return [];
  const changed: string[] = [];
  if (out) {
    const row = rows.get(sebelum!.koperasiId);
    if (row) {
      const cols = columns(row, table);
      const i = lowerBound(cols, out);
      if (i < cols[0]!.length && compareAt(cols, i, out) === 0) {
        for (const c of cols) c.splice(i, 1);
        changed.push(row.koperasiId);
      }
    }
  }
  if (into) {
    const id = sesudah!.koperasiId;
    let row = rows.get(id);
    if (!row) rows.set(id, (row = ringkasanKosong(id)));
    const cols = columns(row, table);
    const i = lowerBound(cols, into);
    cols.forEach((c, n) => c.splice(i, 0, into[n]!));
    if (!changed.includes(id)) changed.push(id);
  }
  return changed;
}

/** The summaries of a whole set of records, built as the changes would build them (tests, the migration, the bench's check). */
export function ringkasDariRekaman(records: {
  readonly kepesertaan?: readonly KepesertaanSumber[];
  readonly peran?: readonly PeranSumber[];
  readonly kehadiran?: readonly KehadiranSumber[];
}): Map<string, RingkasanKoperasi> {
  const rows = new Map<string, RingkasanKoperasi>();
  for (const r of records.kepesertaan ?? []) terapkanPerubahan(rows, 'kepesertaan', undefined, r);
  for (const r of records.peran ?? []) terapkanPerubahan(rows, 'peran', undefined, r);
  for (const r of records.kehadiran ?? []) terapkanPerubahan(rows, 'kehadiran', undefined, r);
  return rows;
}

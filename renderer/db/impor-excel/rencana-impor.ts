import type { z } from 'zod';
import type { BarisBersih } from '../../../shared/impor-excel/bersihkan-baris';
import type { JenisImpor } from '../../../shared/impor-excel/kolom-impor';
import type { MasalahSel } from '../../../shared/impor-excel/masalah-sel';
import type { SyncedTable } from '../../../shared/records/synced-tables';

/** What the preview says a row will do. */
export const statusBaris = ['baru', 'diperbarui', 'sama', 'galat'] as const;
export type StatusBaris = (typeof statusBaris)[number];

/** One write a row asks for, all done through the write path when the officer applies. */
export type Operasi =
  | { readonly op: 'buat'; readonly table: SyncedTable; readonly id: string; readonly values: Record<string, unknown> }
  | { readonly op: 'ubah'; readonly table: SyncedTable; readonly id: string; readonly patch: Record<string, unknown> };

export interface BarisRencana {
  readonly nomor: number;
  /** The sheet the row came from, when the import took several sheets at once. */
  readonly lembar?: string;
  readonly status: StatusBaris;
  /** The row's name for the list (the cooperative's or the person's). */
  readonly label: string;
  readonly masalah: readonly MasalahSel[];
  /** The fields an update changes, for the preview. */
  readonly diubah: readonly string[];
  readonly operasi: readonly Operasi[];
}

export interface RencanaImpor {
  readonly jenis: JenisImpor;
  readonly baris: readonly BarisRencana[];
  readonly jumlah: Readonly<Record<StatusBaris, number>>;
  /**
   * Per table the plan read, the newest local change clock (`changedAt`) there before reading: Terapkan refuses
   * when anything in these tables changed since (a bundle imported, an edit in another window), because the plan
   * was made against records that are no longer what it saw.
   */
  readonly tanda: Readonly<Partial<Record<TabelRencana, string>>>;
}

/** The tables a spreadsheet import reads to plan, and writes. */
export const tabelRencana = ['koperasi', 'anggota', 'peran', 'kepesertaan'] as const satisfies readonly SyncedTable[];
export type TabelRencana = (typeof tabelRencana)[number];

/** Matching progress: rows planned of all rows. Called without waiting (the worker's loop stays synchronous). */
export type ProgresRencana = (done: number, total: number) => void;

const PROGRES_SETIAP = 2_000;

/** Maps every row to its plan, reporting progress every 2,000 rows and at the end. */
export function rencanakanBaris<T>(rows: readonly BarisBersih[], fn: (b: BarisBersih, i: number) => T, onProgress?: ProgresRencana): T[] {
  const out: T[] = [];
  for (let i = 0; i < rows.length; i++) {
    out.push(fn(rows[i]!, i));
    if ((i + 1) % PROGRES_SETIAP === 0) onProgress?.(i + 1, rows.length);
  }
  onProgress?.(rows.length, rows.length);
  return out;
}

/** The header of the column a field came from, so a schema finding sits beside the right cell. */
export type JudulField = (field: string) => string;

export function hitungStatus(baris: readonly BarisRencana[]): Record<StatusBaris, number> {
  const jumlah = { baru: 0, diperbarui: 0, sama: 0, galat: 0 };
  for (const b of baris) jumlah[b.status]++;
  return jumlah;
}

/** A cleaned row that already holds an error stays one, with nothing to write. */
export function barisGalat(b: BarisBersih, label: string, tambahan: readonly MasalahSel[] = []): BarisRencana {
  return { nomor: b.nomor, lembar: b.lembar, status: 'galat', label, masalah: [...b.masalah, ...tambahan], diubah: [], operasi: [] };
}

export const adaGalat = (masalah: readonly MasalahSel[]) => masalah.some((m) => m.tingkat === 'galat');

/** The schema's findings on the record a row would make, beside the column of each field. */
export function masalahSkema(error: z.ZodError, judul: JudulField): MasalahSel[] {
  return error.issues.map((i) => ({ kolom: judul(String(i.path[0] ?? '')), tingkat: 'galat' as const, kode: 'skema', nilai: i.message }));
}

/** The user fields whose values differ, as a patch. */
export function selisih(lama: Record<string, unknown>, baru: Record<string, unknown>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(baru)) if (JSON.stringify(lama[k]) !== JSON.stringify(v)) patch[k] = v;
  return patch;
}

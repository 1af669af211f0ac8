/** The sheets of the central office workbook, in the order the central office reads them. */
export const namaLembar = ['Koperasi', 'Peserta', 'Kegiatan', 'Kehadiran', 'Capaian', 'Target'] as const;
export type NamaLembar = (typeof namaLembar)[number];

/**
 * A cell: text, a number (kept a number, so it sums), a date (a real date cell, so the central office can sort and
 * filter by it; see sel-format for what the Date holds), or empty.
 */
export type Sel = string | number | Date | null;
export type Baris = readonly Sel[];

export interface Kolom {
  readonly judul: string;
  /** Width in characters, so the sheet opens readable without resizing. */
  readonly lebar: number;
  /**
   * Numbers shown with thousands separators; `rupiah` with the "Rp" of the official style; dates as dd/mm/yyyy
   * (`tanggal`) or with the WIB time (`waktu`).
   */
  readonly format?: 'bilangan' | 'rupiah' | 'tanggal' | 'waktu';
}

/**
 * One sheet as plain values: an optional block of lines above the table (the Capaian's title block), the table's
 * columns and rows, and notes below. The writer only lays it out; everything it says is decided here, in shared/.
 */
export interface Lembar {
  readonly nama: NamaLembar;
  readonly pembuka: readonly Baris[];
  readonly kolom: readonly Kolom[];
  readonly baris: readonly Baris[];
  readonly penutup: readonly Baris[];
  /** How many rows at the end of `baris` are totals (shown bold). */
  readonly barisJumlah: number;
}

/** A column with the way to fill it from one row's source. */
export interface KolomDari<T> extends Kolom {
  readonly nilai: (sumber: T, nomor: number) => Sel;
}

/** A plain table sheet: one row per source item, numbered from 1. */
export function lembarTabel<T>(nama: NamaLembar, kolom: readonly KolomDari<T>[], sumber: readonly T[]): Lembar {
  const baris = sumber.map((s, i) => kolom.map((k) => k.nilai(s, i + 1)));
  return { nama, pembuka: [], kolom: kolom.map(({ judul, lebar, format }) => ({ judul, lebar, format })), baris, penutup: [], barisJumlah: 0 };
}

/** Sorting words the Indonesian way, numbers inside names in numeric order ("Koperasi 2" before "Koperasi 10"). */
export const urutanNama = new Intl.Collator('id', { sensitivity: 'base', numeric: true }).compare;

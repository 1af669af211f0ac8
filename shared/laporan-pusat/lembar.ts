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
  /** How many rows the table has, totals included. */
  readonly jumlahBaris: number;
  /**
   * The table's rows from `awal` up to (not including) `akhir`, made when asked: a district's Peserta sheet is
   * 150,000 rows of 17 cells, about 100 MB as arrays, so the report makes each chunk just before it is sent and
   * lets it go after, and only the sorted records are held meanwhile. Asking twice gives equal rows.
   */
  barisDari(awal: number, akhir: number): Baris[];
  readonly penutup: readonly Baris[];
  /** How many rows at the end of the table are totals (shown bold). */
  readonly barisJumlah: number;
}

/** A table whose rows are made already (the small sheets: Capaian's kecamatan). */
export const barisTetap = (baris: readonly Baris[]): Pick<Lembar, 'jumlahBaris' | 'barisDari'> => ({
  jumlahBaris: baris.length,
  barisDari: (awal, akhir) => baris.slice(awal, akhir),
});

/** Every row of the table at once: for tests and small sheets, never the Peserta sheet of a district. */
export const semuaBaris = (lembar: Lembar): Baris[] => lembar.barisDari(0, lembar.jumlahBaris);

/** A column with the way to fill it from one row's source. */
export interface KolomDari<T> extends Kolom {
  readonly nilai: (sumber: T, nomor: number) => Sel;
}

/** A plain table sheet: one row per source item (already in order), numbered from 1, made when asked. */
export function lembarTabel<T>(nama: NamaLembar, kolom: readonly KolomDari<T>[], sumber: readonly T[]): Lembar {
  return {
    nama,
    pembuka: [],
    kolom: kolom.map(({ judul, lebar, format }) => ({ judul, lebar, format })),
    jumlahBaris: sumber.length,
    barisDari: (awal, akhir) => sumber.slice(awal, akhir).map((s, i) => kolom.map((k) => k.nilai(s, awal + i + 1))),
    penutup: [],
    barisJumlah: 0,
  };
}

/** Sorting words the Indonesian way, numbers inside names in numeric order ("Koperasi 2" before "Koperasi 10"). */
export const urutanNama = new Intl.Collator('id', { sensitivity: 'base', numeric: true }).compare;

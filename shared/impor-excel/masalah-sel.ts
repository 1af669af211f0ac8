/**
 * A finding about one cell of an imported row. `kode` names the message (i18n `imporExcel.masalah.<kode>`), so
 * shared/ knows no language; `nilai` is what the cell held and `hasil` what the import made of it, both shown beside
 * the cell so the clerk sees the evidence. A `galat` keeps the row out of the import; a `peringatan` lets it in and
 * says what was assumed.
 */
export interface MasalahSel {
  readonly kolom: string;
  readonly tingkat: 'galat' | 'peringatan';
  readonly kode: KodeMasalah;
  readonly nilai?: string;
  readonly hasil?: string;
}

/**
 * Every finding a cleaner or an import plan reports, each worded in i18n `imporExcel.masalah.<kode>` (the type check
 * refuses a code without words). `skema` is a schema refusal: its `nilai` is the schema's own `validation.*` message.
 */
export type KodeMasalah =
  | 'nikAngka'
  | 'nikAngkaUtuh'
  | 'nikBukan16'
  | 'tanggal'
  | 'telepon'
  | 'teleponDiubah'
  | 'rupiah'
  | 'jumlah'
  | 'jenisKelamin'
  | 'npwp15'
  | 'npwp'
  | 'nomorIndukKoperasi'
  | 'nomorIndukKoperasiBukan16'
  | 'nib'
  | 'kpj'
  | 'kpjKosong'
  | 'kpjBukan11'
  | 'kecamatanTidakDikenal'
  | 'wilayahDicocokkan'
  | 'kelurahanGanda'
  | 'kelurahanTidakDikenal'
  | 'wajib'
  | 'pilihanTidakDikenal'
  | 'peranDariJabatan'
  | 'hasilTanpaNik'
  | 'gandaDalamBerkas'
  | 'namaMirip'
  | 'koperasiTidakDikenal'
  | 'koperasiGanda'
  | 'orangTerhapus'
  | 'dataPribadiDihapus'
  | 'orangTidakDikenal'
  | 'tanpaKepesertaan'
  | 'belumDiajukan'
  | 'skema';

/** A cell as a spreadsheet reader hands it over: its cached value, never a formula. */
export type SelMentah = string | number | boolean | null;

/** What a cleaner made of a cell: the value to store (undefined: nothing usable) and what it found on the way. */
export interface HasilBersih<T> {
  readonly nilai: T | undefined;
  readonly masalah?: Omit<MasalahSel, 'kolom'>;
}

/** The cell as the clerk sees it in the file, for messages and the row report. */
export function teksSel(sel: SelMentah): string {
  if (sel === null) return '';
  if (typeof sel === 'number') return Number.isInteger(sel) ? sel.toFixed(0) : String(sel);
  return String(sel).trim();
}

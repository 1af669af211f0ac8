import type { BarisKabel, LembarKabel, SelKabel } from '../ipc/workbook-stream';
import type { Baris, Lembar } from './lembar';

/** A cell as it crosses IPC: a Date becomes `{ tanggal: epochMs }` (the harness's binding carries JSON). */
export const selKabel = (sel: Baris[number]): SelKabel => (sel instanceof Date ? { tanggal: sel.getTime() } : sel);

export const barisKabel = (baris: Baris): BarisKabel => (baris.some((s) => s instanceof Date) ? baris.map(selKabel) : (baris as BarisKabel));

/** What main needs before the rows: the sheet's name, columns, the title block above and the notes below. */
export function bingkaiLembar(lembar: Lembar): LembarKabel {
  return {
    nama: lembar.nama,
    kolom: lembar.kolom.map(({ judul, lebar, format }) => (format ? { judul, lebar, format } : { judul, lebar })),
    pembuka: lembar.pembuka.map(barisKabel),
    penutup: lembar.penutup.map(barisKabel),
  };
}

import { fieldUntukJudul, type JenisImpor } from './kolom-impor';
import { teksSel, type SelMentah } from './masalah-sel';

/** How far down a sheet the header row is looked for (title blocks are a few rows; 30 is generous). */
const BARIS_DICARI = 30;

/**
 * The header row: below title rows ("DAFTAR KOPERASI KAB. …", a date line, an empty row), the row in the first
 * 30 whose cells name the most known fields; a tie goes to the upper row. A two-level header (a merged "Alamat"
 * above "Kec." and "Desa/Kel.") is read from its lower row, with the upper row's text where the lower is empty.
 * -1 when no row names any field.
 */
export function cariBarisJudul(baris: readonly (readonly SelMentah[])[], jenis: JenisImpor): number {
  let terbaik = -1;
  let skorTerbaik = 0;
  for (let r = 0; r < Math.min(baris.length, BARIS_DICARI); r++) {
    const fields = new Set(baris[r]!.map((s) => fieldUntukJudul(jenis, teksSel(s))).filter(Boolean));
    if (fields.size > skorTerbaik) {
      skorTerbaik = fields.size;
      terbaik = r;
    }
  }
  return terbaik;
}

/** The header text of each column: the header row's cell, or the one above it when that is empty (a merged group). */
export function judulKolom(baris: readonly (readonly SelMentah[])[], barisJudul: number): string[] {
  const atas = baris[barisJudul - 1] ?? [];
  const judul = baris[barisJudul] ?? [];
  const lebar = Math.max(judul.length, atas.length);
  return Array.from({ length: lebar }, (_, c) => teksSel(judul[c] ?? null) || teksSel(atas[c] ?? null));
}

import { utils, write } from '@e965/xlsx';
import type { SelMentah } from '../../shared/impor-excel/masalah-sel';

export interface HasilBarisLaporan {
  readonly nomor: number;
  /** The sheet's name, when the import took several sheets. */
  readonly lembar?: string;
  readonly status: string;
  readonly pesan: string;
}

/** One sheet of the file as read, with the row its header is on. */
export interface LembarLaporan {
  readonly nama: string;
  readonly baris: readonly (readonly SelMentah[])[];
  readonly barisJudul: number;
}

/** Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
function namaLembarAman(nama: string, dipakai: Set<string>): string {
  const dasar = (nama.replace(/[:\\/?*[\]]/g, ' ').trim() || 'Laporan').slice(0, 31);
  let hasil = dasar;
  for (let n = 2; dipakai.has(hasil.toLowerCase()); n++) hasil = `${dasar.slice(0, 31 - String(n).length - 1)} ${n}`;
  dipakai.add(hasil.toLowerCase());
  return hasil;
}

/**
 * The row report: each sheet as the clerk sent it (title rows, header, every data row with its original cells),
 * with two columns added at the right, Status and Keterangan, so the clerk fixes the file where each message
 * points and imports it again. One sheet imported gives one "Laporan" sheet; several give one sheet each, under
 * the file's sheet names. Cells are values only; text that would start a formula is written as text.
 */
export function tulisLaporanBaris(sheets: readonly LembarLaporan[], hasil: readonly HasilBarisLaporan[], judulTambahan: readonly [string, string]): Uint8Array {
  const wb = utils.book_new();
  const dipakai = new Set<string>();
  const banyak = sheets.length > 1;
  for (const sheet of sheets) {
    const lebar = Math.max(0, ...sheet.baris.map((b) => b.length));
    const perNomor = new Map(hasil.filter((h) => !banyak || h.lembar === sheet.nama).map((h) => [h.nomor, h]));
    const aoa = sheet.baris.map((b, i) => {
      const sel: SelMentah[] = Array.from({ length: lebar }, (_, c) => b[c] ?? null);
      if (i === sheet.barisJudul) return [...sel, ...judulTambahan];
      const h = perNomor.get(i + 1);
      return h ? [...sel, h.status, h.pesan] : sel;
    });
    utils.book_append_sheet(wb, utils.aoa_to_sheet(aoa), banyak ? namaLembarAman(sheet.nama, dipakai) : 'Laporan');
  }
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

import { utils, write } from '@e965/xlsx';
import type { SelMentah } from '../../shared/impor-excel/masalah-sel';

export interface HasilBarisLaporan {
  readonly nomor: number;
  readonly status: string;
  readonly pesan: string;
}

/**
 * The row report: the sheet as the clerk sent it (title rows, header, every data row with its original cells),
 * with two columns added at the right, Status and Keterangan, so the clerk fixes the file where each message
 * points and imports it again. Cells are values only; text that would start a formula is written as text.
 */
export function tulisLaporanBaris(baris: readonly (readonly SelMentah[])[], barisJudul: number, hasil: readonly HasilBarisLaporan[], judulTambahan: readonly [string, string]): Uint8Array {
  const lebar = Math.max(0, ...baris.map((b) => b.length));
  const perNomor = new Map(hasil.map((h) => [h.nomor, h]));
  const aoa = baris.map((b, i) => {
    const sel: SelMentah[] = Array.from({ length: lebar }, (_, c) => b[c] ?? null);
    if (i === barisJudul) return [...sel, ...judulTambahan];
    const h = perNomor.get(i + 1);
    return h ? [...sel, h.status, h.pesan] : sel;
  });
  const ws = utils.aoa_to_sheet(aoa);
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, 'Laporan');
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

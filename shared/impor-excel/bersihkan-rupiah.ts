import { bacaRupiah } from '../format/baca-rupiah';
import { teksSel, type HasilBersih, type SelMentah } from './masalah-sel';

/** An amount in Rupiah: a number cell as it is, text as the app's money fields read it ("Rp 1.500.000"). */
export function bersihkanRupiah(sel: SelMentah): HasilBersih<number> {
  if (sel === null || sel === '') return { nilai: 0 };
  const n = typeof sel === 'number' ? sel : bacaRupiah(String(sel));
  if (!Number.isFinite(n) || n < 0 || !Number.isInteger(n)) return { nilai: undefined, masalah: { tingkat: 'galat', kode: 'rupiah', nilai: teksSel(sel) } };
  return { nilai: n };
}

/** A whole count (members, employees): a number cell, or text with Indonesian thousands dots. */
export function bersihkanJumlah(sel: SelMentah): HasilBersih<number> {
  if (sel === null || sel === '') return { nilai: 0 };
  const n =
    typeof sel === 'number'
      ? sel
      : Number(
          String(sel)
            .trim()
            .replace(/\.(?=\d{3}\b)/g, ''),
        );
  if (!Number.isInteger(n) || n < 0 || n > 10_000_000) return { nilai: undefined, masalah: { tingkat: 'galat', kode: 'jumlah', nilai: teksSel(sel) } };
  return { nilai: n };
}

import { normalizeNik } from '../nik/nik-parse';
import { teksSel, type HasilBersih, type SelMentah } from './masalah-sel';

/**
 * A NIK from a spreadsheet cell. Excel keeps 15 significant digits, so a NIK typed into a General or Number cell
 * comes back as `3.2151E+15` or as 16 digits whose last one became 0: the real last digit is lost and cannot be
 * guessed, so such a row is refused with instructions to format the column as Text and export again. A number
 * that kept all 16 digits (written by other software; not ending in 0, within JavaScript's exact range) is taken
 * with a warning to check it.
 */
export function bersihkanNik(sel: SelMentah): HasilBersih<string> {
  if (sel === null || sel === '') return { nilai: '' };
  if (typeof sel === 'number') {
    const teks = teksSel(sel);
    if (!Number.isSafeInteger(sel) || !/^\d{16}$/.test(teks) || teks.endsWith('0')) {
      return { nilai: undefined, masalah: { tingkat: 'galat', kode: 'nikAngka', nilai: angkaExcel(sel) } };
    }
    return { nilai: teks, masalah: { tingkat: 'peringatan', kode: 'nikAngkaUtuh', nilai: teks } };
  }
  const teks = String(sel).trim().replace(/^'/, '');
  if (/^\d+([.,]\d+)?E\+?\d+$/i.test(teks)) return { nilai: undefined, masalah: { tingkat: 'galat', kode: 'nikAngka', nilai: teks } };
  const nik = normalizeNik(teks);
  if (!/^\d{16}$/.test(nik)) return { nilai: undefined, masalah: { tingkat: 'galat', kode: 'nikBukan16', nilai: teks } };
  return { nilai: nik };
}

/** How Excel shows a big number in a General cell, so the message quotes what the clerk sees. */
function angkaExcel(n: number): string {
  return Math.abs(n) >= 1e11
    ? n
        .toExponential(5)
        .replace('e', 'E')
        .replace(/\.?0+E/, 'E')
    : String(n);
}
